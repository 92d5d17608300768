import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, writeCanonicalJson } from '../../../src/core/desired/canonical-json.js';

const decoder = new TextDecoder();

describe('canonicalJson', () => {
  it.each([
    [{ b: 1, a: [3, { d: null, c: 'x' }] }, '{"a":[3,{"c":"x","d":null}],"b":1}'],
    [{ a: undefined, b: 'é' }, '{"b":"é"}'],
    [[undefined, 1], '[null,1]'],
    ['s', '"s"'],
    [{ q: 'a"b\\c\n\u0001', s: '\ud800 😀 \u2028' }, `{"q":"a\\"b\\\\c\\n\\u0001","s":"\\ud800 😀 \u2028"}`],
  ])('encodes %j', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('does not depend on key insertion order', () => {
    expect(canonicalJson({ x: 1, y: { p: 1, q: 2 } })).toBe(canonicalJson({ y: { q: 2, p: 1 }, x: 1 }));
  });

  const reference = (value: unknown): string => {
    if (value === null || typeof value !== 'object') return JSON.stringify(value);
    if (Array.isArray(value))
      return `[${value.map((item: unknown) => (item === undefined ? 'null' : reference(item))).join(',')}]`;
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${reference(v)}`).join(',')}}`;
  };
  const streamed = (value: unknown): string => {
    const chunks: string[] = [];
    writeCanonicalJson(
      {
        update: (data: string | Uint8Array) =>
          chunks.push(typeof data === 'string' ? data : decoder.decode(data)),
      },
      value,
    );
    return chunks.join('');
  };

  it('agrees with the entries-based encoding it replaced, on random values', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.dictionary(fc.string(), fc.option(fc.integer(), { nil: undefined })),
        (value, sparse) => {
          expect(canonicalJson(value)).toBe(reference(value));
          expect(canonicalJson(sparse)).toBe(reference(sparse));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('hands out the same text in chunks when written to a digest', () => {
    const value = {
      rows: Array.from({ length: 5000 }, (_, i) => ({
        z: i,
        a: `row ${i}`,
        m: [i, null, { y: 'é', b: true }],
      })),
      name: 'large',
    };
    const chunks: string[] = [];
    writeCanonicalJson(
      {
        update: (data: string | Uint8Array) =>
          chunks.push(typeof data === 'string' ? data : decoder.decode(data)),
      },
      value,
    );
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(canonicalJson(value));
  });

  it('writes long arrays natively only where that gives the same text', () => {
    class Point {
      constructor(
        readonly y: number,
        readonly x: number,
      ) {}
    }
    const odd: unknown[] = [
      new Date(0),
      new Point(1, 2),
      JSON.parse('{"__proto__": {"b": 1}, "a": 2}'),
      { toJSON: 'not a method', a: undefined },
      Object.assign(Object.create(null) as object, { z: 1, a: 'é' }),
      undefined,
      Number.NaN,
      -0,
    ];
    const rows = fc.array(fc.oneof(fc.jsonValue(), fc.constantFrom(...odd)), {
      minLength: 8,
      maxLength: 200,
    });
    fc.assert(
      fc.property(rows, (value) => {
        expect(canonicalJson(value)).toBe(reference(value));
        expect(streamed({ value })).toBe(reference({ value }));
      }),
      { numRuns: 200 },
    );
  });

  it('writes values built with their keys in order as JSON.stringify does, and the same text as any order', () => {
    const inOrder = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(inOrder);
      if (value === null || typeof value !== 'object') return value;
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value).sort()) {
        const member = inOrder((value as Record<string, unknown>)[key]);
        // defineProperty: an own `__proto__` member, as JSON.parse makes one.
        Object.defineProperty(out, key, {
          value: member,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    };
    const values = fc.oneof(
      fc.jsonValue(),
      fc.dictionary(fc.constantFrom('1', '10', '2', 'a', 'B', '__proto__', 'é'), fc.jsonValue()),
    );
    fc.assert(
      fc.property(fc.array(values, { maxLength: 80 }), (list) => {
        const sorted = inOrder(list);
        expect(canonicalJson(sorted)).toBe(reference(list));
        expect(streamed({ sorted })).toBe(reference({ sorted: list }));
      }),
      { numRuns: 300 },
    );
  });
});

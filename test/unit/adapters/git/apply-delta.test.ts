import { describe, expect, it } from 'vitest';
import { applyDelta } from '../../../../src/adapters/git/apply-delta.js';

const base = Buffer.from('kind: NodePool\nspec:\n  replicas: 3\n');

/** A delta on `base`: its header (base size, result size) and the instructions given. */
function delta(resultSize: number, ...instructions: number[][]): Buffer {
  return Buffer.from([base.length, resultSize, ...instructions.flat()]);
}

/** Copy `length` bytes from `offset` of the base (one offset byte, one size byte). */
const copy = (offset: number, length: number): number[] => [0x80 | 0x01 | 0x10, offset, length];
const insert = (text: string): number[] => [text.length, ...Buffer.from(text)];

describe('applyDelta', () => {
  it('copies ranges of the base and inserts new bytes', () => {
    const replicas = base.indexOf('3');
    const made = applyDelta(delta(base.length, copy(0, replicas), insert('5'), copy(replicas + 1, 1)), base);
    expect(made.toString()).toBe('kind: NodePool\nspec:\n  replicas: 5\n');
  });

  it('reads a copy with no size bytes as 64 KiB, as git writes it', () => {
    const large = Buffer.alloc(0x10000 + 10, 'a');
    const header = [0x8a, 0x80, 0x04, 0x80, 0x80, 0x04];
    expect(applyDelta(Buffer.from([...header, 0x80]), large)).toEqual(large.subarray(0, 0x10000));
  });

  it('refuses a delta that does not fit its base or its header', () => {
    expect(() => applyDelta(Buffer.from([base.length + 1, 1, ...insert('x')]), base)).toThrow(RangeError);
    expect(() => applyDelta(delta(5, copy(base.length - 2, 5)), base)).toThrow(/past the end/);
    expect(() => applyDelta(delta(3, insert('toolong')), base)).toThrow(/more than/);
    expect(() => applyDelta(delta(9, insert('short')), base)).toThrow(/less than/);
    expect(() => applyDelta(delta(1, [0]), base)).toThrow(/reserved/);
    expect(() => applyDelta(delta(1, [0x91]), base)).toThrow(/ends inside/);
    expect(() => applyDelta(Buffer.from([0x80]), base)).toThrow(/header/);
  });
});

import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DiagnosticList } from '../../../src/declarations/diagnostic-list.js';
import { parseYamlDocuments } from '../../../src/declarations/parse-yaml-documents.js';

/** What yaml's own conversion makes of each document, as the loader asks for it. */
function yamlValues(text: string): unknown[] {
  return parseAllDocuments(text, { version: '1.2', uniqueKeys: true }).map(
    (document) => document.toJS({ maxAliasCount: 100 }) as unknown,
  );
}

describe('parseYamlDocuments', () => {
  it.each([
    [
      'mappings, lists and scalars',
      'a: 1\nb: [x, 2, 3.5, true, null]\nc:\n  d: { e: f }\n  g:\n    - h: i\n',
    ],
    ['empty values and keys', 'a:\nb: ~\nnull: the null key\n'],
    ['keys that are not text', '1: one\ntrue: yes\n0x10: hex\n1.5: float\n'],
    ['keys an object already has', '__proto__: { polluted: true }\ntoString: text\nconstructor: c\n'],
    ['anchors and aliases', 'base: &b { x: 1 }\ncopy: *b\nlist: [*b, *b]\n'],
    ['a pair in a list', 'list: [a: 1, b]\n'],
    [
      'block scalars and quoting',
      'text: |\n  two\n  lines\nfolded: >\n  one\n  line\nquoted: \'a: b\'\nq2: "\\u00e9"\n',
    ],
    ['several documents', 'a: 1\n---\n- 2\n---\nplain\n'],
    ['tags', "a: !!str 12\nb: !!int '7'\nc: !!float 1\n"],
  ])('gives the values yaml itself gives: %s', (_name, text) => {
    const diagnostics = new DiagnosticList();
    const parsed = parseYamlDocuments('f.yaml', text, diagnostics);
    expect(diagnostics.count).toBe(0);
    const expected = yamlValues(text);
    expect(parsed.map((document) => document.value)).toEqual(expected);
    for (const [i, document] of parsed.entries()) {
      // toEqual passes over how a key is held: a `__proto__` key must be a member, not the object's prototype.
      expect(JSON.stringify(document.value)).toBe(JSON.stringify(expected[i]));
      expect(Object.getPrototypeOf(document.value)).toBe(Object.getPrototypeOf(expected[i]));
    }
  });

  it('locates paths in a plain document as in a document it leaves to yaml', () => {
    const text = 'a: 1\nb:\nc:\n  - x\n  - { d: 2, "7": seven }\ne: { f: }\nlist: [1, [2, 3]]\n';
    // An anchor at the end keeps yaml's document for locate, without moving anything before it.
    const [plain] = parseYamlDocuments('f.yaml', text, new DiagnosticList());
    const [kept] = parseYamlDocuments('f.yaml', `${text}g: &x 1\n`, new DiagnosticList());
    const paths: (readonly (string | number)[])[] = [
      [],
      ['a'],
      ['a', 'deeper'],
      ['b'],
      ['c'],
      ['c', 0],
      ['c', 1, 'd'],
      ['c', 1, 7],
      ['c', 5],
      ['c', 'x'],
      ['e', 'f'],
      ['list', 1, 0],
      ['list', 1, 9],
      ['missing'],
    ];
    for (const path of paths)
      for (const target of ['key', 'value'] as const)
        expect([path, target, plain?.locate(path, target)]).toEqual([
          path,
          target,
          kept?.locate(path, target),
        ]);
    expect(plain?.locate(['c', 1, 'd'])).toEqual({ file: 'f.yaml', line: 5, column: 10 });
  });
});

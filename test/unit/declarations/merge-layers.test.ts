import { describe, expect, it } from 'vitest';
import { mergeLayers, type Plain } from '../../../src/declarations/merge-layers.js';

const cases: readonly { name: string; layers: Plain[]; expected: Plain }[] = [
  {
    name: 'maps merge deeply',
    layers: [{ a: { b: 1, c: 2 } }, { a: { c: 3, d: 4 } }],
    expected: { a: { b: 1, c: 3, d: 4 } },
  },
  { name: 'the last scalar wins', layers: [{ a: 1 }, { a: 2 }, { a: 3 }], expected: { a: 3 } },
  { name: 'lists replace', layers: [{ l: [1, 2, 3] }, { l: [4] }], expected: { l: [4] } },
  {
    name: 'null deletes an inherited key',
    layers: [{ a: { b: 1, c: 2 } }, { a: { b: null } }],
    expected: { a: { c: 2 } },
  },
  { name: 'null deletes a whole map', layers: [{ a: { b: 1 }, x: 1 }, { a: null }], expected: { x: 1 } },
  {
    name: 'null with nothing inherited leaves no key',
    layers: [{}, { a: null, b: { c: null } }],
    expected: { b: {} },
  },
  { name: 'a scalar replaces a map', layers: [{ a: { b: 1 } }, { a: 'x' }], expected: { a: 'x' } },
  {
    name: 'verify.checks merge by name',
    layers: [
      {
        verify: {
          checks: [
            { name: 'a', type: 'consul' },
            { name: 'b', type: 'tcp', host: 'h', port: 1 },
          ],
        },
      },
      {
        verify: {
          checks: [
            { name: 'b', port: 2 },
            { name: 'c', type: 'consul', service: 's' },
          ],
        },
      },
    ],
    expected: {
      verify: {
        checks: [
          { name: 'a', type: 'consul' },
          { name: 'b', type: 'tcp', host: 'h', port: 2 },
          { name: 'c', type: 'consul', service: 's' },
        ],
      },
    },
  },
  {
    name: 'null deletes a key of a check merged by name',
    layers: [
      { verify: { checks: [{ name: 'a', type: 'consul', service: 's' }] } },
      { verify: { checks: [{ name: 'a', service: null }] } },
    ],
    expected: { verify: { checks: [{ name: 'a', type: 'consul' }] } },
  },
  {
    name: 'other lists of maps replace',
    layers: [{ w: [{ name: 'a' }] }, { w: [{ name: 'b' }] }],
    expected: { w: [{ name: 'b' }] },
  },
];

describe('mergeLayers', () => {
  it.each(cases)('$name', ({ layers, expected }) => {
    expect(mergeLayers(layers)).toEqual(expected);
  });

  it('does not modify its inputs', () => {
    const low = { a: { b: 1 } };
    mergeLayers([low, { a: { b: 2 } }]);
    expect(low).toEqual({ a: { b: 1 } });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareText,
  sortedByText,
  sortedTexts,
  sortInPlace,
} from '../../../../src/core/plan/inventory-index.js';

describe('sorting the short lists of a plan', () => {
  const texts = fc.array(fc.oneof(fc.constantFrom('a', 'B', 'é', '10', '9', ''), fc.string()), {
    maxLength: 40,
  });

  it('orders texts by code unit, as the built-in sort does, and returns a list in order as it is', () => {
    fc.assert(
      fc.property(texts, (list) => {
        const sorted = sortedTexts(list);
        expect(sorted).toEqual([...list].sort(compareText));
        if (list.every((t, i) => i === 0 || list[i - 1]! <= t)) expect(sorted).toBe(list);
      }),
      { numRuns: 300 },
    );
  });

  it('sorts stably, short lists or long', () => {
    const items = fc.array(fc.record({ key: fc.constantFrom('a', 'b', 'c', 'd'), n: fc.nat() }), {
      maxLength: 40,
    });
    fc.assert(
      fc.property(items, (list) => {
        const byKey = (a: { key: string }, b: { key: string }) => compareText(a.key, b.key);
        expect(sortInPlace([...list], byKey)).toEqual([...list].sort(byKey));
        expect(sortedByText(list, (item) => item.key)).toEqual([...list].sort(byKey));
      }),
      { numRuns: 300 },
    );
  });
});

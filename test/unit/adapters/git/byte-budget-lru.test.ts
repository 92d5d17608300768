import { describe, expect, it } from 'vitest';
import { ByteBudgetLru } from '../../../../src/adapters/git/byte-budget-lru.js';

describe('ByteBudgetLru', () => {
  it('drops the least recently used values once over its budget', () => {
    const lru = new ByteBudgetLru<string>(100);
    lru.set(1, 'a', 20);
    lru.set(2, 'b', 20);
    lru.set(3, 'c', 20);
    expect(lru.get(1)).toBe('a'); // 1 is now the most recently used
    lru.set(4, 'd', 25);
    lru.set(5, 'e', 25); // 110 bytes: 2, the least recently used, goes
    expect(lru.get(2)).toBeUndefined();
    expect([1, 3, 4, 5].map((key) => lru.get(key))).toEqual(['a', 'c', 'd', 'e']);
  });

  it('keeps no value larger than a quarter of its budget', () => {
    const lru = new ByteBudgetLru<string>(100);
    lru.set(1, 'small', 25);
    lru.set(2, 'large', 26);
    expect(lru.get(1)).toBe('small');
    expect(lru.get(2)).toBeUndefined();
  });

  it('counts a value added before its size only once it is sized, and not after it was dropped', () => {
    const lru = new ByteBudgetLru<string>(100);
    lru.add(1, 'pending');
    expect(lru.get(1)).toBe('pending');
    lru.drop(1, 'pending');
    lru.sized(1, 'pending', 25); // the read ended after it was forgotten: nothing is counted
    expect(lru.get(1)).toBeUndefined();
    for (let key = 2; key <= 5; key += 1) lru.set(key, `v${key}`, 25);
    expect([2, 3, 4, 5].map((key) => lru.get(key))).toEqual(['v2', 'v3', 'v4', 'v5']);
  });

  it('leaves a key another value has taken when an older value is dropped or sized', () => {
    const lru = new ByteBudgetLru<string>(100);
    lru.add(1, 'old');
    lru.add(1, 'new');
    lru.drop(1, 'old');
    lru.sized(1, 'old', 10);
    expect(lru.get(1)).toBe('new');
  });
});

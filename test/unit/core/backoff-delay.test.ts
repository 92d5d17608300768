import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../../src/core/backoff/backoff-delay.js';
import { pollDelay, requestRetryDelay } from '../../../src/adapters/oneview/backoff.js';
import { passBackoffDelay, DEFAULT_PASS_BACKOFF } from '../../../src/daemon/loop/backoff.js';
import { DEFAULT_RETRY_POLICY, retryDelay } from '../../../src/engine/apply/retry-policy.js';

describe('the shared back-off curve', () => {
  const doubling = { initialMs: 1_000, maxMs: 10_000, factor: 2 };

  it.each([
    [0, 1_000],
    [1, 2_000],
    [3, 8_000],
    [4, 10_000],
    [1_000_000, 10_000],
    [-1, 1_000],
  ])('waits initial x factor^%i, capped: %i ms', (retry, expected) => {
    expect(backoffDelay(doubling, retry)).toBe(expected);
  });

  it('rounds a curve with a fractional factor to whole milliseconds', () => {
    expect(
      [0, 1, 2, 3].map((n) => backoffDelay({ initialMs: 1_000, maxMs: 60_000, factor: 1.5 }, n)),
    ).toEqual([1_000, 1_500, 2_250, 3_375]);
  });

  it('spreads a jittered delay into [50 %, 100 %] of the curve', () => {
    expect(backoffDelay(doubling, 2, () => 0)).toBe(2_000);
    expect(backoffDelay(doubling, 2, () => 0.5)).toBe(3_000);
    expect(backoffDelay(doubling, 2, () => 0.999999)).toBe(4_000);
  });

  it('is the curve of OneView retries and polls, apply step retries and failed daemon passes', () => {
    const policy = { initialMs: 500, maxMs: 8_000, factor: 2 };
    for (const n of [0, 1, 2, 5, 9]) {
      expect(pollDelay(policy, n)).toBe(backoffDelay(policy, n));
      expect(requestRetryDelay(policy, n, () => 0.25)).toBe(backoffDelay(policy, n, () => 0.25));
    }
    for (const attempt of [1, 2, 3, 4, 8]) {
      expect(retryDelay(DEFAULT_RETRY_POLICY, attempt)).toBe(
        backoffDelay({ initialMs: 2_000, maxMs: 30_000, factor: 2 }, attempt - 1),
      );
    }
    expect([1, 2, 3, 4, 5, 6, 50].map((n) => passBackoffDelay(DEFAULT_PASS_BACKOFF, n))).toEqual([
      30_000, 60_000, 120_000, 240_000, 480_000, 900_000, 900_000,
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { rolloutSpec } from '../../../src/declarations/build-desired-node.js';
import { parseDuration } from '../../../src/declarations/parse-duration.js';
import { resolveCount } from '../../../src/declarations/resolve-count.js';

describe('parseDuration', () => {
  it.each([
    ['30s', 30_000],
    ['5m', 300_000],
    ['2h', 7_200_000],
    ['1h30m', 5_400_000],
    ['500ms', 500],
    ['1d', 86_400_000],
  ])('%s is %i ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });
});

describe('resolveCount', () => {
  it.each([
    [2, 10, 'floor', 2],
    ['25%', 4, 'floor', 1],
    ['25%', 10, 'floor', 2],
    ['25%', 10, 'ceil', 3],
    ['100%', 7, 'floor', 7],
    ['0%', 7, 'ceil', 0],
  ] as const)('%s of %i rounded %s is %i', (value, replicas, rounding, expected) => {
    expect(resolveCount(value, replicas, rounding)).toBe(expected);
  });
});

describe('rolloutSpec', () => {
  it('fills defaults', () => {
    expect(rolloutSpec({}, 4)).toEqual({ maxUnavailable: 1, maxSurge: 0, maxInFlight: 10 });
  });

  it('resolves percentages against the replicas', () => {
    expect(rolloutSpec({ maxUnavailable: '50%', maxSurge: '10%', maxInFlight: '30%' }, 10)).toEqual({
      maxUnavailable: 5,
      maxSurge: 1,
      maxInFlight: 3,
    });
  });

  it('keeps a rollout able to progress when both limits come to zero', () => {
    expect(rolloutSpec({ maxUnavailable: '10%', maxSurge: 0 }, 4)).toEqual({
      maxUnavailable: 1,
      maxSurge: 0,
      maxInFlight: 10,
    });
  });
});

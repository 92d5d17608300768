import { setTimeout as delay } from 'node:timers/promises';
import type { Clock } from '../../../ports/clock.js';

/**
 * A clock that runs `factor` times faster than the wall clock, for the demo: the simulator runs its realistic
 * durations at the same factor, so waits in Phoenix (task polls, verify stability, back-off) keep their
 * realistic proportions while the whole demo takes about a minute. `now()` reports simulated time.
 */
export function scaledClock(factor: number): Clock {
  const origin = Date.now();
  return {
    now: () => origin + (Date.now() - origin) / factor,
    sleep: async (ms, signal) => {
      await delay(Math.max(0, ms * factor), undefined, signal === undefined ? {} : { signal });
    },
  };
}

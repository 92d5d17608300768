import { setTimeout as delay } from 'node:timers/promises';
import type { Clock } from '../../../ports/clock.js';

/**
 * A clock that runs `factor` times faster than the wall clock, for the demo: the simulator runs its realistic
 * durations at the same factor, so waits in Phoenix (task polls, verify stability, back-off) keep their
 * realistic proportions while the whole demo takes about a minute. `now()` reports simulated time, for deadlines
 * and elapsed time; `wallNow()` the wall clock, for what is recorded (the ledger) or shown as a time of day.
 */
export function scaledClock(factor: number): Clock {
  const origin = Date.now();
  return {
    // Whole milliseconds, as Date.now() gives: durations logged and shown stay readable.
    now: () => origin + Math.round((Date.now() - origin) / factor),
    wallNow: () => Date.now(),
    sleep: async (ms, signal) => {
      await delay(Math.max(0, ms * factor), undefined, signal === undefined ? {} : { signal });
    },
  };
}

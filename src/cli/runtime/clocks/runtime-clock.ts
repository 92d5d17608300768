import { systemClock } from '../../../adapters/clock/index.js';
import { PhoenixError } from '../../../core/errors/phoenix-error.js';
import type { Clock } from '../../../ports/clock.js';
import type { RuntimeEnv } from '../wiring/site-runtime.js';
import { scaledClock } from './scaled-clock.js';

/**
 * The clock of a command: the system clock, or, with PHOENIX_TIME_SCALE set (a factor below 1 runs faster),
 * the scaled clock the demo uses. Meant for a simulator run at the same speed, where every wait of Phoenix
 * (task polls, verify stability, back-off) keeps its proportions.
 */
export function runtimeClock(env: RuntimeEnv): Clock {
  const raw = env['PHOENIX_TIME_SCALE']?.trim();
  if (raw === undefined || raw === '') return systemClock;
  const factor = Number(raw);
  if (!Number.isFinite(factor) || factor <= 0 || factor > 1) {
    throw new PhoenixError('CLI_INVALID_OPTION', {
      variable: 'PHOENIX_TIME_SCALE',
      value: raw,
      expected: 'a number in (0, 1]',
    });
  }
  return scaledClock(factor);
}

import { backoffDelay } from '../../core/backoff/backoff-delay.js';

/** Back-off of failed passes: doubles from `initialMs` up to `maxMs`. */
export interface BackoffPolicy {
  readonly initialMs: number;
  readonly maxMs: number;
}

export const DEFAULT_PASS_BACKOFF: BackoffPolicy = { initialMs: 30_000, maxMs: 15 * 60_000 };

/** How long to wait after the `failures`-th failed pass in a row (1 for the first): the shared curve, doubling. */
export function passBackoffDelay(policy: BackoffPolicy, failures: number): number {
  return backoffDelay({ ...policy, factor: 2 }, failures - 1);
}

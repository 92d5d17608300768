import { backoffDelay, type Backoff } from '../../core/backoff/backoff-delay.js';

/** Back-off of OneView request retries and task polls: the shared capped exponential curve. */
export type BackoffPolicy = Backoff;

/**
 * Delay before retry number `attempt` (0-based) of a request: the shared curve, jittered into [50 %, 100 %] so
 * that many clients do not retry in step. `random` returns [0, 1).
 */
export function requestRetryDelay(policy: BackoffPolicy, attempt: number, random: () => number): number {
  return backoffDelay(policy, attempt, random);
}

/** Delay before poll number `attempt` of a task (0-based): the same curve without jitter, e.g. 1 s rising to 10 s. */
export function pollDelay(policy: BackoffPolicy, attempt: number): number {
  return backoffDelay(policy, attempt);
}

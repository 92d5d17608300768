/** Exponential back-off with jitter, in milliseconds. */
export interface BackoffPolicy {
  readonly initialMs: number;
  readonly maxMs: number;
  readonly factor: number;
}

/**
 * Delay before retry number `attempt` (0-based): initial x factor^attempt, capped at max, then jittered into
 * [50 %, 100 %] so that many clients do not retry in step. `random` returns [0, 1).
 */
export function backoffDelay(policy: BackoffPolicy, attempt: number, random: () => number): number {
  const raw = Math.min(policy.maxMs, policy.initialMs * policy.factor ** Math.max(0, attempt));
  return Math.round(raw * (0.5 + 0.5 * random()));
}

/** Delay before poll number `attempt` of a task (0-based): the same curve without jitter, e.g. 1 s rising to 10 s. */
export function pollDelay(policy: BackoffPolicy, attempt: number): number {
  return Math.round(Math.min(policy.maxMs, policy.initialMs * policy.factor ** Math.max(0, attempt)));
}

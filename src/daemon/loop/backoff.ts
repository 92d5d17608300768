/** Back-off of failed passes: doubles from `initialMs` up to `maxMs`. */
export interface BackoffPolicy {
  readonly initialMs: number;
  readonly maxMs: number;
}

export const DEFAULT_PASS_BACKOFF: BackoffPolicy = { initialMs: 30_000, maxMs: 15 * 60_000 };

/** How long to wait after the `failures`-th failure in a row (1 for the first). */
export function backoffDelay(policy: BackoffPolicy, failures: number): number {
  const exponent = Math.max(0, Math.min(failures - 1, 30));
  return Math.min(policy.maxMs, policy.initialMs * 2 ** exponent);
}

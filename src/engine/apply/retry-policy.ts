/** Capped exponential back-off for transient failures. */
export interface RetryPolicy {
  /** Attempts per step for transient failures, the first included. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 2_000, maxDelayMs: 30_000 };

/** Delay before attempt `attempt + 1` (attempt is 1-based): base * 2^(attempt-1), capped; no jitter, so runs replay. */
export function retryDelay(policy: RetryPolicy, attempt: number): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
}

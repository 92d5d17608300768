import { backoffDelay } from '../../core/backoff/backoff-delay.js';

/** Capped exponential back-off for transient failures. */
export interface RetryPolicy {
  /** Attempts per step for transient failures, the first included. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 2_000, maxDelayMs: 30_000 };

/**
 * Delay before attempt `attempt + 1` (attempt is 1-based): the shared curve, doubling from the base up to the
 * cap; no jitter, so runs replay.
 */
export function retryDelay(policy: RetryPolicy, attempt: number): number {
  return backoffDelay({ initialMs: policy.baseDelayMs, maxMs: policy.maxDelayMs, factor: 2 }, attempt - 1);
}

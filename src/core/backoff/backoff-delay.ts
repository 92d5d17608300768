/**
 * A capped exponential back-off, the one curve behind every wait-and-try-again of Phoenix: OneView request
 * retries and task polls, retries of apply steps, and the daemon's pause after failed passes.
 */
export interface Backoff {
  /** The first delay. */
  readonly initialMs: number;
  /** No delay is longer. */
  readonly maxMs: number;
  /** Each delay is this many times the one before (2 doubles it). */
  readonly factor: number;
}

/** Exponents past this already reach any cap; it keeps initialMs × factor^n finite for long failure streaks. */
const MAX_EXPONENT = 64;

/**
 * The delay before retry `retry` (0-based: 0 is the wait after the first failure): initialMs × factor^retry, capped
 * at maxMs, in whole milliseconds. With `jitter` (a source of numbers in [0, 1), Math.random or a seeded one), the
 * delay is spread into [50 %, 100 %] of that, so that many clients do not retry in step. Pure: no clock and no
 * randomness of its own.
 */
export function backoffDelay(backoff: Backoff, retry: number, jitter?: () => number): number {
  const exponent = Math.min(MAX_EXPONENT, Math.max(0, retry));
  const raw = Math.min(backoff.maxMs, backoff.initialMs * backoff.factor ** exponent);
  return Math.round(jitter === undefined ? raw : raw * (0.5 + 0.5 * jitter()));
}

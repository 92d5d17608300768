import { PhoenixError } from '../../core/errors/phoenix-error.js';

/** How a replica holds a site's lease. */
export interface LeaseTiming {
  /** How long a lease lasts after each renewal. */
  readonly ttlMs: number;
  /** How often the holder renews and followers try to take it (one poll). */
  readonly renewMs: number;
  /** A mutation is sent only while the lease stays valid at least this long, on the monotonic clock. */
  readonly marginMs: number;
}

export const DEFAULT_LEASE_TIMING: LeaseTiming = { ttlMs: 15_000, renewMs: 5_000, marginMs: 3_000 };

/** A renewal must fit, with its margin, inside the lease: renew + margin < TTL. */
export function checkLeaseTiming(timing: LeaseTiming): LeaseTiming {
  const { ttlMs, renewMs, marginMs } = timing;
  if (!(renewMs > 0 && marginMs >= 0 && renewMs + marginMs < ttlMs))
    throw new PhoenixError('CLI_INVALID_OPTION', {
      option: '--lease-ttl',
      variable: null,
      problem: `a renewal and its margin must fit inside the lease: renew (${renewMs} ms) + margin (${marginMs} ms) < TTL (${ttlMs} ms)`,
    });
  return timing;
}

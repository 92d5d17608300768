import { performance } from 'node:perf_hooks';
import {
  acquireOrRenewLease,
  readLease,
  releaseLease,
  type Database,
  type LeaseRecord,
} from '../../adapters/postgres/index.js';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { Logger } from '../../ports/logger.js';
import type { LeadershipMetrics } from './leadership-metrics.js';
import type { LeaseTiming } from './lease-timing.js';

/** Who leads a site, as the status API shows it. */
export interface SiteLeader {
  readonly holder: string;
  readonly epoch: number;
  /** When the holder took the lease at this epoch (ISO 8601, the database's clock). */
  readonly since: string;
  /** The holder's API, where write calls go. */
  readonly address: string | null;
}

export interface SiteLeaseOptions {
  readonly site: string;
  readonly holder: string;
  readonly address: string | null;
  readonly timing: LeaseTiming;
}

export interface SiteLeaseDeps {
  readonly db: Database;
  readonly logger: Logger;
  readonly metrics: LeadershipMetrics;
  /** Milliseconds on a clock that never jumps and keeps counting while the process is stopped. */
  readonly monotonic?: () => number;
  /** Told when this replica starts leading (with its epoch) or stops. */
  readonly onChange: (leading: boolean) => void;
  /** Called on each tick while following (followers refresh what they serve). */
  readonly onFollowerTick?: () => Promise<void>;
}

interface Term {
  readonly epoch: number;
  readonly since: string;
  /** Monotonic time before which the lease is surely valid: when the renewal that gave it was sent, plus the TTL. */
  validUntil: number;
  readonly stopped: AbortController;
  stepDownTimer: NodeJS.Timeout | null;
}

/**
 * One replica's hold on the lease of one site. It renews every `renewMs` while it leads and tries to take the
 * lease every `renewMs` while it follows. Validity is judged on the monotonic clock from the moment a renewal was
 * sent, so a pause (GC, SIGSTOP, a frozen VM) can only make it give up early, never act late. When a renewal
 * fails (database down, timeout), it steps down `marginMs` before the lease would end.
 */
export class SiteLease {
  readonly #o: SiteLeaseOptions;
  readonly #d: SiteLeaseDeps;
  readonly #now: () => number;
  #term: Term | null = null;
  /** The epoch this replica last held: ledger writes name it, and the database judges whether it is current. */
  #lastEpoch: number | null = null;
  #seen: LeaseRecord | null = null;
  #timer: NodeJS.Timeout | null = null;
  #ticking: Promise<void> | null = null;
  #stopped = false;

  constructor(options: SiteLeaseOptions, deps: SiteLeaseDeps) {
    this.#o = options;
    this.#d = deps;
    this.#now = deps.monotonic ?? (() => performance.now());
  }

  get holder(): string {
    return this.#o.holder;
  }

  get isLeader(): boolean {
    return this.#term !== null;
  }

  /** Aborted when the current term ends; an already aborted signal while following. */
  get termSignal(): AbortSignal {
    return this.#term?.stopped.signal ?? AbortSignal.abort();
  }

  /** The epoch ledger writes carry: the last one held, even after stepping down (the database refuses it once stale). */
  get writeEpoch(): number | null {
    return this.#lastEpoch;
  }

  /** The site's leader as last read; this replica itself while it leads. */
  get leader(): SiteLeader | null {
    const term = this.#term;
    if (term !== null)
      return { holder: this.#o.holder, epoch: term.epoch, since: term.since, address: this.#o.address };
    const seen = this.#seen;
    if (seen === null || seen.holder === null || !seen.valid || seen.since === null) return null;
    return { holder: seen.holder, epoch: seen.epoch, since: seen.since, address: seen.holderAddress };
  }

  /**
   * Throws LEASE_LOST unless this replica leads and its lease stays valid for longer than the margin. Called right
   * before every mutating OneView request.
   */
  checkMutation(request: { readonly method: string; readonly path: string }): void {
    const term = this.#term;
    const now = this.#now();
    if (term !== null && now + this.#o.timing.marginMs < term.validUntil) return;
    this.#d.logger.warn(
      { site: this.#o.site, method: request.method, path: request.path, epoch: term?.epoch ?? null },
      'mutation not sent: the lease is not held for long enough',
    );
    if (term !== null) this.#stepDown('expiring');
    throw new PhoenixError('LEASE_LOST', { site: this.#o.site, epoch: term?.epoch ?? this.#lastEpoch });
  }

  start(): void {
    this.#schedule(0);
  }

  #schedule(delayMs: number): void {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#ticking = this.#tick().finally(() => {
        this.#ticking = null;
        this.#schedule(this.#o.timing.renewMs);
      });
    }, delayMs);
  }

  async #tick(): Promise<void> {
    const { site, holder, address, timing } = this.#o;
    const sentAt = this.#now();
    let row: LeaseRecord | null;
    try {
      row = await acquireOrRenewLease(this.#d.db, {
        site,
        holder,
        address,
        ttlMs: timing.ttlMs,
        epoch: this.#term?.epoch ?? null,
      });
    } catch (error) {
      this.#d.metrics.renewed('error', (this.#now() - sentAt) / 1000);
      this.#d.logger.warn(
        { site, err: error, leading: this.isLeader },
        'lease renewal failed; the lease is given up before it ends unless a renewal succeeds',
      );
      return;
    }
    if (this.#stopped) return;
    this.#d.metrics.renewed(row === null ? 'follower' : 'held', (this.#now() - sentAt) / 1000);
    if (row === null) {
      if (this.#term !== null) this.#stepDown('taken');
      this.#seen = await readLease(this.#d.db, site).catch(() => this.#seen);
      if (this.#seen !== null) this.#d.metrics.epoch(site, this.#seen.epoch);
      this.#d.metrics.follows(site);
      await this.#d.onFollowerTick?.().catch((error: unknown) => {
        this.#d.logger.warn({ site, err: error }, 'follower could not refresh the shared ledger');
      });
      return;
    }
    this.#seen = row;
    this.#d.metrics.epoch(site, row.epoch);
    if (this.#term !== null && this.#term.epoch !== row.epoch) this.#stepDown('epoch-changed');
    const validUntil = sentAt + timing.ttlMs;
    if (this.#term === null) {
      if (this.#now() + timing.marginMs >= validUntil) return; // the answer came too late to act on
      this.#term = {
        epoch: row.epoch,
        since: row.since ?? new Date().toISOString(),
        validUntil,
        stopped: new AbortController(),
        stepDownTimer: null,
      };
      this.#lastEpoch = row.epoch;
      this.#d.metrics.changed(site, 'acquired', true);
      this.#d.logger.info({ site, holder, epoch: row.epoch }, 'site lease acquired: leading');
      this.#armStepDown();
      this.#d.onChange(true);
      return;
    }
    this.#term.validUntil = validUntil;
    this.#armStepDown();
  }

  /** Steps down `marginMs` before the lease ends, should no renewal come first. */
  #armStepDown(): void {
    const term = this.#term;
    if (term === null) return;
    if (term.stepDownTimer !== null) clearTimeout(term.stepDownTimer);
    const delay = Math.max(0, term.validUntil - this.#o.timing.marginMs - this.#now());
    term.stepDownTimer = setTimeout(() => {
      if (this.#term !== term) return;
      // Node's timers run on the event loop's cached time and often fire a fraction of a millisecond before the
      // monotonic clock reaches their deadline: arm again rather than stay leader with no renewal coming.
      if (this.#now() + this.#o.timing.marginMs >= term.validUntil) this.#stepDown('expiring');
      else this.#armStepDown();
    }, delay);
  }

  #stepDown(reason: 'taken' | 'expiring' | 'epoch-changed' | 'stopping'): void {
    const term = this.#term;
    if (term === null) return;
    this.#term = null;
    if (term.stepDownTimer !== null) clearTimeout(term.stepDownTimer);
    term.stopped.abort(new PhoenixError('LEASE_LOST', { site: this.#o.site, epoch: term.epoch }));
    this.#d.metrics.changed(this.#o.site, reason === 'stopping' ? 'released' : 'lost', false);
    this.#d.logger.warn({ site: this.#o.site, epoch: term.epoch, reason }, 'site lease lost: following');
    this.#d.onChange(false);
  }

  /** Stops renewing and gives the lease up, so another replica takes over without waiting for it to expire. */
  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer !== null) clearTimeout(this.#timer);
    await this.#ticking;
    const term = this.#term;
    this.#stepDown('stopping');
    if (term !== null)
      await releaseLease(this.#d.db, this.#o.site, this.#o.holder, term.epoch).catch((error: unknown) => {
        this.#d.logger.warn({ site: this.#o.site, err: error }, 'lease not released; it expires by itself');
      });
  }
}

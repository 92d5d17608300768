import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import {
  clearSharedSuspension,
  nudgeSite,
  openLedgerDatabase,
  openPostgresLedger,
  readSharedSuspension,
  readSiteView,
  writeSharedSuspension,
  writeSiteView,
  type Database,
  type PostgresLedger,
  type SiteViewRecord,
} from '../../adapters/postgres/index.js';
import type { Logger } from '../../ports/logger.js';
import type { Clock } from '../../ports/clock.js';
import type { DaemonMetrics } from '../status/daemon-metrics.js';
import type { DaemonEnv } from '../composition/site-connection.js';
import { LeadershipMetrics } from './leadership-metrics.js';
import { checkLeaseTiming, type LeaseTiming } from './lease-timing.js';
import { SiteLease, type SiteLeader } from './site-lease.js';

/** How `phoenix sync` runs as one of several replicas sharing a PostgreSQL database. */
export interface ReplicationOptions {
  /** postgres://USER@HOST:PORT/DATABASE; the password comes from the environment or a file. */
  readonly databaseUrl: string;
  /** This process's id among the replicas; default host, pid and a random suffix. */
  readonly replicaId?: string;
  /** The API address other replicas send write calls to; default the listen address. */
  readonly advertiseUrl?: string;
  readonly timing: LeaseTiming;
  readonly statementTimeoutMs?: number;
}

/** What `/api/v1/status` adds for a replica, per site. */
export interface ReplicaStatus {
  /** This process's id. */
  readonly replica: string;
  /** Who leads the site now; null while nobody does. */
  readonly leader: { readonly holder: string; readonly epoch: number; readonly since: string } | null;
  /** Whether this replica leads the site. */
  readonly leading: boolean;
}

/** A suspension asked for through the API, wherever it is kept. */
export interface SuspensionStore {
  read(): Promise<{ since: string } | null>;
  write(since: string): Promise<void>;
  clear(): Promise<void>;
}

export function defaultReplicaId(): string {
  return `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
}

interface ReplicaContext {
  /** How many sites this replica leads now. */
  readonly leading: () => number;
  readonly id: string;
  readonly db: Database;
  readonly options: ReplicationOptions;
  readonly logger: Logger;
  readonly metrics: LeadershipMetrics;
}

/**
 * One replica: the shared database (schema migrated at start) and, per site it serves, that site's ledger and
 * lease. Each site is led by one replica at a time; this one may lead some of its sites and follow others.
 */
export class Replica {
  readonly id: string;
  readonly #c: ReplicaContext;
  readonly #sites = new Map<string, SiteReplica>();

  private constructor(context: Omit<ReplicaContext, 'leading'>) {
    this.id = context.id;
    this.#c = {
      ...context,
      leading: () => [...this.#sites.values()].filter((site) => site.isLeader).length,
    };
  }

  static async open(
    options: ReplicationOptions,
    deps: {
      readonly env: DaemonEnv;
      readonly logger: Logger;
      readonly metrics: DaemonMetrics;
    },
  ): Promise<Replica> {
    checkLeaseTiming(options.timing);
    const id = options.replicaId ?? defaultReplicaId();
    const logger = deps.logger.child({ replica: id });
    const db = await openLedgerDatabase(options.databaseUrl, deps.env, {
      logger,
      applicationName: `phoenix ${id}`.slice(0, 63),
      ...(options.statementTimeoutMs === undefined ? {} : { statementTimeoutMs: options.statementTimeoutMs }),
    });
    logger.info({ database: db.display, ...options.timing }, 'replica started');
    return new Replica({ id, db, options, logger, metrics: new LeadershipMetrics(deps.metrics.registry) });
  }

  /** The site's part of this replica: its ledger (every record so far folded in), its lease once begun. */
  async site(name: string, clock: Clock): Promise<SiteReplica> {
    const existing = this.#sites.get(name);
    if (existing !== undefined) return existing;
    const site = await SiteReplica.open(this.#c, name, clock);
    this.#sites.set(name, site);
    return site;
  }

  /** The address write calls are sent to: --advertise-url, else the API's listen address. */
  advertisedAddress(listenUrl: string | null): string | null {
    const address = this.#c.options.advertiseUrl ?? listenUrl;
    if (address !== null && /^http:\/\/(0\.0\.0\.0|\[::\])[:/]/.test(address))
      this.#c.logger.warn(
        { address },
        'the API listens on every address: give --advertise-url so that followers can send write calls here',
      );
    return address;
  }

  /** Gives every lease up (so other replicas take over at once) and closes the database. */
  async close(): Promise<void> {
    for (const site of this.#sites.values()) await site.close();
    await this.#c.db.close();
  }
}

/**
 * One site as a replica serves it: the site's ledger, written only under the lease's epoch; the suspension and
 * the view (status, pending plan) it shares with the other replicas; and the lease itself, started once the API
 * address is known.
 */
export class SiteReplica {
  readonly site: string;
  readonly ledger: PostgresLedger;
  readonly suspensions: SuspensionStore;
  readonly #c: ReplicaContext;
  #lease: SiteLease | null = null;

  private constructor(context: ReplicaContext, site: string, ledger: PostgresLedger) {
    this.#c = context;
    this.site = site;
    this.ledger = ledger;
    const { db } = context;
    this.suspensions = {
      read: () => readSharedSuspension(db, site),
      write: (since) => writeSharedSuspension(db, site, since),
      clear: () => clearSharedSuspension(db, site),
    };
  }

  static async open(context: ReplicaContext, site: string, clock: Clock): Promise<SiteReplica> {
    let replica: SiteReplica | null = null;
    const ledger = await openPostgresLedger(context.db, site, {
      writer: { holder: context.id, epoch: () => (replica === null ? null : replica.writeEpoch) },
      logger: context.logger,
      clock,
    });
    replica = new SiteReplica(context, site, ledger);
    return replica;
  }

  get replicaId(): string {
    return this.#c.id;
  }

  /** The epoch the ledger's writes carry (the database refuses it once another replica took the lease). */
  get writeEpoch(): number | null {
    return this.#lease?.writeEpoch ?? null;
  }

  get isLeader(): boolean {
    return this.#lease?.isLeader ?? false;
  }

  get leader(): SiteLeader | null {
    return this.#lease?.leader ?? null;
  }

  /**
   * Starts taking and renewing the lease. `onLeading` runs when this replica starts leading (after the ledger caught
   * up with what other replicas wrote), `onFollowing` when it stops, `onNudge` when, while leading, a follower
   * asked for a pass.
   */
  begin(
    address: string | null,
    handlers: { onLeading: () => void; onFollowing: () => void; onNudge: () => void },
  ): void {
    const logger = this.#c.logger;
    this.#lease = new SiteLease(
      { site: this.site, holder: this.#c.id, address, timing: this.#c.options.timing },
      {
        db: this.#c.db,
        logger,
        metrics: this.#c.metrics,
        onChange: (leading) => {
          if (!leading) {
            handlers.onFollowing();
            return;
          }
          this.ledger.refresh().then(handlers.onLeading, (error: unknown) => {
            logger.warn(
              { site: this.site, err: error },
              'ledger not caught up at the start of leadership; the next pass retries',
            );
            handlers.onLeading();
          });
        },
        onFollowerTick: () => this.ledger.refresh(),
        onNudge: handlers.onNudge,
        // A replica that leads sites lets a free lease be for one renew interval (two when it leads several), so
        // that one leading fewer takes it first; failover stays within TTL + three renew intervals.
        takeoverDelayMs: () => Math.min(this.#c.leading(), 2) * this.#c.options.timing.renewMs,
      },
    );
    this.#lease.start();
  }

  /** Throws LEASE_LOST unless this replica may send a mutation now (the monotonic-clock check). */
  readonly guardMutation = (request: { readonly method: string; readonly path: string }): void => {
    if (this.#lease === null) throw new Error('the replica has not begun');
    this.#lease.checkMutation(request);
  };

  /** A pass's signal: aborted on shutdown or when this term of leadership ends. */
  passSignal(shutdown: AbortSignal): AbortSignal {
    return AbortSignal.any([shutdown, this.#lease?.termSignal ?? AbortSignal.abort()]);
  }

  status(): ReplicaStatus {
    const leader = this.leader;
    return {
      replica: this.#c.id,
      leader: leader === null ? null : { holder: leader.holder, epoch: leader.epoch, since: leader.since },
      leading: this.isLeader,
    };
  }

  /** Shares what the leader shows (status, pending plan); written only under the epoch this replica holds. */
  async writeView(status: unknown, plan: unknown): Promise<void> {
    const epoch = this.#lease?.writeEpoch ?? null;
    if (epoch === null || !this.isLeader) return;
    await writeSiteView(this.#c.db, { site: this.site, holder: this.#c.id, epoch, status, plan });
  }

  /** What the leader of the site last showed; null before any leader wrote it. */
  readView(): Promise<SiteViewRecord | null> {
    return readSiteView(this.#c.db, this.site);
  }

  /** Asks the leader of the site for a pass (it sees the request with its next renewal). */
  nudge(): Promise<void> {
    return nudgeSite(this.#c.db, this.site);
  }

  /** Gives the lease up (so another replica takes over at once) and stops the ledger. */
  async close(): Promise<void> {
    await this.#lease?.stop();
    await this.ledger.close();
  }
}

import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import {
  clearSharedSuspension,
  openLedgerDatabase,
  openPostgresLedger,
  readSharedSuspension,
  writeSharedSuspension,
  type Database,
  type PostgresLedger,
} from '../../adapters/postgres/index.js';
import type { Logger } from '../../ports/logger.js';
import type { Clock } from '../../ports/clock.js';
import type { DaemonMetrics } from '../daemon-metrics.js';
import type { DaemonEnv } from '../site-connection.js';
import { LeadershipMetrics } from './leadership-metrics.js';
import { checkLeaseTiming, type LeaseTiming } from './lease-timing.js';
import { SiteLease, type SiteLeader } from './site-lease.js';

/** How `phoenix sync` runs as one of several replicas of a site that share a PostgreSQL database. */
export interface ReplicationOptions {
  /** postgres://USER@HOST:PORT/DATABASE; the password comes from the environment or a file. */
  readonly databaseUrl: string;
  /** The name of the Site the replicas serve: the key of its lease and ledger. */
  readonly site: string;
  /** This process's id among the replicas; default host, pid and a random suffix. */
  readonly replicaId?: string;
  /** The API address other replicas send write calls to; default the listen address. */
  readonly advertiseUrl?: string;
  readonly timing: LeaseTiming;
  readonly statementTimeoutMs?: number;
}

/** What `/api/v1/status` adds for a replica. */
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

/**
 * One replica of a site: the shared database (schema migrated at start), the site's ledger in it, written only
 * under the lease's epoch, and the lease itself, started once the API address is known.
 */
export class Replica {
  readonly id: string;
  readonly site: string;
  readonly ledger: PostgresLedger;
  readonly suspensions: SuspensionStore;
  readonly #db: Database;
  readonly #options: ReplicationOptions;
  readonly #logger: Logger;
  readonly #metrics: LeadershipMetrics;
  #lease: SiteLease | null = null;

  private constructor(init: {
    id: string;
    options: ReplicationOptions;
    db: Database;
    ledger: PostgresLedger;
    logger: Logger;
    metrics: LeadershipMetrics;
  }) {
    this.id = init.id;
    this.site = init.options.site;
    this.#options = init.options;
    this.#db = init.db;
    this.ledger = init.ledger;
    this.#logger = init.logger;
    this.#metrics = init.metrics;
    const { db, options } = init;
    this.suspensions = {
      read: () => readSharedSuspension(db, options.site),
      write: (since) => writeSharedSuspension(db, options.site, since),
      clear: () => clearSharedSuspension(db, options.site),
    };
  }

  static async open(
    options: ReplicationOptions,
    deps: {
      readonly env: DaemonEnv;
      readonly logger: Logger;
      readonly clock: Clock;
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
    try {
      let replica: Replica | null = null;
      const ledger = await openPostgresLedger(db, options.site, {
        writer: { holder: id, epoch: () => (replica === null ? null : replica.writeEpoch) },
        logger,
        clock: deps.clock,
      });
      replica = new Replica({
        id,
        options,
        db,
        ledger,
        logger,
        metrics: new LeadershipMetrics(deps.metrics.registry),
      });
      logger.info({ site: options.site, database: db.display, ...options.timing }, 'replica started');
      return replica;
    } catch (error) {
      await db.close();
      throw error;
    }
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
   * up with what other replicas wrote), `onFollowing` when it stops.
   */
  begin(listenUrl: string | null, handlers: { onLeading: () => void; onFollowing: () => void }): void {
    const address = this.#options.advertiseUrl ?? listenUrl;
    if (address !== null && /^http:\/\/(0\.0\.0\.0|\[::\])[:/]/.test(address))
      this.#logger.warn(
        { address },
        'the API listens on every address: give --advertise-url so that followers can send write calls here',
      );
    this.#lease = new SiteLease(
      { site: this.site, holder: this.id, address, timing: this.#options.timing },
      {
        db: this.#db,
        logger: this.#logger,
        metrics: this.#metrics,
        onChange: (leading) => {
          if (!leading) {
            handlers.onFollowing();
            return;
          }
          this.ledger.refresh().then(handlers.onLeading, (error: unknown) => {
            this.#logger.warn(
              { err: error },
              'ledger not caught up at the start of leadership; the next pass retries',
            );
            handlers.onLeading();
          });
        },
        onFollowerTick: () => this.ledger.refresh(),
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
      replica: this.id,
      leader: leader === null ? null : { holder: leader.holder, epoch: leader.epoch, since: leader.since },
      leading: this.isLeader,
    };
  }

  /** Gives the lease up (so another replica takes over at once) and closes the database. */
  async close(): Promise<void> {
    await this.#lease?.stop();
    await this.ledger.close();
    await this.#db.close();
  }
}

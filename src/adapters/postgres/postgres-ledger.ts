import { randomUUID } from 'node:crypto';
import { hasErrorCode, PhoenixError } from '../../core/errors/phoenix-error.js';
import type { LedgerView } from '../../core/ledger/ledger-view.js';
import type { ObservedProfile } from '../../core/observed/inventory.js';
import type { Logger } from '../../ports/logger.js';
import type { Clock } from '../../ports/clock.js';
import type {
  Ledger,
  LedgerEntry,
  LedgerRecord,
  LedgerStatus,
  HardwareEvent,
  RecoveredRecord,
  RunHistoryEntry,
} from '../../ports/ledger.js';
import {
  applyRecord,
  emptyLedgerState,
  hardwareEventsOf,
  historyOf,
  settledState,
  statusOf,
  viewOf,
  type LedgerState,
} from '../ledger-file/ledger-state.js';
import { recoveredRecord } from '../ledger-file/recovered-record.js';
import type { Database } from './database.js';

/** Who may write: the holder of the site's lease, at the epoch it holds now (null while it does not lead). */
export interface LedgerWriter {
  readonly holder: string;
  epoch(): number | null;
}

const PAGE = 5_000;

/**
 * Appends one record under the lease's epoch. A record already written under its id (the answer to an earlier try
 * was lost) is found instead of written twice; no row at all means the epoch is stale.
 */
const APPEND_SQL = `
  WITH lease AS (
    SELECT epoch FROM phoenix_leases WHERE site = $1 AND holder = $2 AND epoch = $3 FOR SHARE
  ), written AS (
    INSERT INTO phoenix_ledger_records (site, seq, epoch, type, record, record_id)
    SELECT $1, COALESCE((SELECT max(seq) FROM phoenix_ledger_records WHERE site = $1), 0) + 1,
           lease.epoch, $4, $5::jsonb, $6
    FROM lease
    ON CONFLICT (site, record_id) DO NOTHING
    RETURNING seq
  )
  SELECT seq FROM written
  UNION ALL
  SELECT seq FROM phoenix_ledger_records WHERE site = $1 AND record_id = $6`;

/** How long an append is tried again while the database is unreachable (a restart, a failover). */
const DEFAULT_RETRY_MS = 30_000;

/**
 * The ledger of one site in PostgreSQL: the journal is the `phoenix_ledger_records` table, one row per record in
 * its own transaction, numbered without gaps. Every write names the epoch of the lease it was made under and is
 * refused (LEDGER_FENCED) once another replica took the lease: the epoch is a fencing token. Reads come from the
 * records folded in memory; `refresh()` folds what other replicas appended since.
 */
export class PostgresLedger implements Ledger {
  readonly site: string;
  readonly #db: Database;
  readonly #writer: LedgerWriter | null;
  readonly #logger: Logger;
  readonly #clock: Clock;
  readonly #retryMs: number;
  #state: LedgerState = emptyLedgerState();
  #seq = 0;
  #closed = false;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(init: {
    db: Database;
    site: string;
    writer: LedgerWriter | null;
    logger: Logger;
    clock: Clock;
    /** How long appends are tried again while the database is unreachable; default 30 s. */
    retryMs?: number;
  }) {
    this.#retryMs = init.retryMs ?? DEFAULT_RETRY_MS;
    this.#db = init.db;
    this.site = init.site;
    this.#writer = init.writer;
    this.#logger = init.logger;
    this.#clock = init.clock;
  }

  /** The sequence number of the last record folded in. */
  get lastSeq(): number {
    return this.#seq;
  }

  #serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(work);
    this.#queue = next.catch(() => undefined);
    return next;
  }

  /** Folds the records appended since the last read (by any replica). */
  refresh(): Promise<void> {
    return this.#serial(() => this.#refresh());
  }

  async #refresh(): Promise<void> {
    for (;;) {
      const rows = await this.#db.query<{ seq: string; record: LedgerEntry }>(
        'SELECT seq, record FROM phoenix_ledger_records WHERE site = $1 AND seq > $2 ORDER BY seq LIMIT $3',
        [this.site, this.#seq, PAGE],
      );
      for (const row of rows) this.#fold({ ...row.record, seq: Number(row.seq) });
      if (rows.length < PAGE) return;
    }
  }

  #fold(record: LedgerRecord): void {
    applyRecord(this.#state, record);
    this.#seq = record.seq;
  }

  append(entry: LedgerEntry): Promise<LedgerRecord> {
    return this.#serial(() => this.#append(entry));
  }

  async #append(entry: LedgerEntry): Promise<LedgerRecord> {
    if (this.#closed || this.#writer === null)
      throw new PhoenixError('LEDGER_READ_ONLY', { database: this.#db.display, site: this.site });
    const epoch = this.#writer.epoch();
    if (epoch === null)
      throw new PhoenixError('LEDGER_FENCED', { site: this.site, holder: this.#writer.holder, epoch: null });
    const { seq: _given, ...fields } = entry as LedgerEntry & { seq?: unknown };
    const params = [this.site, this.#writer.holder, epoch, fields.type, JSON.stringify(fields), randomUUID()];
    const rows = await this.#withRetry(() => this.#db.query<{ seq: string }>(APPEND_SQL, params));
    const row = rows[0];
    if (row === undefined) {
      this.#logger.warn({ site: this.site, epoch, type: fields.type }, 'ledger write refused: stale epoch');
      throw new PhoenixError('LEDGER_FENCED', { site: this.site, holder: this.#writer.holder, epoch });
    }
    const seq = Number(row.seq);
    if (seq !== this.#seq + 1) await this.#refresh();
    const record = { seq, ...fields } as LedgerRecord;
    if (this.#seq < seq) this.#fold(record);
    return record;
  }

  /**
   * Runs `work` again while the database is unavailable, up to the retry time: the record has an id, so a try whose
   * answer was lost is not written twice, and the epoch still decides whether it may be written at all.
   */
  async #withRetry<T>(work: () => Promise<T>): Promise<T> {
    const started = this.#clock.now();
    for (let attempt = 0; ; attempt++) {
      try {
        return await work();
      } catch (error) {
        if (
          !hasErrorCode(error, 'LEDGER_DATABASE_UNAVAILABLE') ||
          this.#clock.now() - started >= this.#retryMs
        )
          throw error;
        this.#logger.warn(
          { site: this.site, attempt, err: error },
          'ledger database unavailable; writing again',
        );
        await this.#clock.sleep(Math.min(2_000, 100 * 2 ** attempt));
      }
    }
  }

  /** The last run is running while it has no end: its writer may be another replica. */
  #activeRunId(): string | null {
    const last = this.#state.runs.at(-1);
    return last !== undefined && last.outcome === null ? last.runId : null;
  }

  readView(): LedgerView {
    return viewOf(settledState(this.#state, this.#activeRunId()));
  }

  status(): LedgerStatus {
    return statusOf(settledState(this.#state, this.#activeRunId()));
  }

  history(limit = 20): readonly RunHistoryEntry[] {
    return historyOf(settledState(this.#state, this.#activeRunId()), limit);
  }

  hardwareEvents(limit = 20): readonly HardwareEvent[] {
    return hardwareEventsOf(this.#state, limit);
  }

  async recoverFromStamps(site: string, profiles: readonly ObservedProfile[]): Promise<LedgerStatus> {
    const entry: RecoveredRecord = recoveredRecord(site, profiles, new Date(this.#clock.now()).toISOString());
    await this.append(entry);
    this.#logger.info(
      { site, revision: entry.revision, nodes: Object.keys(entry.nodes).length },
      'ledger recovered from profile stamps',
    );
    return this.status();
  }

  /** Stops writing; the database connection belongs to whoever opened it. */
  close(): Promise<void> {
    return this.#serial(() => {
      this.#closed = true;
      return Promise.resolve();
    });
  }
}

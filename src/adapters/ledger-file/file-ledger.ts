import { open, type FileHandle } from 'node:fs/promises';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { LedgerView } from '../../core/ledger/ledger-view.js';
import type { ObservedProfile } from '../../core/observed/inventory.js';
import type { Logger } from '../../ports/logger.js';
import type { Clock } from '../../ports/clock.js';
import type {
  HardwareEvent,
  Ledger,
  LedgerEntry,
  LedgerRecord,
  LedgerStatus,
  RecordQuery,
  RecoveredRecord,
  RunHistoryEntry,
} from '../../ports/ledger.js';
import { encodeJournalLine } from './journal-line.js';
import {
  applyRecord,
  hardwareEventsOf,
  historyOf,
  settledState,
  statusOf,
  viewOf,
  type LedgerState,
} from './ledger-state.js';
import { ioFailure, io, readFrom, type LedgerPaths } from './ledger-files.js';
import { JOURNAL_START } from './load-journal.js';
import { matchesQuery } from './match-record.js';
import { parseJournal } from './parse-journal.js';
import { SUMMARY_FORMAT_VERSION, writeSummary } from './ledger-summary.js';
import type { JournalPosition } from './parse-journal.js';
import { recoveredRecord } from './recovered-record.js';
import { releaseLock, type LockOwner } from './state-lock.js';

/** Records appended between two summary writes (a run's end and closing also write it). */
const SUMMARY_EVERY = 256;

/** The ledger as files under `<stateDir>/ledger`, with `<stateDir>/phoenix.lock` for its one writer. */
export class FileLedger implements Ledger {
  readonly paths: LedgerPaths;
  readonly #logger: Logger;
  readonly #clock: Clock;
  readonly #lock: LockOwner | null;
  #file: FileHandle | null;
  #state: LedgerState;
  #position: JournalPosition;
  #activeRunId: string | null = null;
  #sinceSummary = 0;
  #broken = false;
  #closed = false;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(init: {
    paths: LedgerPaths;
    logger: Logger;
    clock: Clock;
    lock: LockOwner | null;
    file: FileHandle | null;
    state: LedgerState;
    position: JournalPosition;
  }) {
    this.paths = init.paths;
    this.#logger = init.logger;
    this.#clock = init.clock;
    this.#lock = init.lock;
    this.#file = init.file;
    this.#state = init.state;
    this.#position = init.position;
  }

  get isReadOnly(): boolean {
    return this.#lock === null;
  }

  /** Runs `work` after everything queued before it, so records keep the order of the calls. */
  #serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(work);
    this.#queue = next.catch(() => undefined);
    return next;
  }

  #writable(): FileHandle {
    if (this.#lock === null || this.#file === null)
      throw new PhoenixError('LEDGER_READ_ONLY', { file: this.paths.journal });
    if (this.#broken)
      throw new PhoenixError('LEDGER_IO_FAILED', {
        file: this.paths.journal,
        operation: 'append',
        reason: 'unrepaired-write',
      });
    return this.#file;
  }

  append(entry: LedgerEntry): Promise<LedgerRecord> {
    return this.#serial(() => this.#append(entry));
  }

  async #append(entry: LedgerEntry): Promise<LedgerRecord> {
    const file = this.#writable();
    // The ledger numbers records: a `seq` the caller passed along (a record read elsewhere) is replaced.
    const { seq: _given, ...fields } = entry as LedgerEntry & { seq?: unknown };
    const record = { seq: this.#position.seq + 1, ...fields } as LedgerRecord;
    const bytes = Buffer.from(encodeJournalLine(record), 'utf8');
    try {
      let written = 0;
      while (written < bytes.length) {
        const { bytesWritten } = await file.write(bytes, written, bytes.length - written);
        written += bytesWritten;
      }
      await file.sync();
    } catch (error) {
      // Cut the partial line off, so the next record does not follow a bad line.
      await file.truncate(this.#position.offset).catch(() => {
        this.#broken = true;
      });
      throw ioFailure(this.paths.journal, 'append', error);
    }
    this.#position = {
      offset: this.#position.offset + bytes.length,
      lines: this.#position.lines + 1,
      seq: record.seq,
    };
    applyRecord(this.#state, record);
    if (record.type === 'run-started') this.#activeRunId = record.runId;
    if (record.type === 'run-finished' && record.runId === this.#activeRunId) this.#activeRunId = null;
    this.#sinceSummary += 1;
    if (record.type === 'run-finished' || record.type === 'recovered' || this.#sinceSummary >= SUMMARY_EVERY)
      await this.#saveSummary();
    return record;
  }

  async #saveSummary(): Promise<void> {
    try {
      await writeSummary(this.paths.summary, {
        formatVersion: SUMMARY_FORMAT_VERSION,
        journal: this.#position,
        state: this.#state,
      });
      this.#sinceSummary = 0;
    } catch (error) {
      // The journal is the record; a summary that could not be written only makes the next open replay more.
      this.#logger.warn({ file: this.paths.summary, err: error }, 'ledger summary not written');
    }
  }

  readView(): LedgerView {
    return viewOf(settledState(this.#state, this.#activeRunId));
  }

  status(): LedgerStatus {
    return statusOf(settledState(this.#state, this.#activeRunId));
  }

  history(limit = 20): readonly RunHistoryEntry[] {
    return historyOf(settledState(this.#state, this.#activeRunId), limit);
  }

  /** Reads the journal up to its last durable record; appends made meanwhile are left for the next call. */
  async records(query: RecordQuery): Promise<readonly LedgerRecord[]> {
    const end = this.#position.offset;
    const read = async (file: FileHandle): Promise<Buffer> => (await readFrom(file, 0)).subarray(0, end);
    const bytes = await io(this.paths.journal, 'read', async () => {
      if (this.#file !== null) return read(this.#file);
      const file = await open(this.paths.journal, 'r');
      try {
        return await read(file);
      } finally {
        await file.close();
      }
    });
    const matching = parseJournal(bytes, JOURNAL_START).records.filter((r) => matchesQuery(r, query));
    return matching.slice(-(query.limit ?? 500));
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

  close(): Promise<void> {
    return this.#serial(async () => {
      if (this.#closed) return;
      this.#closed = true;
      const file = this.#file;
      this.#file = null;
      if (file === null || this.#lock === null) {
        await file?.close();
        return;
      }
      try {
        if (this.#sinceSummary > 0 && !this.#broken) await this.#saveSummary();
        await io(this.paths.journal, 'close', () => file.close());
      } finally {
        await io(this.paths.lock, 'unlock', () => releaseLock(this.paths.lock, this.#lock!));
      }
    });
  }
}

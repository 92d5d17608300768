import { mkdir, open, rename, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { LedgerView } from '../../core/ledger/ledger-view.js';
import type { ObservedProfile } from '../../core/observed/inventory.js';
import type { Logger } from '../../logging/create-logger.js';
import type { Clock } from '../../ports/clock.js';
import type {
  Ledger,
  LedgerEntry,
  LedgerRecord,
  LedgerStatus,
  RecoveredRecord,
  RunHistoryEntry,
} from '../../ports/ledger.js';
import { systemClock } from '../clock/system-clock.js';
import { encodeJournalLine } from './journal-line.js';
import {
  applyRecord,
  emptyLedgerState,
  historyOf,
  settledState,
  statusOf,
  viewOf,
  type LedgerState,
} from './ledger-state.js';
import { readSummary, writeSummary, SUMMARY_FORMAT_VERSION } from './ledger-summary.js';
import { parseJournal, type JournalPosition, type ParsedJournal } from './parse-journal.js';
import { acquireLock, releaseLock, type LockOwner } from './state-lock.js';
import { recoveredRecord } from './recovered-record.js';

export const LEDGER_DIRECTORY = 'ledger';
export const JOURNAL_FILE = 'journal.jsonl';
export const SUMMARY_FILE = 'summary.json';
export const LOCK_FILE = 'phoenix.lock';

/** Records appended between two summary writes (a run's end and closing also write it). */
const SUMMARY_EVERY = 256;

const START: JournalPosition = { offset: 0, lines: 0, seq: 0 };

export interface FileLedgerOptions {
  readonly logger: Logger;
  readonly clock?: Clock;
  /** Reads without taking the lock and without repairing a torn last line; nothing can be appended. */
  readonly readOnly?: boolean;
  /**
   * Moves a corrupt journal aside (`journal.corrupt-<time>.jsonl`) and starts a new one instead of failing
   * with LEDGER_CORRUPT: for a recovery from stamps.
   */
  readonly setAsideCorrupt?: boolean;
}

interface Paths {
  readonly directory: string;
  readonly journal: string;
  readonly summary: string;
  readonly lock: string;
}

function ioFailure(file: string, operation: string, error: unknown): PhoenixError {
  if (error instanceof PhoenixError) return error;
  return new PhoenixError(
    'LEDGER_IO_FAILED',
    { file, operation, reason: (error as NodeJS.ErrnoException | null)?.code ?? 'unknown' },
    { cause: error },
  );
}

async function io<T>(file: string, operation: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw ioFailure(file, operation, error);
  }
}

async function readFrom(file: FileHandle, offset: number): Promise<Buffer> {
  const { size } = await file.stat();
  const buffer = Buffer.alloc(Math.max(0, size - offset));
  let read = 0;
  while (read < buffer.length) {
    const { bytesRead } = await file.read(buffer, read, buffer.length - read, offset + read);
    if (bytesRead === 0) break;
    read += bytesRead;
  }
  return buffer.subarray(0, read);
}

interface Loaded {
  readonly state: LedgerState;
  readonly parsed: ParsedJournal;
}

/**
 * Folds the journal into a state, starting from the summary when it matches the journal; when replaying from
 * the summary meets a bad line, the whole journal is replayed before calling it corrupt.
 */
async function load(file: FileHandle, paths: Paths, logger: Logger): Promise<Loaded> {
  const summary = await io(paths.summary, 'read', () => readSummary(paths.summary, logger));
  const { size } = await file.stat();
  if (summary !== null && summary.journal.offset <= size) {
    const parsed = parseJournal(await readFrom(file, summary.journal.offset), summary.journal);
    if (parsed.corruptLine === null) {
      const state = structuredClone(summary.state);
      for (const record of parsed.records) applyRecord(state, record);
      return { state, parsed };
    }
  }
  if (summary !== null)
    logger.warn({ file: paths.summary }, 'ledger summary does not match the journal; replaying it');
  const parsed = parseJournal(await readFrom(file, 0), START);
  const state = emptyLedgerState();
  for (const record of parsed.records) applyRecord(state, record);
  return { state, parsed };
}

/** The ledger as files under `<stateDir>/ledger`, with `<stateDir>/phoenix.lock` for its one writer. */
export class FileLedger implements Ledger {
  readonly paths: Paths;
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
    paths: Paths;
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
    const record = { seq: this.#position.seq + 1, ...entry } as LedgerRecord;
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

function pathsOf(stateDir: string): Paths {
  const directory = join(stateDir, LEDGER_DIRECTORY);
  return {
    directory,
    journal: join(directory, JOURNAL_FILE),
    summary: join(directory, SUMMARY_FILE),
    lock: join(stateDir, LOCK_FILE),
  };
}

async function openReadOnly(paths: Paths, options: FileLedgerOptions, clock: Clock): Promise<FileLedger> {
  let file: FileHandle | null = null;
  try {
    file = await open(paths.journal, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw ioFailure(paths.journal, 'open', error);
  }
  if (file === null) {
    return new FileLedger({
      paths,
      logger: options.logger,
      clock,
      lock: null,
      file: null,
      state: emptyLedgerState(),
      position: START,
    });
  }
  try {
    const { state, parsed } = await io(paths.journal, 'read', () => load(file, paths, options.logger));
    if (parsed.corruptLine !== null)
      throw new PhoenixError('LEDGER_CORRUPT', { file: paths.journal, line: parsed.corruptLine });
    return new FileLedger({
      paths,
      logger: options.logger,
      clock,
      lock: null,
      file: null,
      state,
      position: parsed.end,
    });
  } finally {
    await file.close();
  }
}

async function openForWriting(
  paths: Paths,
  options: FileLedgerOptions,
  clock: Clock,
  lock: LockOwner,
): Promise<FileLedger> {
  const { logger } = options;
  let file = await io(paths.journal, 'open', () => open(paths.journal, 'a+', 0o644));
  try {
    let { state, parsed } = await io(paths.journal, 'read', () => load(file, paths, logger));
    if (parsed.corruptLine !== null) {
      if (options.setAsideCorrupt !== true)
        throw new PhoenixError('LEDGER_CORRUPT', { file: paths.journal, line: parsed.corruptLine });
      const aside = join(
        paths.directory,
        `journal.corrupt-${new Date(clock.now()).toISOString().replace(/[:.]/g, '-')}.jsonl`,
      );
      await file.close();
      await io(paths.journal, 'set aside', () => rename(paths.journal, aside));
      logger.warn(
        { file: paths.journal, line: parsed.corruptLine, movedTo: aside },
        'corrupt ledger journal set aside',
      );
      file = await io(paths.journal, 'open', () => open(paths.journal, 'a+', 0o644));
      state = emptyLedgerState();
      parsed = { records: [], end: START, tornBytes: 0, corruptLine: null };
    }
    if (parsed.tornBytes > 0) {
      logger.warn(
        { file: paths.journal, line: parsed.end.lines + 1, bytes: parsed.tornBytes },
        'torn last line of the ledger journal removed',
      );
      await io(paths.journal, 'truncate', async () => {
        await file.truncate(parsed.end.offset);
        await file.sync();
      });
    }
    const ledger = new FileLedger({ paths, logger, clock, lock, file, state, position: parsed.end });
    return ledger;
  } catch (error) {
    await file.close().catch(() => undefined);
    throw error;
  }
}

/**
 * Opens the ledger of a state directory (`--state-dir`, PHOENIX_STATE_DIR): takes the writer's lock (unless
 * read-only), loads the summary and replays the journal after it; a torn last line is ignored and, for a writer,
 * cut off with a warning.
 */
export async function openFileLedger(stateDir: string, options: FileLedgerOptions): Promise<FileLedger> {
  const clock = options.clock ?? systemClock;
  const paths = pathsOf(stateDir);
  if (options.readOnly === true) return openReadOnly(paths, options, clock);
  await io(paths.directory, 'create', () => mkdir(paths.directory, { recursive: true }));
  const lock = await io(paths.lock, 'lock', () =>
    acquireLock(paths.lock, new Date(clock.now()).toISOString(), options.logger),
  );
  try {
    return await openForWriting(paths, options, clock, lock);
  } catch (error) {
    await releaseLock(paths.lock, lock).catch(() => undefined);
    throw error;
  }
}

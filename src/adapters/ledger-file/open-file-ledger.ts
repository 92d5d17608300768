import { mkdir, open, readdir, rename, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { Logger } from '../../ports/logger.js';
import type { Clock } from '../../ports/clock.js';
import { systemClock } from '../clock/system-clock.js';
import { FileLedger } from './file-ledger.js';
import { emptyLedgerState } from './ledger-state.js';
import { io, ioFailure, ledgerPaths, type LedgerPaths } from './ledger-files.js';
import { JOURNAL_START, loadJournal } from './load-journal.js';
import { acquireLock, releaseLock, type LockOwner } from './state-lock.js';

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

/**
 * A missing journal means an empty ledger only when the folders that would hold it can be listed: a state
 * directory that cannot be read is an error, never "nothing was applied yet".
 */
async function assertNoJournal(paths: LedgerPaths): Promise<void> {
  for (const directory of [paths.directory, dirname(paths.directory)]) {
    try {
      await readdir(directory);
      return;
    } catch (error) {
      // A folder that does not exist yet: look at its parent; the state directory itself may not exist yet.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw ioFailure(directory, 'list', error);
    }
  }
}

async function openReadOnly(
  paths: LedgerPaths,
  options: FileLedgerOptions,
  clock: Clock,
): Promise<FileLedger> {
  let file: FileHandle | null = null;
  try {
    file = await open(paths.journal, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw ioFailure(paths.journal, 'open', error);
  }
  if (file === null) {
    await assertNoJournal(paths);
    return new FileLedger({
      paths,
      logger: options.logger,
      clock,
      lock: null,
      file: null,
      state: emptyLedgerState(),
      position: JOURNAL_START,
    });
  }
  try {
    const { state, parsed } = await io(paths.journal, 'read', () => loadJournal(file, paths, options.logger));
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
  paths: LedgerPaths,
  options: FileLedgerOptions,
  clock: Clock,
  lock: LockOwner,
): Promise<FileLedger> {
  const { logger } = options;
  let file = await io(paths.journal, 'open', () => open(paths.journal, 'a+', 0o644));
  try {
    let { state, parsed } = await io(paths.journal, 'read', () => loadJournal(file, paths, logger));
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
      parsed = { records: [], end: JOURNAL_START, tornBytes: 0, corruptLine: null };
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
  const paths = ledgerPaths(stateDir);
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

import { mkdir, open } from 'node:fs/promises';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { Logger } from '../../ports/logger.js';
import type { LedgerRecord } from '../../ports/ledger.js';
import { applyRecord, emptyLedgerState } from './ledger-state.js';
import { io, ledgerPaths, readFrom } from './ledger-files.js';
import { JOURNAL_START } from './load-journal.js';
import { parseJournal } from './parse-journal.js';
import { acquireLock, releaseLock } from './state-lock.js';

export interface ExportedJournal {
  /** The site the journal records (its last run or recovery); null for an empty journal. */
  readonly site: string | null;
  readonly records: readonly LedgerRecord[];
}

/**
 * Reads every record of a state directory's journal under its writer's lock, so that nothing is appended while
 * it is copied elsewhere. A torn last line is left out; a corrupt journal is refused (LEDGER_CORRUPT).
 */
export async function exportJournal(stateDir: string, logger: Logger): Promise<ExportedJournal> {
  const paths = ledgerPaths(stateDir);
  await io(paths.directory, 'create', () => mkdir(paths.directory, { recursive: true }));
  const lock = await io(paths.lock, 'lock', () => acquireLock(paths.lock, new Date().toISOString(), logger));
  try {
    let bytes: Buffer;
    try {
      const file = await open(paths.journal, 'r');
      try {
        bytes = await readFrom(file, 0);
      } finally {
        await file.close();
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { site: null, records: [] };
      throw error;
    }
    const parsed = parseJournal(bytes, JOURNAL_START);
    if (parsed.corruptLine !== null)
      throw new PhoenixError('LEDGER_CORRUPT', { file: paths.journal, line: parsed.corruptLine });
    const state = emptyLedgerState();
    for (const record of parsed.records) applyRecord(state, record);
    return { site: state.site, records: parsed.records };
  } finally {
    await releaseLock(paths.lock, lock).catch(() => undefined);
  }
}

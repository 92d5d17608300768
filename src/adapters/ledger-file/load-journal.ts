import type { FileHandle } from 'node:fs/promises';
import type { Logger } from '../../ports/logger.js';
import { applyRecord, emptyLedgerState, type LedgerState } from './ledger-state.js';
import { io, readFrom, type LedgerPaths } from './ledger-files.js';
import { readSummary } from './ledger-summary.js';
import { parseJournal, type JournalPosition, type ParsedJournal } from './parse-journal.js';

/** The start of an empty journal. */
export const JOURNAL_START: JournalPosition = { offset: 0, lines: 0, seq: 0 };

export interface LoadedJournal {
  readonly state: LedgerState;
  readonly parsed: ParsedJournal;
}

/**
 * Folds the journal into a state, starting from the summary when it matches the journal; when replaying from
 * the summary meets a bad line, the whole journal is replayed before calling it corrupt.
 */
export async function loadJournal(
  file: FileHandle,
  paths: LedgerPaths,
  logger: Logger,
): Promise<LoadedJournal> {
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
  const parsed = parseJournal(await readFrom(file, 0), JOURNAL_START);
  const state = emptyLedgerState();
  for (const record of parsed.records) applyRecord(state, record);
  return { state, parsed };
}

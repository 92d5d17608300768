import { readFile } from 'node:fs/promises';
import type { Logger } from '../../ports/logger.js';
import type { LedgerState } from './ledger-state.js';
import type { JournalPosition } from './parse-journal.js';
import { writeFileAtomic } from './write-file-atomic.js';

/** 2: the state tracks unverified nodes. A summary of another version is ignored and the journal replayed. */
export const SUMMARY_FORMAT_VERSION = 2;

/** `summary.json`: the state folded from the journal up to `journal` (offset, lines, seq). */
export interface LedgerSummary {
  readonly formatVersion: typeof SUMMARY_FORMAT_VERSION;
  readonly journal: JournalPosition;
  readonly state: LedgerState;
}

function isPosition(value: unknown): value is JournalPosition {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return ['offset', 'lines', 'seq'].every(
    (key) => typeof v[key] === 'number' && Number.isSafeInteger(v[key]) && v[key] >= 0,
  );
}

function isState(value: unknown): value is LedgerState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const isMap = (key: string): boolean =>
    typeof v[key] === 'object' && v[key] !== null && !Array.isArray(v[key]);
  return (
    Array.isArray(v['runs']) &&
    isMap('nodes') &&
    isMap('quarantined') &&
    isMap('generations') &&
    isMap('unverified') &&
    (v['site'] === null || typeof v['site'] === 'string') &&
    (v['lastApplied'] === null || typeof v['lastApplied'] === 'object')
  );
}

/** The summary, or null when there is none or it cannot be used (then the whole journal is replayed). */
export async function readSummary(path: string, logger: Logger): Promise<LedgerSummary | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const value = JSON.parse(text) as Record<string, unknown>;
    if (typeof value['formatVersion'] === 'number' && value['formatVersion'] !== SUMMARY_FORMAT_VERSION) {
      logger.info(
        { file: path, formatVersion: value['formatVersion'] },
        'ledger summary of another format; the journal is replayed from its start',
      );
      return null;
    }
    if (
      value['formatVersion'] === SUMMARY_FORMAT_VERSION &&
      isPosition(value['journal']) &&
      isState(value['state'])
    )
      return value as unknown as LedgerSummary;
  } catch {
    // Unreadable: fall through to the warning below.
  }
  logger.warn({ file: path }, 'ledger summary unreadable; the journal is replayed from its start');
  return null;
}

export async function writeSummary(path: string, summary: LedgerSummary): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(summary)}\n`);
}

import type { LedgerRecord } from '../../ports/ledger.js';
import { decodeJournalLine } from './journal-line.js';

/** Where the journal was read from: a byte offset at a line start, the line number there, the last seq before. */
export interface JournalPosition {
  readonly offset: number;
  /** Lines before `offset`. */
  readonly lines: number;
  readonly seq: number;
}

export interface ParsedJournal {
  readonly records: readonly LedgerRecord[];
  /** Just past the last intact record. */
  readonly end: JournalPosition;
  /** Bytes after `end` that are a torn last line (a write cut short by a crash); 0 when none. */
  readonly tornBytes: number;
  /** 1-based line number of a bad line followed by more lines; null when there is none. */
  readonly corruptLine: number | null;
}

const NEWLINE = 0x0a;

/**
 * Parses journal bytes that start at `from`. A bad last line is a torn write and is left out; a bad line with
 * anything after it, or a record whose seq does not follow the one before, is corruption.
 */
export function parseJournal(bytes: Uint8Array, from: JournalPosition): ParsedJournal {
  const records: LedgerRecord[] = [];
  let offset = 0;
  let lines = from.lines;
  let seq = from.seq;
  while (offset < bytes.length) {
    const newline = bytes.indexOf(NEWLINE, offset);
    const end = newline === -1 ? bytes.length : newline;
    const record =
      newline === -1 ? null : decodeJournalLine(Buffer.from(bytes.subarray(offset, end)).toString('utf8'));
    if (record === null || record.seq !== seq + 1) {
      const isLast = newline === -1 || newline === bytes.length - 1;
      return {
        records,
        end: { offset: from.offset + offset, lines, seq },
        tornBytes: isLast ? bytes.length - offset : 0,
        corruptLine: isLast ? null : lines + 1,
      };
    }
    records.push(record);
    seq = record.seq;
    lines += 1;
    offset = end + 1;
  }
  return { records, end: { offset: from.offset + offset, lines, seq }, tornBytes: 0, corruptLine: null };
}

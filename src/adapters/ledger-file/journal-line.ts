import { crc32 } from 'node:zlib';
import type { LedgerRecord } from '../../ports/ledger.js';

const PREFIX = '{"crc":"';
const MIDDLE = '","record":';

function crcHex(text: string): string {
  return crc32(text).toString(16).padStart(8, '0');
}

/**
 * One journal line: `{"crc":"<8 hex>","record":{...}}` followed by a newline. The checksum covers the exact
 * bytes of the record's JSON, so a line cut short or altered anywhere is recognised.
 */
export function encodeJournalLine(record: LedgerRecord): string {
  const json = JSON.stringify(record);
  return `${PREFIX}${crcHex(json)}${MIDDLE}${json}}\n`;
}

const RECORD_TYPES = new Set([
  'run-started',
  'step-started',
  'step-finished',
  'template-changed',
  'hardware-quarantined',
  'hardware-released',
  'run-finished',
  'recovered',
]);

/** The record of one line (without its newline); null when the line is not a whole, intact record. */
export function decodeJournalLine(line: string): LedgerRecord | null {
  const crcEnd = PREFIX.length + 8;
  if (!line.startsWith(PREFIX) || line.slice(crcEnd, crcEnd + MIDDLE.length) !== MIDDLE) return null;
  if (!line.endsWith('}')) return null;
  const json = line.slice(crcEnd + MIDDLE.length, -1);
  if (crcHex(json) !== line.slice(PREFIX.length, crcEnd)) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const fields = value as Record<string, unknown>;
  const seq = fields['seq'];
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1) return null;
  if (typeof fields['type'] !== 'string' || !RECORD_TYPES.has(fields['type'])) return null;
  return value as LedgerRecord;
}

import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { PhoenixError } from '../../core/errors/phoenix-error.js';

export const LEDGER_DIRECTORY = 'ledger';
export const JOURNAL_FILE = 'journal.jsonl';
export const SUMMARY_FILE = 'summary.json';
export const LOCK_FILE = 'phoenix.lock';

/** Where the files of a state directory's ledger live. */
export interface LedgerPaths {
  readonly directory: string;
  readonly journal: string;
  readonly summary: string;
  readonly lock: string;
}

export function ledgerPaths(stateDir: string): LedgerPaths {
  const directory = join(stateDir, LEDGER_DIRECTORY);
  return {
    directory,
    journal: join(directory, JOURNAL_FILE),
    summary: join(directory, SUMMARY_FILE),
    lock: join(stateDir, LOCK_FILE),
  };
}

/** A file-system failure as LEDGER_IO_FAILED, naming the file and the operation (PhoenixErrors pass through). */
export function ioFailure(file: string, operation: string, error: unknown): PhoenixError {
  if (error instanceof PhoenixError) return error;
  return new PhoenixError(
    'LEDGER_IO_FAILED',
    { file, operation, reason: (error as NodeJS.ErrnoException | null)?.code ?? 'unknown' },
    { cause: error },
  );
}

export async function io<T>(file: string, operation: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw ioFailure(file, operation, error);
  }
}

/** The bytes of an open file from `offset` to its end. */
export async function readFrom(file: FileHandle, offset: number): Promise<Buffer> {
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

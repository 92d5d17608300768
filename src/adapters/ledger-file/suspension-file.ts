import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../../ports/logger.js';
import { io, ioFailure } from './ledger-files.js';
import { writeFileAtomic } from './write-file-atomic.js';

export const SUSPENSION_FILE = 'suspended.json';

/** A suspension asked for through the daemon's API; it outlives restarts until it is resumed. */
export interface Suspension {
  readonly since: string;
}

const suspensionPath = (stateDir: string): string => join(stateDir, SUSPENSION_FILE);

/**
 * The suspension recorded in the state directory, or null when there is none. A file that cannot be read as one
 * still counts as suspended (acting on a site an operator may have stopped is the worse mistake); resuming
 * removes it.
 */
export async function readSuspension(stateDir: string, logger: Logger): Promise<Suspension | null> {
  const file = suspensionPath(stateDir);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw ioFailure(file, 'read', error);
  }
  try {
    const parsed = JSON.parse(text) as { since?: unknown };
    if (typeof parsed.since === 'string') return { since: parsed.since };
  } catch {
    // Reported below.
  }
  logger.warn({ file }, 'the suspension file is unreadable; staying suspended until resumed');
  return { since: 'unknown' };
}

/** Records a suspension durably (fsynced, replaced atomically). */
export async function writeSuspension(stateDir: string, suspension: Suspension): Promise<void> {
  const file = suspensionPath(stateDir);
  await io(file, 'write', () => writeFileAtomic(file, `${JSON.stringify(suspension)}\n`));
}

/** Removes the recorded suspension; none is fine. */
export async function clearSuspension(stateDir: string): Promise<void> {
  const file = suspensionPath(stateDir);
  await io(file, 'remove', () => rm(file, { force: true }));
}

import { link, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { Logger } from '../../logging/create-logger.js';

/** The content of `phoenix.lock`: who writes the state directory. */
export interface LockOwner {
  readonly pid: number;
  readonly hostname: string;
  readonly startedAt: string;
}

function isLockOwner(value: unknown): value is LockOwner {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v['pid'] === 'number' &&
    Number.isSafeInteger(v['pid']) &&
    v['pid'] > 0 &&
    typeof v['hostname'] === 'string' &&
    typeof v['startedAt'] === 'string'
  );
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

/** True while a process with this pid exists on this host (EPERM: it exists, owned by someone else). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

async function readOwner(path: string): Promise<LockOwner | null | 'missing'> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 'missing';
    throw error;
  }
  try {
    const value: unknown = JSON.parse(text);
    return isLockOwner(value) ? value : null;
  } catch {
    return null;
  }
}

function sameOwner(a: LockOwner | null, b: LockOwner | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Takes the lock file for this process. The file appears with its whole content at once (written beside it,
 * then hard-linked into place), so a reader never sees half a lock. A lock held by a live process, or by any
 * process of another host, is refused with LEDGER_LOCKED; one left by a dead process of this host is taken over.
 */
export async function acquireLock(path: string, startedAt: string, logger: Logger): Promise<LockOwner> {
  const owner: LockOwner = { pid: process.pid, hostname: hostname(), startedAt };
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(owner)}\n`, { flush: true, mode: 0o644 });
  try {
    for (let round = 0; round < 3; round++) {
      try {
        await link(temp, path);
        return owner;
      } catch (error) {
        if (errorCode(error) !== 'EEXIST') throw error;
      }
      const holder = await readOwner(path);
      if (holder === 'missing') continue;
      if (holder !== null && (holder.hostname !== owner.hostname || isAlive(holder.pid))) {
        throw new PhoenixError('LEDGER_LOCKED', {
          lockFile: path,
          pid: holder.pid,
          hostname: holder.hostname,
          startedAt: holder.startedAt,
        });
      }
      // Set the stale lock aside under a name of our own, and check it is still the one judged stale.
      const aside = `${path}.${process.pid}.stale`;
      try {
        await rename(path, aside);
      } catch (error) {
        if (errorCode(error) === 'ENOENT') continue;
        throw error;
      }
      const taken = await readOwner(aside);
      if (!sameOwner(taken === 'missing' ? null : taken, holder)) {
        await link(aside, path).catch(() => undefined);
        await unlink(aside).catch(() => undefined);
        continue;
      }
      await unlink(aside);
      logger.warn(
        { lockFile: path, stalePid: holder?.pid ?? null, staleHostname: holder?.hostname ?? null },
        'ledger lock of a process that no longer runs taken over',
      );
    }
    throw new PhoenixError('LEDGER_LOCKED', { lockFile: path, pid: null, hostname: null, startedAt: null });
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/** Removes the lock file when it is still this owner's. */
export async function releaseLock(path: string, owner: LockOwner): Promise<void> {
  const holder = await readOwner(path);
  if (holder !== 'missing' && sameOwner(holder, owner)) await unlink(path);
}

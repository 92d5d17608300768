import { randomBytes } from 'node:crypto';
import { link, lstat, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { connect, createServer, type Server } from 'node:net';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { Logger } from '../../ports/logger.js';

/**
 * The content of `phoenix.lock`: who writes the state directory. A pid alone cannot say whether its process
 * still runs (in a container the writer is PID 1 of its own PID namespace, and so is the next one), so the
 * holder also listens on a Unix socket beside the lock: the kernel closes it with the process, whatever its
 * pid or namespace, and a refused connection proves the holder is gone.
 */
export interface LockOwner {
  readonly pid: number;
  readonly hostname: string;
  readonly startedAt: string;
  /** The kernel's boot id: the same id means the same running kernel, so the socket can be asked. */
  readonly bootId?: string | null;
  /** File name, in the state directory, of the holder's liveness socket; null when it could not listen. */
  readonly socket?: string | null;
}

const BOOT_ID_FILE = '/proc/sys/kernel/random/boot_id';

/** The servers behind the sockets of the locks this process holds, by lock file. */
const listeners = new Map<string, { readonly server: Server; readonly path: string }>();

function isLockOwner(value: unknown): value is LockOwner {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const optionalText = (key: string): boolean =>
    v[key] === undefined || v[key] === null || typeof v[key] === 'string';
  return (
    typeof v['pid'] === 'number' &&
    Number.isSafeInteger(v['pid']) &&
    v['pid'] > 0 &&
    typeof v['hostname'] === 'string' &&
    typeof v['startedAt'] === 'string' &&
    optionalText('bootId') &&
    optionalText('socket')
  );
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

/** True while a process with this pid exists in this PID namespace (EPERM: it exists, owned by someone else). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

async function readBootId(): Promise<string | null> {
  try {
    const id = (await readFile(BOOT_ID_FILE, 'utf8')).trim();
    return id === '' ? null : id;
  } catch {
    return null;
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

/** Whether something accepts connections on the Unix socket; a refused or missing socket means nobody does. */
function isListening(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ path });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', (error) => {
      socket.destroy();
      // Refused or gone: the listener died. Anything else (a permission problem) is judged alive, to be safe.
      resolve(!['ECONNREFUSED', 'ENOENT', 'ENOTSOCK'].includes(errorCode(error) ?? ''));
    });
  });
}

/** The longest Unix socket path the kernel takes (sun_path is 108 bytes with its terminating NUL). */
const MAX_SOCKET_PATH_BYTES = 107;

/**
 * Listens on a fresh socket beside the lock; null when the path is too long for a socket address or sockets are
 * not supported there. A longer path would be cut short silently, and a holder listening elsewhere than the
 * recorded path would look dead to everyone.
 */
async function listenForLiveness(
  lockPath: string,
  token: string,
): Promise<{ server: Server; path: string } | null> {
  const path = `${lockPath}.${token}.sock`;
  if (Buffer.byteLength(path) > MAX_SOCKET_PATH_BYTES) return null;
  const server = createServer((socket) => socket.destroy());
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(path, () => resolve());
    });
    if (!(await lstat(path)).isSocket()) throw new Error('the socket is not where it was asked to be');
  } catch {
    server.close();
    return null;
  }
  // The socket answers while the process runs, without keeping it running.
  server.unref();
  return { server, path };
}

async function stopListening(lockPath: string): Promise<void> {
  const held = listeners.get(lockPath);
  if (held === undefined) return;
  listeners.delete(lockPath);
  await new Promise<void>((resolve) => held.server.close(() => resolve()));
  await unlink(held.path).catch(() => undefined);
}

type Verdict = 'alive' | 'dead' | 'other-host';

/** Whether the holder of a lock still runs, as far as this process can tell. */
async function judge(holder: LockOwner, self: LockOwner, lockPath: string): Promise<Verdict> {
  const holderBoot = holder.bootId ?? null;
  if (holderBoot !== null && self.bootId !== null && self.bootId !== undefined) {
    if (holderBoot !== self.bootId) {
      // Another kernel: this host since a reboot (its processes are gone), or another machine sharing the storage.
      return holder.hostname === self.hostname ? 'dead' : 'other-host';
    }
    if (holder.socket !== null && holder.socket !== undefined) {
      return (await isListening(join(dirname(lockPath), basename(holder.socket)))) ? 'alive' : 'dead';
    }
  }
  if (holder.hostname !== self.hostname) return 'other-host';
  return isAlive(holder.pid) ? 'alive' : 'dead';
}

/** Leftovers of writers that died while taking or holding the lock: temporary copies, set-aside locks, sockets. */
async function removeLeftovers(lockPath: string, keep: readonly string[], logger: Logger): Promise<void> {
  const directory = dirname(lockPath);
  const prefix = `${basename(lockPath)}.`;
  let names: string[];
  try {
    names = await readdir(directory);
  } catch {
    return;
  }
  const stale = names.filter(
    (name) => name.startsWith(prefix) && /\.(tmp|stale|sock)$/.test(name) && !keep.includes(name),
  );
  for (const name of stale) await unlink(join(directory, name)).catch(() => undefined);
  if (stale.length > 0) logger.debug({ files: stale }, 'leftovers of an earlier ledger lock removed');
}

/**
 * Takes the lock file for this process. The file appears with its whole content at once (written beside it,
 * then hard-linked into place), so a reader never sees half a lock. A lock whose holder still runs, or that a
 * process of another host holds, is refused with LEDGER_LOCKED; one left by a process that died is taken over,
 * whatever its pid was.
 */
export async function acquireLock(path: string, startedAt: string, logger: Logger): Promise<LockOwner> {
  const token = randomBytes(6).toString('hex');
  const listener = await listenForLiveness(path, token);
  const owner: LockOwner = {
    pid: process.pid,
    hostname: hostname(),
    startedAt,
    bootId: await readBootId(),
    socket: listener === null ? null : basename(listener.path),
  };
  const temp = `${path}.${token}.tmp`;
  const writeTemp = (): Promise<void> =>
    writeFile(temp, `${JSON.stringify(owner)}\n`, { flush: true, mode: 0o644 });
  let held = false;
  try {
    await writeTemp();
    for (let round = 0; round < 3; round++) {
      try {
        await link(temp, path);
        held = true;
        if (listener !== null) listeners.set(path, listener);
        await removeLeftovers(path, [basename(path)].concat(owner.socket ?? []), logger);
        return owner;
      } catch (error) {
        // Another writer cleaning up after a dead one may have removed this copy: write it again.
        if (errorCode(error) === 'ENOENT') {
          await writeTemp();
          continue;
        }
        if (errorCode(error) !== 'EEXIST') throw error;
      }
      const holder = await readOwner(path);
      if (holder === 'missing') continue;
      const verdict = holder === null ? 'dead' : await judge(holder, owner, path);
      if (holder !== null && verdict !== 'dead') {
        throw new PhoenixError('LEDGER_LOCKED', {
          lockFile: path,
          pid: holder.pid,
          hostname: holder.hostname,
          startedAt: holder.startedAt,
        });
      }
      // Set the stale lock aside under a name of our own, and check it is still the one judged stale.
      const aside = `${path}.${token}.stale`;
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
    if (!held && listener !== null) {
      await new Promise<void>((resolve) => listener.server.close(() => resolve()));
      await unlink(listener.path).catch(() => undefined);
    }
  }
}

/** Removes the lock file when it is still this owner's, and stops answering on its socket. */
export async function releaseLock(path: string, owner: LockOwner): Promise<void> {
  try {
    const holder = await readOwner(path);
    if (holder !== 'missing' && sameOwner(holder, owner)) await unlink(path);
  } finally {
    await stopListening(path);
  }
}

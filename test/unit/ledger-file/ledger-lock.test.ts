import { spawn, spawnSync } from 'node:child_process';
import { access, readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../../src/adapters/ledger-file/index.js';
import { ManualClock } from '../../support/manual-clock.js';
import { REV_A, memoryLogger, openLedger, runStarted, stateDir } from './ledger-fixtures.js';

/** The pid of a process that has exited: a child that ran and was reaped. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  return child.pid;
}

const lockOf = (dir: string): string => join(dir, LOCK_FILE);

async function bootId(): Promise<string> {
  return (await readFile('/proc/sys/kernel/random/boot_id', 'utf8')).trim();
}

describe('the ledger lock', () => {
  it('records pid, host and start time, refuses a second writer, and is released on close', async () => {
    const dir = await stateDir();
    const first = await openLedger(dir);
    const lock = JSON.parse(await readFile(lockOf(dir), 'utf8')) as { socket: string };
    expect(lock).toEqual({
      pid: process.pid,
      hostname: hostname(),
      startedAt: new Date(new ManualClock().now()).toISOString(),
      bootId: await bootId(),
      socket: expect.stringMatching(/^phoenix\.lock\.[0-9a-f]{12}\.sock$/),
    });
    expect(await readdir(dir)).toContain(lock.socket);
    await expect(openLedger(dir)).rejects.toMatchObject({
      code: 'LEDGER_LOCKED',
      details: { pid: process.pid, hostname: hostname(), lockFile: lockOf(dir) },
    });
    // Readers do not need the lock.
    const reader = await openLedger(dir, { readOnly: true });
    await reader.close();
    await first.close();
    await expect(access(lockOf(dir))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(dir)).not.toContain(lock.socket);
    const second = await openLedger(dir);
    await second.close();
  });

  it('refuses a lock held by another live process', async () => {
    const dir = await stateDir();
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    try {
      const pid = child.pid!;
      await writeFile(
        lockOf(dir),
        JSON.stringify({ pid, hostname: hostname(), startedAt: '2024-01-01T00:00:00.000Z' }),
      );
      await expect(openLedger(dir)).rejects.toMatchObject({ code: 'LEDGER_LOCKED', details: { pid } });
    } finally {
      child.kill();
    }
  });

  it('refuses a lock of another host, whose process it cannot check', async () => {
    const dir = await stateDir();
    const lock = { pid: deadPid(), hostname: `not-${hostname()}`, startedAt: '2024-01-01T00:00:00.000Z' };
    await writeFile(lockOf(dir), JSON.stringify(lock));
    await expect(openLedger(dir)).rejects.toMatchObject({
      code: 'LEDGER_LOCKED',
      details: { hostname: lock.hostname },
    });
  });

  it('takes over, with a warning, a lock left by a process that no longer runs', async () => {
    const dir = await stateDir();
    const pid = deadPid();
    await writeFile(
      lockOf(dir),
      JSON.stringify({ pid, hostname: hostname(), startedAt: '2023-12-31T00:00:00.000Z' }),
    );
    const { logger, lines } = memoryLogger();
    const ledger = await openLedger(dir, { logger });
    expect(JSON.parse(await readFile(lockOf(dir), 'utf8')).pid).toBe(process.pid);
    expect(lines()).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        msg: 'ledger lock of a process that no longer runs taken over',
        stalePid: pid,
      }),
    );
    await ledger.append(runStarted('run-1', REV_A, 0));
    await ledger.close();
  });

  it('takes over the lock of a dead PID 1 of another PID namespace, and clears what it left', async () => {
    const dir = await stateDir();
    // PID 1 always exists, so a pid says nothing: the holder's socket, refused since it died, does.
    const dead = join(dir, `${LOCK_FILE}.0123456789ab.sock`);
    // A holder that listened on its socket and was killed: the socket file stays, nobody answers on it.
    const holder = spawn(
      process.execPath,
      ['-e', `require('net').createServer().listen(${JSON.stringify(dead)}, () => console.log('ready'))`],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    );
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
    holder.kill('SIGKILL');
    await new Promise<void>((resolve) => holder.once('exit', () => resolve()));
    await access(dead);
    await writeFile(join(dir, `${LOCK_FILE}.1.tmp`), '');
    await writeFile(
      lockOf(dir),
      JSON.stringify({
        pid: 1,
        hostname: hostname(),
        startedAt: '2024-01-01T00:00:00.000Z',
        bootId: await bootId(),
        socket: `${LOCK_FILE}.0123456789ab.sock`,
      }),
    );
    const ledger = await openLedger(dir);
    const lock = JSON.parse(await readFile(lockOf(dir), 'utf8')) as { pid: number; socket: string };
    expect(lock.pid).toBe(process.pid);
    expect((await readdir(dir)).filter((name) => name.startsWith(`${LOCK_FILE}`)).sort()).toEqual(
      [LOCK_FILE, lock.socket].sort(),
    );
    await ledger.close();
  });

  it('refuses a lock whose holder still answers on its socket, whatever its pid', async () => {
    const dir = await stateDir();
    const socket = `${LOCK_FILE}.ba9876543210.sock`;
    const server = createServer((s) => s.destroy());
    await new Promise<void>((resolve) => server.listen(join(dir, socket), resolve));
    try {
      const lock = {
        pid: deadPid(),
        hostname: hostname(),
        startedAt: '2024-01-01T00:00:00.000Z',
        bootId: await bootId(),
        socket,
      };
      await writeFile(lockOf(dir), JSON.stringify(lock));
      await expect(openLedger(dir)).rejects.toMatchObject({
        code: 'LEDGER_LOCKED',
        details: { pid: lock.pid },
      });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('falls back to pid and host name where the path is too long for a socket address', async () => {
    const dir = join(await stateDir(), 'x'.repeat(120));
    const ledger = await openLedger(dir);
    const lock = JSON.parse(await readFile(lockOf(dir), 'utf8')) as { socket: string | null };
    expect(lock.socket).toBeNull();
    // A second writer is still refused: the holder's pid runs on this host.
    await expect(openLedger(dir)).rejects.toMatchObject({ code: 'LEDGER_LOCKED' });
    await ledger.close();
  });

  it('takes over a lock of this host from before a reboot', async () => {
    const dir = await stateDir();
    const lock = {
      pid: 1,
      hostname: hostname(),
      startedAt: '2024-01-01T00:00:00.000Z',
      bootId: 'an-earlier-boot',
      socket: null,
    };
    await writeFile(lockOf(dir), JSON.stringify(lock));
    const ledger = await openLedger(dir);
    expect(JSON.parse(await readFile(lockOf(dir), 'utf8')).pid).toBe(process.pid);
    await ledger.close();
  });

  it('takes over an unreadable lock file', async () => {
    const dir = await stateDir();
    await writeFile(lockOf(dir), '{"pid":');
    const ledger = await openLedger(dir);
    expect(JSON.parse(await readFile(lockOf(dir), 'utf8')).pid).toBe(process.pid);
    await ledger.close();
  });
});

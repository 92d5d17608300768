import { spawn, spawnSync } from 'node:child_process';
import { access, readFile, writeFile } from 'node:fs/promises';
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

describe('the ledger lock', () => {
  it('records pid, host and start time, refuses a second writer, and is released on close', async () => {
    const dir = await stateDir();
    const first = await openLedger(dir);
    expect(JSON.parse(await readFile(lockOf(dir), 'utf8'))).toEqual({
      pid: process.pid,
      hostname: hostname(),
      startedAt: new Date(new ManualClock().now()).toISOString(),
    });
    await expect(openLedger(dir)).rejects.toMatchObject({
      code: 'LEDGER_LOCKED',
      details: { pid: process.pid, hostname: hostname(), lockFile: lockOf(dir) },
    });
    // Readers do not need the lock.
    const reader = await openLedger(dir, { readOnly: true });
    await reader.close();
    await first.close();
    await expect(access(lockOf(dir))).rejects.toMatchObject({ code: 'ENOENT' });
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

  it('takes over an unreadable lock file', async () => {
    const dir = await stateDir();
    await writeFile(lockOf(dir), '{"pid":');
    const ledger = await openLedger(dir);
    expect(JSON.parse(await readFile(lockOf(dir), 'utf8')).pid).toBe(process.pid);
    await ledger.close();
  });
});

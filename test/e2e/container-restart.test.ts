import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../src/adapters/ledger-file/index.js';
import { convergenceProblems, EXAMPLE_NODES } from '../support/e2e/appliance-invariants.js';
import { CLI, collect, ROOT, type CliEnv } from '../support/e2e/built-cli.js';
import type { E2eSimulator } from '../support/e2e/e2e-simulator.js';
import { startE2eSite, stopE2eSite } from '../support/e2e/e2e-site.js';
import type { TempSite } from '../support/e2e/temp-repo.js';

/**
 * The shipped container runs Phoenix as PID 1 of its own PID namespace, and so does the container that replaces
 * it after a kill: a pid in the lock cannot tell them apart. `unshare --pid --fork` gives the CLI the same
 * situation; `--kill-child` passes our SIGKILL on to it.
 */
function spawnAsPidOne(args: readonly string[], env: CliEnv): ChildProcess {
  return spawn('unshare', ['--pid', '--fork', '--kill-child', process.execPath, CLI, ...args], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', PHOENIX_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('a writer killed as PID 1 of its own PID namespace', () => {
  let sim: E2eSimulator;
  let site: TempSite;
  let env: CliEnv;

  beforeAll(async () => {
    ({ sim, site, env } = await startE2eSite());
  }, 120_000);

  afterAll(async () => {
    await stopE2eSite(sim, site);
  });

  it('leaves a lock that the next PID 1 takes over, and that run converges', async () => {
    const args = ['apply', '--repo', site.repo, '--auto-approve', '--json'];
    const first = spawnAsPidOne(args, env);
    const exited = collect(first);
    let done = false;
    void exited.then(() => (done = true));
    // Killed once it has started changing the appliance, with the lock held.
    for (let round = 0; round < 100_000 && !done; round++) {
      if ((await sim.mutations()).some((r) => r.path.startsWith('/rest/server-profiles'))) break;
    }
    expect(done, 'the apply ended before it could be killed').toBe(false);
    const lock = JSON.parse(await readFile(join(site.stateDir, LOCK_FILE), 'utf8')) as { pid: number };
    expect(lock.pid).toBe(1);
    first.kill('SIGKILL');
    const killed = await exited;
    expect(killed.code).not.toBe(0);

    const restart = await collect(spawnAsPidOne(args, env));
    expect(restart.code, restart.stderr).toBe(0);
    expect(restart.stderr).toContain('ledger lock of a process that no longer runs taken over');
    expect(restart.stderr).not.toContain('LEDGER_LOCKED');
    expect(convergenceProblems(await sim.state(), await sim.consulNodes(), EXAMPLE_NODES)).toEqual([]);
    // Nothing of either writer is left: no lock, no temporary copy, no socket.
    expect((await readdir(site.stateDir)).filter((name) => name.startsWith(LOCK_FILE))).toEqual([]);
  }, 180_000);
});

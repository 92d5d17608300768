import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git } from '../support/git-cli.js';
import { CLI, collect, ensureBuilt, type CliResult } from '../support/e2e/built-cli.js';
import { E2eSimulator } from '../support/e2e/e2e-simulator.js';
import { tempSite, type TempSite } from '../support/e2e/temp-repo.js';

describe('the default state directory', () => {
  let sim: E2eSimulator;
  let site: TempSite;
  let env: Record<string, string>;
  let xdgState: string;

  /** `phoenix <args>` run from the repository's root, as a user would, with no state directory given. */
  const phoenix = (args: readonly string[]): Promise<CliResult> =>
    collect(
      spawn(process.execPath, [CLI, ...args], {
        cwd: site.repo,
        env: { PATH: process.env['PATH'] ?? '', PHOENIX_LOG_LEVEL: 'warn', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );

  beforeAll(async () => {
    await ensureBuilt();
    sim = await E2eSimulator.start();
    site = await tempSite();
    xdgState = join(site.stateDir, 'xdg-state');
    const { PHOENIX_STATE_DIR: _given, ...simEnv } = sim.env(site.stateDir);
    env = { ...simEnv, HOME: site.stateDir, XDG_STATE_HOME: xdgState };
    await git(['init', '--quiet', '--initial-branch=main'], { cwd: site.repo });
    await git(['add', '.'], { cwd: site.repo });
    await git(['commit', '--quiet', '-m', 'Declarations'], { cwd: site.repo });
  }, 120_000);

  afterAll(async () => {
    await sim?.close();
    await site?.dispose();
  });

  it('is the XDG state directory, not an untracked .phoenix/ in the repository', async () => {
    const recovered = await phoenix(['ledger', 'recover']);
    expect(recovered.stderr).toBe('');
    expect(recovered.code).toBe(0);
    expect(existsSync(join(site.repo, '.phoenix'))).toBe(false);
    expect(await git(['status', '--porcelain', '--untracked-files=all'], { cwd: site.repo })).toBe('');
    expect(existsSync(join(xdgState, 'phoenix', 'ledger', 'journal.jsonl'))).toBe(true);
  });

  it('is named by status, and by --help', async () => {
    const status = await phoenix(['status']);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain(`State directory: ${join(xdgState, 'phoenix')}`);
    const help = await phoenix(['--help']);
    expect(help.stdout.replace(/\s+/g, ' ')).toContain(
      'default $XDG_STATE_HOME/phoenix, else ~/.local/state/phoenix',
    );
  });
});

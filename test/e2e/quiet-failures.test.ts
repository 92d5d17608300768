import { spawn } from 'node:child_process';
import { chmod, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, collect, ROOT, runCli, type CliEnv, type CliResult } from '../support/e2e/built-cli.js';
import type { E2eSimulator } from '../support/e2e/e2e-simulator.js';
import { startE2eSite, stopE2eSite } from '../support/e2e/e2e-site.js';
import type { TempSite } from '../support/e2e/temp-repo.js';

/** The budget an appliance answering 503 is waited out, as documented (15 minutes of the run's clock). */
const UNAVAILABLE_BUDGET_MS = 15 * 60_000;

interface LogLine {
  readonly level: number;
  readonly msg: string;
  readonly [field: string]: unknown;
}

function logLines(stderr: string): LogLine[] {
  return stderr
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine);
}

/** Runs the CLI in a mount namespace of its own, with `dir` a tiny tmpfs: a full disk, for this process only. */
function runOnFullDisk(args: readonly string[], dir: string, env: CliEnv): Promise<CliResult> {
  const script = 'mount -t tmpfs -o size=12k phoenix-full "$1" && shift && exec "$@"';
  const child = spawn('unshare', ['--mount', 'sh', '-c', script, 'sh', dir, process.execPath, CLI, ...args], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', PHOENIX_LOG_LEVEL: 'fatal', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return collect(child);
}

/** Runs the CLI as an unprivileged user when the tests run as root (root reads everything). */
function runUnprivileged(args: readonly string[], env: CliEnv): Promise<CliResult> {
  const asRoot = process.getuid?.() === 0;
  const command = asRoot ? 'runuser' : process.execPath;
  const prefix = asRoot ? ['-u', 'nobody', '--', process.execPath] : [];
  const child = spawn(command, [...prefix, CLI, ...args], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', PHOENIX_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return collect(child);
}

describe('failures that must not be quiet', () => {
  let sim: E2eSimulator;
  let site: TempSite;
  let env: CliEnv;

  beforeAll(async () => {
    ({ sim, site, env } = await startE2eSite());
  }, 120_000);

  afterAll(async () => {
    await stopE2eSite(sim, site);
  });

  it('logs every wait on an appliance answering 503, then gives up with ONEVIEW_UNAVAILABLE', async () => {
    await sim.fault('http-errors', { status: 503, count: 1_000_000, listener: 'oneview' });
    try {
      const since = await sim.lastSeq();
      const result = await runCli(['plan', '--repo', site.repo, '--log-format', 'json'], env);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('Error ONEVIEW_UNAVAILABLE');
      const lines = logLines(result.stderr);
      const waits = lines.filter((l) => l.msg === 'oneview appliance unavailable; waiting');
      expect(waits.length).toBeGreaterThan(3);
      waits.forEach((wait, i) => {
        expect(wait).toMatchObject({
          attempt: i + 1,
          path: '/rest/version',
          budgetMs: UNAVAILABLE_BUDGET_MS,
          nextTryInMs: expect.any(Number),
          nextTryAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
          unavailableForMs: expect.any(Number),
        });
      });
      expect(lines.at(-1)).toMatchObject({
        msg: 'oneview appliance unavailable for the whole budget; giving up',
        budgetMs: UNAVAILABLE_BUDGET_MS,
        attempts: waits.length + 1,
      });
      expect(await sim.mutations(since)).toEqual([]);
    } finally {
      await sim.clearFaults();
    }
  }, 120_000);

  it('shows a full disk as the cause on stdout, not INTERNAL_UNEXPECTED per node', async () => {
    const stateDir = site.freshState();
    await mkdir(stateDir, { recursive: true });
    const result = await runOnFullDisk(['apply', '--repo', site.repo, '--auto-approve'], stateDir, {
      ...env,
      PHOENIX_STATE_DIR: stateDir,
    });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).not.toContain('INTERNAL_UNEXPECTED');
    // The first journal write that does not fit stops the run (with declared templates, a template's record).
    expect(result.stdout).toContain(`(append ${join(stateDir, 'ledger', 'journal.jsonl')} ENOSPC)`);
    expect(result.stdout).toContain('Apply stopped: The ledger could not be read or written.');
    expect(result.stderr).toContain('reason: ENOSPC');
    // The appliance is left for the next run to finish: reset it for the other tests.
    await sim.reset();
  }, 120_000);

  it('refuses to read a state directory it cannot list as an empty ledger', async () => {
    const stateDir = site.freshState();
    await mkdir(join(stateDir, 'ledger'), { recursive: true });
    await chmod(dirname(stateDir), 0o755);
    await chmod(stateDir, 0o755);
    await chmod(join(stateDir, 'ledger'), 0o311);
    for (const command of ['status', 'history']) {
      const result = await runUnprivileged([command, '--state-dir', stateDir], {});
      expect(result.code).toBe(1);
      expect(result.stdout).not.toContain('The ledger is empty');
      expect(result.stderr).toContain('Error LEDGER_IO_FAILED: The ledger could not be read or written.');
      expect(result.stderr).toContain('reason: EACCES');
    }
  });

  it('refuses a CA file or a credential file given by a path relative to the repository', async () => {
    await site.setYaml('site.yaml', ['spec', 'oneview', 'tls'], { caFile: 'certs/oneview-ca.pem' });
    await site.setYaml('site.yaml', ['spec', 'oneview', 'credentials', 'password'], { file: 'secrets/pw' });
    try {
      const result = await runCli(['validate', '--repo', site.repo], env);
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(
        /site\.yaml:\d+:\d+: error DECL_SCHEMA: spec\.oneview\.tls\.caFile is not valid: expected absolute path/,
      );
      expect(result.stdout).toMatch(
        /site\.yaml:\d+:\d+: error DECL_SCHEMA: spec\.oneview\.credentials\.password\.file is not valid: expected absolute path/,
      );
    } finally {
      await site.setYaml('site.yaml', ['spec', 'oneview', 'tls'], {});
      await site.setYaml('site.yaml', ['spec', 'oneview', 'credentials', 'password'], { env: 'OV_PASSWORD' });
    }
  });
});

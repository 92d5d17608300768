import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, ensureBuilt, runCli, spawnCli, type CliResult } from '../support/e2e/built-cli.js';
import { E2eSimulator } from '../support/e2e/e2e-simulator.js';
import { freePort } from '../support/e2e/free-port.js';
import { createGitFixture, type GitFixture } from '../integration/git/git-fixture.js';
import { publishExampleSite } from '../integration/daemon/daemon-site.js';

const TOKEN = 'api-token-control-0123456789';

describe('phoenix suspend, resume and reconcile against a running daemon', () => {
  let git: GitFixture;
  let sim: E2eSimulator;
  let stateDir = '';
  let daemon: ChildProcess;
  let exited: Promise<CliResult>;
  let url = '';

  beforeAll(async () => {
    await ensureBuilt();
    git = await createGitFixture();
    sim = await E2eSimulator.start();
    await publishExampleSite(git);
    stateDir = await mkdtemp(path.join(tmpdir(), 'phoenix-control-'));
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    daemon = spawnCli(['sync', '--repo', git.url, '--listen', `127.0.0.1:${port}`], {
      ...sim.env(stateDir),
      PHOENIX_API_TOKEN: TOKEN,
    });
    exited = collect(daemon);
    for (let attempt = 0; attempt < 120; attempt++) {
      const ok = await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }, 180_000);

  afterAll(async () => {
    daemon?.kill('SIGTERM');
    await exited;
    await sim?.close();
    await git?.dispose();
    await rm(stateDir, { recursive: true, force: true });
  });

  const suspended = async (): Promise<boolean> =>
    ((await (await fetch(`${url}/api/v1/status`)).json()) as { suspended: boolean }).suspended;

  it('refuses a write without the token, and says why without printing any token', async () => {
    const result = await runCli(['suspend', '--daemon', url], {});
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('DAEMON_REQUEST_REFUSED');
    expect(result.stderr).toContain('401');
    expect(await suspended()).toBe(false);
  });

  it('suspends, resumes and asks for a pass with the token from the environment', async () => {
    const env = { PHOENIX_API_TOKEN: TOKEN, PHOENIX_DAEMON_URL: url };
    const suspend = await runCli(['suspend'], env);
    expect(suspend.code, suspend.stderr).toBe(0);
    expect(suspend.stdout).toContain('Suspended');
    expect(await suspended()).toBe(true);

    const resume = await runCli(['--json', 'resume'], env);
    expect(resume.code, resume.stderr).toBe(0);
    expect(JSON.parse(resume.stdout)).toEqual({ suspended: false });
    expect(await suspended()).toBe(false);

    const reconcile = await runCli(['reconcile'], env);
    expect(reconcile.code, reconcile.stderr).toBe(0);
    for (const output of [suspend, resume, reconcile])
      expect(output.stdout + output.stderr).not.toContain(TOKEN);
  });

  it('says the daemon is unreachable when nothing listens there', async () => {
    const result = await runCli(['reconcile', '--daemon', `http://127.0.0.1:${await freePort()}`], {
      PHOENIX_API_TOKEN: TOKEN,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('DAEMON_UNREACHABLE');
    expect(result.stderr).not.toContain(TOKEN);
  });
});

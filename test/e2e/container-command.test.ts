import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, ensureBuilt, ROOT } from '../support/e2e/built-cli.js';
import { E2eSimulator } from '../support/e2e/e2e-simulator.js';
import { freePort } from '../support/e2e/free-port.js';
import { createGitFixture, type GitFixture } from '../integration/git/git-fixture.js';
import { publishExampleSite } from '../integration/daemon/daemon-site.js';

/** The runtime stage of the Dockerfile: its ENV, and the argv of its ENTRYPOINT + CMD and of its HEALTHCHECK. */
interface ContainerSpec {
  readonly env: Record<string, string>;
  readonly command: string[];
  readonly healthcheck: string[];
}

async function readContainerSpec(): Promise<ContainerSpec> {
  const text = (await readFile(path.join(ROOT, 'Dockerfile'), 'utf8')).replace(/\\\n/g, ' ');
  const stages = text.split(/^FROM /m);
  const runtime = stages[stages.length - 1]!;
  const env: Record<string, string> = {};
  for (const line of runtime.split('\n').filter((l) => l.startsWith('ENV '))) {
    for (const m of line.slice(4).matchAll(/(\w+)=(\S+)/g)) env[m[1]!] = m[2]!;
  }
  const json = (directive: RegExp): string[] => {
    const m = directive.exec(runtime);
    if (m === null) throw new Error(`no ${String(directive)} in the Dockerfile`);
    return JSON.parse(m[1]!) as string[];
  };
  const entrypoint = json(/^ENTRYPOINT (\[.*\])$/m);
  return {
    env,
    command: [...entrypoint, ...json(/^CMD (\[.*\])$/m)],
    healthcheck: json(/^HEALTHCHECK .*CMD (\[.*\])$/m),
  };
}

/** Runs an argv of the image (its first word is `node`) from the project root, with exactly `env`. */
function runImageArgv(argv: readonly string[], env: Record<string, string>) {
  const [program, ...args] = argv;
  expect(program).toBe('node');
  return spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
}

describe("the container's command line, run outside a container with the image's environment", () => {
  let spec: ContainerSpec;
  let git: GitFixture;
  let sim: E2eSimulator;
  let stateDir = '';

  beforeAll(async () => {
    await ensureBuilt();
    spec = await readContainerSpec();
    git = await createGitFixture();
    sim = await E2eSimulator.start();
    await publishExampleSite(git);
    stateDir = await mkdtemp(path.join(tmpdir(), 'phoenix-container-'));
  }, 180_000);

  afterAll(async () => {
    await sim?.close();
    await git?.dispose();
    await rm(stateDir, { recursive: true, force: true });
  });

  it('refuses to start without a repository, naming PHOENIX_REPO', async () => {
    const env = { ...spec.env, PATH: process.env['PATH'] ?? '', PHOENIX_STATE_DIR: stateDir };
    const result = await collect(runImageArgv(spec.command, env));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('CLI_INVALID_OPTION');
    expect(result.stderr).toContain('PHOENIX_REPO');
  }, 60_000);

  it('starts from environment variables alone, and its health check follows the listen address', async () => {
    const port = await freePort();
    const env: Record<string, string> = {
      ...spec.env,
      ...sim.env(stateDir),
      PATH: process.env['PATH'] ?? '',
      PHOENIX_REPO: git.url,
      PHOENIX_BRANCH: 'main',
      PHOENIX_LISTEN: `127.0.0.1:${port}`,
      PHOENIX_STATE_DIR: stateDir,
      PHOENIX_LOG_LEVEL: 'warn',
    };
    const daemon = runImageArgv(spec.command, env);
    const exited = collect(daemon);
    try {
      let healthy = -1;
      for (let attempt = 0; attempt < 120 && healthy !== 0; attempt++) {
        healthy = (await collect(runImageArgv(spec.healthcheck, env))).code;
        if (healthy !== 0) await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(healthy).toBe(0);
      const other = await collect(
        runImageArgv(spec.healthcheck, { ...env, PHOENIX_LISTEN: `127.0.0.1:${await freePort()}` }),
      );
      expect(other.code).toBe(1);
    } finally {
      daemon.kill('SIGTERM');
      const result = await exited;
      expect(result.code, result.stderr).toBe(0);
    }
  }, 120_000);
});

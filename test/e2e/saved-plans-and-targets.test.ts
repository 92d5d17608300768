import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, collect, runCli, type CliEnv, type CliResult } from '../support/e2e/built-cli.js';
import type { E2eSimulator } from '../support/e2e/e2e-simulator.js';
import { startE2eSite, stopE2eSite } from '../support/e2e/e2e-site.js';
import type { ApplyJson } from '../support/e2e/ledger-agreement.js';
import type { TempSite } from '../support/e2e/temp-repo.js';

interface PlanJson {
  readonly revision: string;
  readonly changes: readonly { readonly node: string; readonly action: string }[];
  readonly saved?: { readonly targets: readonly string[]; readonly desired: { readonly site: unknown } };
}

interface RunJson {
  readonly command: string;
  readonly outcome: string;
  readonly targets?: readonly string[];
}

const DOCKER_HOSTS = ['docker-01', 'docker-02', 'docker-03'];

/** `phoenix <args>` run from `cwd`, with only `env` (plus PATH). */
function runCliIn(cwd: string, args: readonly string[], env: CliEnv): Promise<CliResult> {
  return collect(
    spawn(process.execPath, [CLI, ...args], {
      cwd,
      env: { PATH: process.env['PATH'] ?? '', PHOENIX_LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
}

describe('saved plans and targeted runs', () => {
  let sim: E2eSimulator;
  let site: TempSite;
  let env: CliEnv;
  let elsewhere: string;

  beforeAll(async () => {
    ({ sim, site, env } = await startE2eSite());
    // A folder with no repository and no declarations: where an operator applies a plan handed to them.
    elsewhere = await mkdtemp(join(tmpdir(), 'phoenix-elsewhere-'));
  }, 180_000);

  afterAll(async () => {
    await stopE2eSite(sim, site);
    if (elsewhere !== undefined) await rm(elsewhere, { recursive: true, force: true });
  });

  it('refuses an unknown target on plan and apply as a usage error naming it, touching nothing', async () => {
    const since = await sim.lastSeq();
    const plan = await runCli(['plan', '--repo', site.repo, '--target', 'pool/no-such-pool'], env);
    expect(plan.code).toBe(1);
    expect(plan.stderr).toContain('CLI_INVALID_OPTION');
    expect(plan.stderr).toContain('pool/no-such-pool');
    const apply = await runCli(
      ['apply', '--repo', site.repo, '--auto-approve', '--target', 'node/no-such-node'],
      env,
    );
    expect(apply.code).toBe(1);
    expect(apply.stderr).toContain('CLI_INVALID_OPTION');
    expect(apply.stderr).toContain('node/no-such-node');
    const odd = await runCli(['plan', '--repo', site.repo, '--target', 'rack/r1'], env);
    expect(odd.code).toBe(1);
    expect(odd.stderr).toContain('rack/r1');
    expect(await sim.mutations(since)).toEqual([]);
  }, 120_000);

  it('plans one pool with --target pool/NAME, and one node with --target node/NAME', async () => {
    const pool = await runCli(
      ['plan', '--repo', site.repo, '--format', 'json', '--target', 'pool/docker-hosts'],
      env,
    );
    expect(pool.code, pool.stderr).toBe(0);
    const poolPlan = JSON.parse(pool.stdout) as PlanJson;
    expect(poolPlan.changes.map((c) => c.node).sort()).toEqual(DOCKER_HOSTS);
    const node = await runCli(
      ['plan', '--repo', site.repo, '--format', 'json', '--target', 'node/k8s-master-01'],
      env,
    );
    expect(node.code, node.stderr).toBe(0);
    expect((JSON.parse(node.stdout) as PlanJson).changes.map((c) => c.node)).toEqual(['k8s-master-01']);
  }, 120_000);

  it('refuses a saved plan that does not match the plan schema, naming the file and the field', async () => {
    const planFile = join(elsewhere, 'whole.plan.json');
    const planned = await runCli(['plan', '--repo', site.repo, '--out', planFile], env);
    expect(planned.code, planned.stderr).toBe(0);
    const value = JSON.parse(await readFile(planFile, 'utf8')) as Record<string, unknown>;
    delete value['summary'];
    const bad = join(elsewhere, 'broken.plan.json');
    await writeFile(bad, JSON.stringify(value));
    const since = await sim.lastSeq();
    const result = await runCliIn(elsewhere, ['apply', '--plan', bad, '--auto-approve'], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('PLAN_INVALID');
    expect(result.stderr).toContain(bad);
    expect(result.stderr).toContain('/summary');
    expect(await sim.mutations(since)).toEqual([]);
  }, 120_000);

  it('applies a plan saved with --target from a folder without any repository, and records a targeted run', async () => {
    const planFile = join(elsewhere, 'docker.plan.json');
    const planned = await runCli(
      ['plan', '--repo', site.repo, '--target', 'pool/docker-hosts', '--out', planFile],
      env,
    );
    expect(planned.code, planned.stderr).toBe(0);
    const saved = JSON.parse(await readFile(planFile, 'utf8')) as PlanJson;
    expect(saved.saved?.targets).toEqual(['pool/docker-hosts']);
    // The connection settings travel as references: never the password itself.
    expect(JSON.stringify(saved)).not.toContain(sim.password);

    const result = await runCliIn(elsewhere, ['apply', '--plan', planFile, '--auto-approve', '--json'], env);
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as ApplyJson & { targets?: string[] };
    expect(json.targets).toEqual(['pool/docker-hosts']);
    expect(json.report.changes.map((c) => c.node).sort()).toEqual(DOCKER_HOSTS);
    expect(json.report.counts).toMatchObject({ created: 3 });
    const profiles = (await sim.state()).profiles.map((p) => p.name);
    for (const node of DOCKER_HOSTS) expect(profiles).toContain(node);
    expect(profiles).not.toContain('k8s-master-01');

    const history = await runCliIn(elsewhere, ['history', '--json'], env);
    const runs = JSON.parse(history.stdout) as RunJson[];
    expect(runs[0]).toMatchObject({ command: 'apply', outcome: 'applied', targets: ['pool/docker-hosts'] });
    expect((await runCliIn(elsewhere, ['history'], env)).stdout).toContain('targeted: pool/docker-hosts');
    const status = await runCliIn(elsewhere, ['status', '--json'], env);
    const ledger = JSON.parse(status.stdout) as {
      lastAppliedRevision: string | null;
      lastRun: { targets?: string[] };
    };
    expect(ledger.lastRun.targets).toEqual(['pool/docker-hosts']);
    // A part of the revision is applied, not the revision.
    expect(ledger.lastAppliedRevision).toBeNull();
    expect((await runCliIn(elsewhere, ['status'], env)).stdout).toContain('targeted: pool/docker-hosts');
  }, 240_000);

  it('applies --target node/NAME and a bare node name alike, recorded as node targets', async () => {
    const result = await runCli(
      [
        'apply',
        '--repo',
        site.repo,
        '--auto-approve',
        '--json',
        '--target',
        'node/k8s-master-01',
        'k8s-w-01',
      ],
      env,
    );
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as ApplyJson;
    expect(json.report.changes.map((c) => c.node).sort()).toEqual(['k8s-master-01', 'k8s-w-01']);
    const runs = JSON.parse((await runCli(['history', '--json'], env)).stdout) as RunJson[];
    expect(runs[0]?.targets).toEqual(['node/k8s-master-01', 'node/k8s-w-01']);
  }, 240_000);
});

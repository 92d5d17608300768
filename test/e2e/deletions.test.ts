import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliEnv } from '../support/e2e/built-cli.js';
import { convergenceProblems, EXAMPLE_NODES, fqdnOf } from '../support/e2e/appliance-invariants.js';
import type { E2eSimulator } from '../support/e2e/e2e-simulator.js';
import type { TempSite } from '../support/e2e/temp-repo.js';
import { startE2eSite, stopE2eSite } from '../support/e2e/e2e-site.js';

interface PlanJson {
  summary: Record<string, number | boolean>;
  changes: { node: string; action: string; blockedBy: { kind: string } | null; steps: { kind: string }[] }[];
}

const COMPUTE = ['os-compute-01', 'os-compute-02'];
const WORKERS = ['k8s-w-01', 'k8s-w-02', 'k8s-w-03', 'k8s-w-04'];

describe('a pool removed from the declarations', () => {
  let sim: E2eSimulator;
  let site: TempSite;
  let env: CliEnv;

  /** Plans, and checks that planning sent no mutating request, whatever the plan holds. */
  const plan = async (...flags: string[]): Promise<PlanJson> => {
    const since = await sim.lastSeq();
    const result = await runCli(['plan', '--repo', site.repo, '--format', 'json', ...flags], env);
    expect(result.code, result.stderr).toBe(0);
    expect(await sim.mutations(since)).toEqual([]);
    return JSON.parse(result.stdout) as PlanJson;
  };
  const changesOf = (p: PlanJson, nodes: readonly string[]): PlanJson['changes'] =>
    p.changes.filter((c) => nodes.includes(c.node));

  beforeAll(async () => {
    ({ sim, site, env } = await startE2eSite());
    const first = await runCli(['apply', '--repo', site.repo, '--auto-approve'], env);
    expect(first.code, first.stderr).toBe(0);
    await site.remove('pools/openstack-compute.yaml');
  }, 180_000);

  afterAll(async () => {
    await stopE2eSite(sim, site);
  });

  it('is blocked without --allow-deletions, and apply then touches nothing', async () => {
    const blocked = changesOf(await plan(), COMPUTE);
    expect(blocked).toHaveLength(2);
    for (const change of blocked) {
      expect(change).toMatchObject({
        action: 'blocked',
        blockedBy: { kind: 'deletions-not-allowed' },
        steps: [],
      });
    }
    // The plan says what blocks them, and its detailed exit code is 3: pending work, all of it blocked.
    const detailed = await runCli(['plan', '--repo', site.repo, '--detailed-exitcode'], env);
    expect(detailed.code, detailed.stderr).toBe(3);
    expect(detailed.stdout).toContain('Nothing can change: 2 blocked');
    expect(detailed.stdout).not.toContain('No changes');
    const since = await sim.lastSeq();
    const apply = await runCli(['apply', '--repo', site.repo, '--auto-approve', '--json'], env);
    expect(await sim.mutations(since)).toEqual([]);
    // Nothing but blocked work is pending: nothing runs, no run is recorded, and the exit code says blocked (3).
    expect(apply.code, apply.stderr).toBe(3);
    const { plan: summary, report } = JSON.parse(apply.stdout) as {
      plan: { blocked: number; hasChanges: boolean };
      report: unknown;
    };
    expect(summary).toMatchObject({ blocked: 2, hasChanges: false });
    expect(report).toBeNull();
    const names = (await sim.state()).profiles.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(COMPUTE));
  });

  it('deletes only those nodes with --allow-deletions', async () => {
    const planned = await plan('--allow-deletions');
    expect(planned.summary).toMatchObject({ delete: 2, noop: 11, create: 0, replace: 0, blocked: 0 });
    expect(changesOf(planned, COMPUTE).map((c) => [c.action, c.steps.map((s) => s.kind)])).toEqual([
      ['delete', ['recycle']],
      ['delete', ['recycle']],
    ]);

    const result = await runCli(
      ['apply', '--repo', site.repo, '--auto-approve', '--allow-deletions', '--json'],
      env,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).report.counts).toMatchObject({ deleted: 2, unchanged: 11 });
    const state = await sim.state();
    const kept = EXAMPLE_NODES.filter((n) => !COMPUTE.includes(n));
    expect(convergenceProblems(state, await sim.consulNodes(), kept)).toEqual([]);
    expect(state.profiles.map((p) => p.name)).not.toEqual(expect.arrayContaining([COMPUTE[0]]));
    expect(await sim.consulNodes()).not.toContain(fqdnOf(COMPUTE[0]!));
  });

  it('blocks a commit that deletes more than maxDeletionsPercent, even with --allow-deletions', async () => {
    // Lift the per-run cap so that the percentage is the guard that decides: 4 of 11 owned nodes is 36% > 30%.
    await site.setYaml('site.yaml', ['spec', 'guards', 'maxDeletionsPerRun'], 10);
    await site.remove('pools/k8s-workers.yaml');
    const planned = changesOf(await plan('--allow-deletions'), WORKERS);
    expect(planned).toHaveLength(4);
    for (const change of planned) {
      expect(change).toMatchObject({
        action: 'blocked',
        blockedBy: { kind: 'max-deletions-percent', limit: 30, requested: 4, owned: 11 },
        steps: [],
      });
    }
    const since = await sim.lastSeq();
    const apply = await runCli(['apply', '--repo', site.repo, '--auto-approve', '--allow-deletions'], env);
    expect(apply.code, apply.stderr).toBe(3);
    expect(apply.stdout).toMatch(/k8s-w-01\s+blocked/);
    expect(apply.stdout).toContain('Nothing applied: 4 blocked');
    expect(await sim.mutations(since)).toEqual([]);
    expect((await sim.state()).profiles.map((p) => p.name)).toEqual(expect.arrayContaining(WORKERS));
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliEnv } from '../support/e2e/built-cli.js';
import { convergenceProblems, EXAMPLE_NODES } from '../support/e2e/appliance-invariants.js';
import type { E2eSimulator, LoggedRequest, SimState } from '../support/e2e/e2e-simulator.js';
import type { TempSite } from '../support/e2e/temp-repo.js';
import { startE2eSite, stopE2eSite } from '../support/e2e/e2e-site.js';

const WORKERS = ['k8s-w-01', 'k8s-w-02', 'k8s-w-03', 'k8s-w-04'];

interface PlanJson {
  summary: Record<string, number | boolean>;
  templates: {
    template: string;
    action: string;
    cause: string;
    fieldChanges: { path: string; before: string | null; after: string | null }[];
  }[];
  changes: { node: string; action: string }[];
}

const idOf = (uri: string): string => uri.slice(uri.lastIndexOf('/') + 1);

/**
 * When each worker was out of service, from the simulator's request log: from the first mutating request on its
 * old profile or hardware to the last Consul request about it (verify asks until the node is stable).
 */
function outOfService(before: SimState, after: SimState, log: readonly LoggedRequest[]) {
  return WORKERS.map((node) => {
    const old = before.profiles.find((p) => p.name === node)!;
    const oldIds = [idOf(old.uri), idOf(old.serverHardwareUri!)];
    const fqdn = `${node}.dc1.example.org`;
    return {
      node,
      down: log.find((r) => r.mutating && oldIds.some((id) => r.path.includes(id)))?.seq ?? Number.NaN,
      up:
        log
          .filter((r) => r.listener === 'consul' && decodeURIComponent(`${r.path}?${r.query}`).includes(fqdn))
          .at(-1)?.seq ?? Number.NaN,
    };
  });
}

describe('declared profile templates', () => {
  let sim: E2eSimulator;
  let site: TempSite;
  let env: CliEnv;

  beforeAll(async () => {
    ({ sim, site, env } = await startE2eSite());
  }, 180_000);

  afterAll(async () => {
    await stopE2eSite(sim, site);
  });

  it('creates the templates of example-repo, stamped, before the nodes, and a second plan is empty', async () => {
    const apply = await runCli(['apply', '--repo', site.repo, '--auto-approve'], env);
    expect(apply.code, apply.stderr).toBe(0);
    const worker = (await sim.templates()).find((t) => t['name'] === 'k8s-worker')!;
    expect(worker['description']).toMatch(
      /^phoenix:v1 site=dc1 template=k8s-worker spec=[0-9a-f]{16} rev=[0-9a-f]{12}$/,
    );
    expect(worker['bios']).toMatchObject({
      manageBios: true,
      overriddenSettings: [
        { id: 'MinProcIdlePower', value: 'NoCStates' },
        { id: 'WorkloadProfile', value: 'Virtualization-MaxPerformance' },
      ],
    });
    expect(worker['firmware']).toMatchObject({ manageFirmware: true, firmwareInstallType: 'FirmwareOnly' });
    const state = await sim.state();
    const profile = state.profiles.find((p) => p.name === 'k8s-w-01')!;
    expect((profile as unknown as { serverProfileTemplateUri: string }).serverProfileTemplateUri).toBe(
      worker['uri'],
    );
    const plan = await runCli(['plan', '--repo', site.repo, '--detailed-exitcode'], env);
    expect(plan.code, plan.stdout).toBe(0);
  });

  it('replaces exactly the nodes of a template whose firmware baseline changes, within the rollout budget', async () => {
    await site.setYaml('templates/k8s-worker.yaml', ['spec', 'firmware'], { baseline: 'SSP 2023.10.01' });
    const since = await sim.lastSeq();
    const planned = await runCli(['plan', '--repo', site.repo, '--format', 'json'], env);
    expect(planned.code, planned.stderr).toBe(0);
    expect(await sim.mutations(since)).toEqual([]);
    const plan = JSON.parse(planned.stdout) as PlanJson;
    const updates = plan.templates.filter((t) => t.action !== 'noop');
    expect(updates).toEqual([
      expect.objectContaining({
        template: 'k8s-worker',
        action: 'update',
        cause: 'spec-changed',
        fieldChanges: [
          { path: 'firmware.baseline', before: 'SSP 2024.04.02', after: 'SSP 2023.10.01', sensitive: false },
        ],
      }),
    ]);
    const replaced = plan.changes.filter((c) => c.action !== 'noop').map((c) => c.node);
    expect(replaced.sort()).toEqual(WORKERS);
    expect(plan.changes.filter((c) => c.action === 'replace')).toHaveLength(4);

    const before = await sim.state();
    const from = await sim.lastSeq();
    const apply = await runCli(['apply', '--repo', site.repo, '--auto-approve', '--json'], env);
    expect(apply.code, apply.stderr).toBe(0);
    const report = (JSON.parse(apply.stdout) as { report: { counts: Record<string, number> } }).report;
    expect(report.counts).toMatchObject({ replaced: 4, unchanged: 9 });
    const after = await sim.state();
    expect(convergenceProblems(after, await sim.consulNodes(), EXAMPLE_NODES)).toEqual([]);

    // The template is updated (PUT with its eTag) before the first worker goes down.
    const log = await sim.requests({ since: from });
    const worker = (await sim.templates()).find((t) => t['name'] === 'k8s-worker')!;
    const put = log.find((r) => r.method === 'PUT' && r.path === worker['uri']);
    expect(put).toBeDefined();
    const intervals = outOfService(before, after, log).sort((a, b) => a.down - b.down);
    expect(put!.seq).toBeLessThan(intervals[0]!.down);
    // maxUnavailable 1: a worker goes down only after the previous one is back.
    for (let i = 1; i < intervals.length; i++)
      expect(intervals[i]!.down, `${intervals[i]!.node} overlapped`).toBeGreaterThan(intervals[i - 1]!.up);
    expect((worker['firmware'] as { firmwareBaselineUri: string }).firmwareBaselineUri).toMatch(
      /SY-2023_10_01/,
    );

    const second = await runCli(['plan', '--repo', site.repo, '--detailed-exitcode'], env);
    expect(second.code, second.stdout).toBe(0);
  });
});

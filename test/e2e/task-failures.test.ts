import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliEnv } from '../support/e2e/built-cli.js';
import { convergenceProblems, EXAMPLE_NODES } from '../support/e2e/appliance-invariants.js';
import type { E2eSimulator } from '../support/e2e/e2e-simulator.js';
import { startE2eSite, stopE2eSite } from '../support/e2e/e2e-site.js';
import { expectLedgerAgrees, ledgerStatus, type ApplyJson } from '../support/e2e/ledger-agreement.js';
import type { TempSite } from '../support/e2e/temp-repo.js';

interface PlanJson {
  changes: { node: string; steps: { kind: string; hardwareUri?: string }[] }[];
}

describe('task failures during apply', () => {
  let sim: E2eSimulator;
  let site: TempSite;

  const apply = async (
    env: CliEnv,
    ...flags: string[]
  ): Promise<{ code: number; json: ApplyJson; stderr: string }> => {
    const result = await runCli(['apply', '--repo', site.repo, '--auto-approve', '--json', ...flags], env);
    return { code: result.code, json: JSON.parse(result.stdout) as ApplyJson, stderr: result.stderr };
  };

  beforeAll(async () => {
    ({ sim, site } = await startE2eSite());
  }, 180_000);

  afterAll(async () => {
    await stopE2eSite(sim, site);
  });

  it('retries transient failures (503 and 502 answers to a power-on) and converges', async () => {
    await sim.reset();
    const env = sim.env(site.freshState());
    const planned = await runCli(['plan', '--repo', site.repo, '--format', 'json'], env);
    const aio = (JSON.parse(planned.stdout) as PlanJson).changes.find((c) => c.node === 'openstack-aio-01')!;
    const hardwareUri = aio.steps.find((s) => s.kind === 'boot')!.hardwareUri!;
    const powerPath = `${hardwareUri}/powerState`;
    await sim.fault('http-errors', { status: 503, count: 3, pathPrefix: powerPath });
    await sim.fault('http-errors', { status: 502, count: 2, pathPrefix: powerPath });

    const since = await sim.lastSeq();
    const { code, json, stderr } = await apply(env);
    expect(code, stderr).toBe(0);
    const answers = (await sim.requests({ since, pathPrefix: powerPath })).map((r) => r.status);
    expect(answers.filter((s) => s === 503)).toHaveLength(3);
    expect(answers.filter((s) => s === 502)).toHaveLength(2);
    expect(answers.at(-1)).toBe(202);
    expect(json.report.outcome).toBe('applied');
    expect(convergenceProblems(await sim.state(), await sim.consulNodes(), EXAMPLE_NODES)).toEqual([]);
    // The client waits out the 503s itself; each 502 fails the step, which the executor retries after a back-off.
    expect(json.report.changes.find((c) => c.node === 'openstack-aio-01')).toMatchObject({
      outcome: 'created',
      attempts: 4 + 2,
    });
    const run = await expectLedgerAgrees(json, env);
    expect(run.counts.steps.failed).toBe(2);
  });

  it('quarantines hardware that a task failure points at and composes on a spare', async () => {
    await sim.reset();
    const env = sim.env(site.freshState());
    await sim.fault('task-failures', {
      kind: 'profile-create',
      count: 1,
      errorCode: 'AssignProfileToDeviceBayError',
      hardwareAttributable: true,
    });
    const { code, json, stderr } = await apply(env);
    expect(code, stderr).toBe(0);
    expect(json.report).toMatchObject({ outcome: 'applied', counts: { created: 13 } });
    const moved = json.report.changes.filter((c) => c.quarantined.length > 0);
    expect(moved).toHaveLength(1);
    const bad = moved[0]!.quarantined[0]!;
    expect(moved[0]!.quarantined).toEqual([bad]);
    expect(moved[0]!.hardwareUri).not.toBe(bad);

    const state = await sim.state();
    expect(convergenceProblems(state, await sim.consulNodes(), EXAMPLE_NODES)).toEqual([]);
    expect(state.hardware.find((h) => h.uri === bad)).toMatchObject({
      serverProfileUri: null,
      status: 'Critical',
    });
    expect((await ledgerStatus(env)).quarantined.map((q) => q.hardwareUri)).toEqual([bad]);
    const run = await expectLedgerAgrees(json, env);
    expect(run.counts.steps.failed).toBe(1);
  });

  it('stops a node at a terminal failure, skips its dependents, and the next apply converges', async () => {
    const env = sim.env(site.stateDir);
    await sim.reset();
    const first = await apply(env);
    expect(first.code, first.stderr).toBe(0);
    // A shared attribute of the OpenStack plans: openstack-aio-01 (wave 0) and both computes (wave 1) replace.
    await site.setYaml('plans/openstack-base.yaml', ['spec', 'attributes', 'DNS_IP'], '10.22.0.3');
    await sim.fault('task-failures', {
      kind: 'profile-create',
      count: 1,
      errorCode: 'SIMULATED_TASK_FAILURE',
    });

    const { code, json } = await apply(env);
    expect(code).toBe(1);
    const byNode = new Map(json.report.changes.map((c) => [c.node, c]));
    expect(byNode.get('openstack-aio-01')).toMatchObject({
      action: 'replace',
      outcome: 'failed',
      failedStep: 'compose',
      errorCode: 'ONEVIEW_TASK_FAILED',
      attempts: 3, // recycle, allocate, compose: a terminal failure is not retried
      quarantined: [],
    });
    for (const node of ['os-compute-01', 'os-compute-02']) {
      expect(byNode.get(node)).toMatchObject({
        outcome: 'skipped',
        skipReason: 'upstream-failed',
        attempts: 0,
      });
    }
    expect(json.report.outcome).toBe('failed');
    const run = await expectLedgerAgrees(json, env);
    expect(run.counts.steps.failed).toBe(1);

    await sim.clearFaults();
    const retry = await apply(env);
    expect(retry.code, retry.stderr).toBe(0);
    expect(convergenceProblems(await sim.state(), await sim.consulNodes(), EXAMPLE_NODES)).toEqual([]);
    await expectLedgerAgrees(retry.json, env);
  });
});

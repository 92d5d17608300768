import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convergenceProblems, EXAMPLE_NODES } from '../support/e2e/appliance-invariants.js';
import { runCli, type CliEnv } from '../support/e2e/built-cli.js';
import type { E2eSimulator } from '../support/e2e/e2e-simulator.js';
import { expectLedgerAgrees, ledgerStatus, type ApplyJson } from '../support/e2e/ledger-agreement.js';
import { startE2eSite, stopE2eSite } from '../support/e2e/e2e-site.js';
import type { TempSite } from '../support/e2e/temp-repo.js';

interface PlanJson {
  readonly changes: readonly {
    readonly node: string;
    readonly action: string;
    readonly cause: string;
    readonly steps: readonly { readonly kind: string; readonly hardwareUri?: string }[];
  }[];
}

/** The JSON log lines of a CLI run (stderr). */
function logLines(stderr: string): Record<string, unknown>[] {
  return stderr
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('failover: a stuck node is verified or replaced, a failing server is left at once', () => {
  let sim: E2eSimulator;
  let site: TempSite;

  const apply = async (env: CliEnv): Promise<{ code: number; json: ApplyJson; stderr: string }> => {
    const result = await runCli(['apply', '--repo', site.repo, '--auto-approve', '--json'], env);
    return { code: result.code, json: JSON.parse(result.stdout) as ApplyJson, stderr: result.stderr };
  };

  beforeAll(async () => {
    ({ sim, site } = await startE2eSite());
  }, 180_000);

  afterAll(async () => {
    await stopE2eSite(sim, site);
  });

  it('a node left On and unverified after a cleared fault is replaced on a spare, not refused for want of one', async () => {
    await sim.reset();
    const env = sim.env(site.freshState());
    await site.setYaml('site.yaml', ['spec', 'defaults', 'verify', 'timeout'], '3m');
    await sim.fault('never-register', { node: 'docker-01' });
    const stuck = await apply(env);
    expect(stuck.code).toBe(1);
    const failed = stuck.json.report.changes.find((c) => c.node === 'docker-01')!;
    // The instance never came up: tried on other hardware, none of it quarantined (the appliance blamed none).
    expect(failed).toMatchObject({
      outcome: 'failed',
      failedStep: 'verify',
      errorCode: 'APPLY_VERIFY_TIMEOUT',
    });
    expect(failed.quarantined).toEqual([]);
    expect(JSON.stringify(stuck.json)).not.toContain('APPLY_NO_SPARE_HARDWARE');
    expect((await ledgerStatus(env)).quarantined).toEqual([]);
    const state = await sim.state();
    const stuckHardware = state.profiles.find((p) => p.name === 'docker-01')!.serverHardwareUri!;
    expect(state.hardware.find((h) => h.uri === stuckHardware)).toMatchObject({ powerState: 'On' });

    // The fault is cleared; the node is still On and unregistered. The plan resumes it, sending nothing.
    await sim.clearFaults();
    const since = await sim.lastSeq();
    const planned = await runCli(['plan', '--repo', site.repo, '--format', 'json'], env);
    expect(planned.code, planned.stderr).toBe(0);
    expect(await sim.mutations(since)).toEqual([]);
    const resume = (JSON.parse(planned.stdout) as PlanJson).changes.find((c) => c.node === 'docker-01')!;
    expect(resume).toMatchObject({ action: 'create', cause: 'resume' });
    expect(resume.steps.map((s) => s.kind)).toEqual(['compose', 'boot', 'verify']);
    expect(resume.steps[0]!.hardwareUri).toBe(stuckHardware);

    // Its verify fails again on that hardware, and the node is composed on a spare: the retry converges.
    const retry = await apply(env);
    expect(retry.code, retry.stderr).toBe(0);
    const healed = retry.json.report.changes.find((c) => c.node === 'docker-01')!;
    expect(healed).toMatchObject({ outcome: 'created', errorCode: null, quarantined: [] });
    expect(healed.hardwareUri).not.toBe(stuckHardware);
    expect(retry.stderr).not.toContain('APPLY_NO_SPARE_HARDWARE');
    const after = await sim.state();
    expect(convergenceProblems(after, await sim.consulNodes(), EXAMPLE_NODES)).toEqual([]);
    expect(after.hardware.find((h) => h.uri === stuckHardware)).toMatchObject({
      serverProfileUri: null,
      status: 'OK',
    });
    await expectLedgerAgrees(retry.json, env);
    const again = await runCli(['plan', '--repo', site.repo, '--detailed-exitcode'], env);
    expect(again.code, again.stdout).toBe(0);
  }, 240_000);

  it('says APPLY_NO_SPARE_HARDWARE only when no matching bay is left', async () => {
    await site.setYaml('site.yaml', ['spec', 'defaults', 'verify', 'timeout'], '30m');
    await sim.reset();
    const env = sim.env(site.freshState());
    const planFile = `${site.freshState()}.plan.json`;
    const planned = await runCli(['plan', '--repo', site.repo, '--format', 'json', '--out', planFile], env);
    expect(planned.code, planned.stderr).toBe(0);
    const changes = (JSON.parse(planned.stdout) as PlanJson).changes;
    const allocated = new Set(
      changes.flatMap((c) => c.steps.filter((s) => s.kind === 'allocate').map((s) => s.hardwareUri!)),
    );
    const target = changes.find((c) => c.node === 'os-compute-01')!.steps.find((s) => s.kind === 'allocate')!;
    // Gen9 hardware sits in bays 9 to 12: every free one the plan does not use fails, then the compute's own.
    const gen9 = (await sim.state()).hardware.filter((h) => Number(/bay (\d+)$/.exec(h.name)?.[1]) >= 9);
    for (const h of gen9)
      if (h.serverProfileUri === null && !allocated.has(h.uri))
        await sim.fault('hardware-failure', { hardware: h.uri, mode: 'critical' });
    await sim.fault('hardware-failure', { hardware: target.hardwareUri!, mode: 'critical' });

    const result = await runCli(
      ['apply', '--plan', planFile, '--repo', site.repo, '--auto-approve', '--json'],
      env,
    );
    expect(result.code).toBe(1);
    const compute = (JSON.parse(result.stdout) as ApplyJson).report.changes.find(
      (c) => c.node === 'os-compute-01',
    )!;
    expect(compute).toMatchObject({ outcome: 'failed', errorCode: 'APPLY_NO_SPARE_HARDWARE' });
    // And it is true: no Gen9 bay is both healthy and free.
    const after = (await sim.state()).hardware.filter((h) => Number(/bay (\d+)$/.exec(h.name)?.[1]) >= 9);
    expect(after.filter((h) => h.status !== 'Critical' && h.serverProfileUri === null)).toEqual([]);
  }, 240_000);

  it('a server that turns Critical during its compose fails the compose at once and the node moves to a spare', async () => {
    await site.setYaml('site.yaml', ['spec', 'defaults', 'verify', 'timeout'], '30m');
    await sim.reset();
    const env = sim.env(site.freshState());
    // The first profile create runs long, and its server turns Critical halfway while the task carries on.
    await sim.fault('slow-tasks', { kind: 'profile-create', factor: 200, count: 1 });
    await sim.fault('hardware-failure-during', { kind: 'profile-create', count: 1 });
    const result = await apply(env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.json.report.outcome).toBe('applied');
    const moved = result.json.report.changes.filter((c) => c.quarantined.length > 0);
    expect(moved).toHaveLength(1);
    const bad = moved[0]!.quarantined[0]!;
    expect(moved[0]!.hardwareUri).not.toBe(bad);

    const failures = logLines(result.stderr).filter((l) => l['msg'] === 'step failed');
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({
      node: moved[0]!.node,
      step: 'compose',
      err: expect.objectContaining({ code: 'APPLY_HARDWARE_UNUSABLE' }) as unknown,
    });
    // Noticed while the compose waited, not by a verify that ran out its timeout.
    expect(result.stderr).not.toContain('APPLY_VERIFY_TIMEOUT');

    const state = await sim.state();
    expect(state.hardware.find((h) => h.uri === bad)).toMatchObject({
      status: 'Critical',
      serverProfileUri: null,
    });
    expect(convergenceProblems(state, await sim.consulNodes(), EXAMPLE_NODES)).toEqual([]);
    expect((await ledgerStatus(env)).quarantined).toEqual([
      expect.objectContaining({ hardwareUri: bad, reason: 'compose-failed' }),
    ]);
    const run = await expectLedgerAgrees(result.json, env);
    expect(run.counts.steps.failed).toBe(1);
  }, 240_000);
});

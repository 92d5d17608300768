import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliEnv } from '../support/e2e/built-cli.js';
import { convergenceProblems, EXAMPLE_NODES } from '../support/e2e/appliance-invariants.js';
import type { E2eSimulator } from '../support/e2e/e2e-simulator.js';
import { expectLedgerAgrees, ledgerStatus, type ApplyJson } from '../support/e2e/ledger-agreement.js';
import type { TempSite } from '../support/e2e/temp-repo.js';
import { startE2eSite, stopE2eSite } from '../support/e2e/e2e-site.js';

interface PlanJson {
  changes: {
    node: string;
    action: string;
    fault: string | null;
    steps: { kind: string; hardwareUri?: string | null; source?: string }[];
  }[];
}

describe('hardware failure on a ready node', () => {
  let sim: E2eSimulator;
  let site: TempSite;
  let env: CliEnv;
  let failed: string;

  beforeAll(async () => {
    ({ sim, site, env } = await startE2eSite());
    const first = await runCli(['apply', '--repo', site.repo, '--auto-approve'], env);
    expect(first.code, first.stderr).toBe(0);
    const state = await sim.state();
    failed = state.profiles.find((p) => p.name === 'k8s-w-02')!.serverHardwareUri!;
    await sim.fault('hardware-failure', { hardware: failed, mode: 'critical' });
  }, 180_000);

  afterAll(async () => {
    await stopE2eSite(sim, site);
  });

  it('plans a heal onto a spare, without a mutating request', async () => {
    const since = await sim.lastSeq();
    const result = await runCli(['plan', '--repo', site.repo, '--format', 'json'], env);
    expect(result.code, result.stderr).toBe(0);
    expect(await sim.mutations(since)).toEqual([]);
    const plan = JSON.parse(result.stdout) as PlanJson;
    const heal = plan.changes.find((c) => c.node === 'k8s-w-02')!;
    expect(heal).toMatchObject({ action: 'heal', fault: 'hardware-critical' });
    expect(heal.steps.map((s) => s.kind)).toEqual(['allocate', 'recycle', 'compose', 'boot', 'verify']);
    expect(heal.steps[0]).toMatchObject({ source: 'spare' });
    expect(heal.steps[0]!.hardwareUri).not.toBe(failed);
    expect(plan.changes.filter((c) => c.action !== 'noop').map((c) => c.node)).toEqual(['k8s-w-02']);
  });

  it('heals: the node runs on a spare and the failed hardware is quarantined', async () => {
    const result = await runCli(['apply', '--repo', site.repo, '--auto-approve', '--json'], env);
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as ApplyJson;
    expect(json.report).toMatchObject({ outcome: 'applied', counts: { healed: 1, unchanged: 12 } });
    expect(json.report.changes.find((c) => c.node === 'k8s-w-02')).toMatchObject({ quarantined: [failed] });

    const state = await sim.state();
    expect(convergenceProblems(state, await sim.consulNodes(), EXAMPLE_NODES)).toEqual([]);
    const now = state.profiles.find((p) => p.name === 'k8s-w-02')!;
    expect(now.serverHardwareUri).not.toBe(failed);
    expect(state.hardware.find((h) => h.uri === failed)).toMatchObject({ serverProfileUri: null });

    const status = await ledgerStatus(env);
    expect(status.quarantined).toEqual([expect.objectContaining({ hardwareUri: failed })]);
    await expectLedgerAgrees(json, env);

    const again = await runCli(['plan', '--repo', site.repo, '--detailed-exitcode'], env);
    expect(again.code, again.stdout).toBe(0);
  });
});

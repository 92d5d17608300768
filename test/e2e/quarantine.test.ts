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
    readonly fault: string | null;
    readonly reason: string;
    readonly steps: readonly { readonly kind: string; readonly quarantine?: unknown }[];
  }[];
}

interface QuarantineJson {
  readonly quarantined: readonly {
    readonly hardwareUri: string;
    readonly node: string;
    readonly reason: string;
  }[];
}

describe('quarantine: only what the appliance blames, and released by an operator', () => {
  let sim: E2eSimulator;
  let site: TempSite;

  const apply = async (env: CliEnv): Promise<{ code: number; json: ApplyJson; stderr: string }> => {
    const result = await runCli(['apply', '--repo', site.repo, '--auto-approve', '--json'], env);
    return { code: result.code, json: JSON.parse(result.stdout) as ApplyJson, stderr: result.stderr };
  };

  const quarantined = async (env: CliEnv): Promise<QuarantineJson['quarantined']> => {
    const result = await runCli(['quarantine', 'list', '--json'], env);
    expect(result.code, result.stderr).toBe(0);
    return (JSON.parse(result.stdout) as QuarantineJson).quarantined;
  };

  beforeAll(async () => {
    ({ sim, site } = await startE2eSite());
  }, 180_000);

  afterAll(async () => {
    await stopE2eSite(sim, site);
  });

  it('a task failure the appliance does not attribute to the hardware heals the node and quarantines nothing', async () => {
    await sim.reset();
    const env = sim.env(site.freshState());
    const first = await apply(env);
    expect(first.code, first.stderr).toBe(0);
    // A shared attribute of the OpenStack plans: openstack-aio-01 is replaced first, and its compose fails.
    await site.setYaml('plans/openstack-base.yaml', ['spec', 'attributes', 'DNS_IP'], '10.22.0.4');
    await sim.fault('task-failures', {
      kind: 'profile-create',
      count: 1,
      errorCode: 'OSDeploymentScriptFailed',
      hardwareAttributable: false,
    });
    const failed = await apply(env);
    expect(failed.code).toBe(1);
    const aio = failed.json.report.changes.find((c) => c.node === 'openstack-aio-01')!;
    expect(aio).toMatchObject({ outcome: 'failed', failedStep: 'compose', quarantined: [] });
    const healthy = (await sim.state()).profiles.find(
      (p) => p.name === 'openstack-aio-01',
    )!.serverHardwareUri!;
    expect((await sim.state()).hardware.find((h) => h.uri === healthy)).toMatchObject({ status: 'OK' });
    await sim.clearFaults();

    // The profile in error is healed, and its healthy hardware is not quarantined: plan says so, sends nothing.
    const since = await sim.lastSeq();
    const planned = await runCli(['plan', '--repo', site.repo, '--format', 'json'], env);
    expect(planned.code, planned.stderr).toBe(0);
    expect(await sim.mutations(since)).toEqual([]);
    const heal = (JSON.parse(planned.stdout) as PlanJson).changes.find((c) => c.node === 'openstack-aio-01')!;
    expect(heal).toMatchObject({ action: 'heal', fault: 'profile-error' });
    expect(heal.reason).not.toMatch(/quarantine/);
    expect(heal.steps.find((s) => s.kind === 'recycle')).toMatchObject({ quarantine: null });

    const healed = await apply(env);
    expect(healed.code, healed.stderr).toBe(0);
    expect(healed.json.report.changes.every((c) => c.quarantined.length === 0)).toBe(true);
    expect(await quarantined(env)).toEqual([]);
    expect((await ledgerStatus(env)).quarantined).toEqual([]);
    expect(convergenceProblems(await sim.state(), await sim.consulNodes(), EXAMPLE_NODES)).toEqual([]);
    await expectLedgerAgrees(healed.json, env);
  }, 180_000);

  it('lists hardware the appliance blamed, and releases it into the ledger and history without touching the appliance', async () => {
    await site.setYaml('plans/openstack-base.yaml', ['spec', 'attributes', 'DNS_IP'], '10.22.0.2');
    await sim.reset();
    const env = sim.env(site.freshState());
    await sim.fault('task-failures', {
      kind: 'profile-create',
      count: 1,
      errorCode: 'AssignProfileToDeviceBayError',
      hardwareAttributable: true,
    });
    const first = await apply(env);
    expect(first.code, first.stderr).toBe(0);
    const moved = first.json.report.changes.find((c) => c.quarantined.length > 0)!;
    const bad = moved.quarantined[0]!;
    expect(await quarantined(env)).toEqual([
      expect.objectContaining({ hardwareUri: bad, node: moved.node, reason: 'compose-failed' }),
    ]);
    const status = await runCli(['status'], env);
    expect(status.stdout).toContain(bad);
    expect(status.stdout).toContain('phoenix quarantine release');
    const listed = await runCli(['quarantine', 'list'], env);
    expect(listed.stdout).toContain(bad);
    expect(listed.stdout).toContain(moved.node);

    const since = await sim.lastSeq();
    const unknown = await runCli(['quarantine', 'release', '/rest/server-hardware/not-quarantined'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('LEDGER_HARDWARE_NOT_QUARANTINED');
    expect(unknown.stderr).toContain('/rest/server-hardware/not-quarantined');
    const badReason = await runCli(['quarantine', 'release', bad, '--reason', 'two\nlines'], env);
    expect(badReason.code).toBe(1);
    expect(badReason.stderr).toContain('INTERNAL_INVALID_ARGUMENT');
    expect(badReason.stderr).toContain('--reason');
    expect(await quarantined(env)).toHaveLength(1);

    const id = bad.split('/').at(-1)!;
    const released = await runCli(['quarantine', 'release', id, '--reason', 'bay reseated'], env);
    expect(released.code, released.stderr).toBe(0);
    expect(released.stdout).toContain(`Released ${bad}`);
    expect(await quarantined(env)).toEqual([]);
    const again = await runCli(['quarantine', 'release', id], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('LEDGER_HARDWARE_NOT_QUARANTINED');
    // A release is a ledger record only: the appliance received no request at all.
    expect(await sim.requests({ since })).toEqual([]);

    const history = await runCli(['history'], env);
    expect(history.code, history.stderr).toBe(0);
    // Both are listed; their order follows the records' times, which the scaled test clock does not keep.
    expect(history.stdout).toContain(`hardware ${bad} released (bay reseated)`);
    expect(history.stdout).toContain(`hardware ${bad} quarantined (compose-failed, node ${moved.node})`);
  }, 180_000);
});

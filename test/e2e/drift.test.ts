import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliEnv } from '../support/e2e/built-cli.js';
import type { E2eSimulator } from '../support/e2e/e2e-simulator.js';
import type { TempSite } from '../support/e2e/temp-repo.js';
import { startE2eSite, stopE2eSite } from '../support/e2e/e2e-site.js';

interface PlanJson {
  summary: { hasChanges: boolean; replace: number };
  changes: {
    node: string;
    action: string;
    cause: string;
    fieldChanges: { path: string; before: string | null; after: string | null }[];
  }[];
  diagnostics: { code: string; nodes: string[] }[];
}

const NODE = 'k8s-w-02';

describe('a profile edited outside Git', () => {
  let sim: E2eSimulator;
  let site: TempSite;
  let env: CliEnv;

  beforeAll(async () => {
    ({ sim, site, env } = await startE2eSite());
    await site.setYaml('site.yaml', ['spec', 'drift'], 'report');
    const apply = await runCli(['apply', '--repo', site.repo, '--auto-approve'], env);
    expect(apply.code, apply.stderr).toBe(0);
    // Someone changes the management connection's bandwidth in OneView: power off, edit, power on.
    const profile = (await sim.state()).profiles.find((p) => p.name === NODE)!;
    const hardware = profile.serverHardwareUri!;
    await sim.oneview('PUT', `${hardware}/powerState`, { powerState: 'Off', powerControl: 'PressAndHold' });
    await sim.advanceClock(600_000);
    const body = (await sim.oneview('GET', profile.uri)) as {
      connectionSettings: { connections: { id: number; requestedMbps: string }[] };
    };
    for (const c of body.connectionSettings.connections) if (c.id === 3) c.requestedMbps = '1000';
    await sim.oneview('PUT', profile.uri, body);
    await sim.advanceClock(600_000);
    await sim.oneview('PUT', `${hardware}/powerState`, { powerState: 'On', powerControl: 'MomentaryPress' });
    await sim.advanceClock(600_000);
  }, 240_000);

  afterAll(async () => {
    await stopE2eSite(sim, site);
  });

  it('shows as drift with the field that differs, and with drift: report touches nothing', async () => {
    const since = await sim.lastSeq();
    const result = await runCli(['plan', '--repo', site.repo, '--format', 'json'], env);
    expect(result.code, result.stderr).toBe(0);
    const plan = JSON.parse(result.stdout) as PlanJson;
    const change = plan.changes.find((c) => c.node === NODE)!;
    expect(change).toMatchObject({ action: 'noop', cause: 'drift' });
    expect(change.fieldChanges).toContainEqual(
      expect.objectContaining({
        path: 'profile.connections[3].requestedMbps',
        before: '1000',
        after: '2500',
      }),
    );
    expect(plan.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'PLAN_PROFILE_DRIFT', nodes: [NODE] }),
    );
    expect(plan.summary.hasChanges).toBe(false);
    const apply = await runCli(['apply', '--repo', site.repo, '--auto-approve'], env);
    expect(apply.code, apply.stderr).toBe(0);
    expect(await sim.mutations(since)).toEqual([]);
  });

  it('with drift: correct replaces the node, and the plan is empty afterwards', async () => {
    await site.setYaml('site.yaml', ['spec', 'drift'], 'correct');
    const planned = await runCli(['plan', '--repo', site.repo, '--format', 'json'], env);
    const plan = JSON.parse(planned.stdout) as PlanJson;
    expect(plan.changes.filter((c) => c.action !== 'noop')).toEqual([
      expect.objectContaining({ node: NODE, action: 'replace', cause: 'drift' }),
    ]);
    const apply = await runCli(['apply', '--repo', site.repo, '--auto-approve', '--json'], env);
    expect(apply.code, apply.stderr).toBe(0);
    expect(JSON.parse(apply.stdout).report.counts).toMatchObject({ replaced: 1 });
    const second = await runCli(['plan', '--repo', site.repo, '--detailed-exitcode'], env);
    expect(second.code, second.stdout).toBe(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliEnv } from '../support/e2e/built-cli.js';
import { convergenceProblems, EXAMPLE_NODES } from '../support/e2e/appliance-invariants.js';
import type { E2eSimulator } from '../support/e2e/e2e-simulator.js';
import { type SimProfile } from '../support/e2e/e2e-simulator.js';
import type { ApplyJson } from '../support/e2e/ledger-agreement.js';
import type { TempSite } from '../support/e2e/temp-repo.js';
import { startE2eSite, stopE2eSite } from '../support/e2e/e2e-site.js';

interface PlanJson {
  changes: { node: string; action: string; blockedBy: Record<string, unknown> | null; steps: unknown[] }[];
}

const idOf = (uri: string): string => uri.slice(uri.lastIndexOf('/') + 1);

describe('an unstamped profile named like a desired node', () => {
  let sim: E2eSimulator;
  let site: TempSite;
  let env: CliEnv;
  let foreign: SimProfile;

  beforeAll(async () => {
    ({ sim, site, env } = await startE2eSite());
    foreign = await sim.createForeignProfile('k8s-w-03', 'SYN-FRAME-03, bay 8');
  }, 180_000);

  afterAll(async () => {
    await stopE2eSite(sim, site);
  });

  it('is a conflict that makes the plan an error, naming the node and its declaration', async () => {
    const result = await runCli(['plan', '--repo', site.repo, '--format', 'json'], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('PLAN_UNRESOLVED_REFERENCE');
    expect(result.stderr).toMatch(/pools\/k8s-workers\.yaml:\d+: k8s-w-03: /);
    const change = (JSON.parse(result.stdout) as PlanJson).changes.find((c) => c.node === 'k8s-w-03')!;
    expect(change).toMatchObject({
      action: 'blocked',
      blockedBy: { kind: 'conflict', profileUri: foreign.uri, profileName: 'k8s-w-03' },
      steps: [],
    });
  });

  it('refuses the whole apply: nothing changes on the appliance', async () => {
    const since = await sim.lastSeq();
    const result = await runCli(['apply', '--repo', site.repo, '--auto-approve'], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('PLAN_UNRESOLVED_REFERENCE');
    expect(await sim.mutations(since)).toEqual([]);
  });

  it('is never touched by an apply narrowed to the other nodes, which converges them', async () => {
    const since = await sim.lastSeq();
    const others = EXAMPLE_NODES.filter((n) => n !== 'k8s-w-03');
    const result = await runCli(
      ['apply', '--repo', site.repo, '--auto-approve', '--json', '--target', ...others],
      env,
    );
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as ApplyJson;
    expect(json.report.counts).toMatchObject({ created: 12 });
    expect(json.report.changes.find((c) => c.node === 'k8s-w-03')).toBeUndefined();

    const ids = [idOf(foreign.uri), idOf(foreign.serverHardwareUri!)];
    const touching = (await sim.mutations(since)).filter((r) => ids.some((id) => r.path.includes(id)));
    expect(touching).toEqual([]);
    const state = await sim.state();
    expect(state.profiles.find((p) => p.uri === foreign.uri)).toEqual(foreign);
    expect(state.profiles.filter((p) => p.name === 'k8s-w-03')).toHaveLength(1);
    expect(convergenceProblems(state, await sim.consulNodes(), others)).toEqual([
      'k8s-w-03: profile of no desired node',
    ]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliEnv } from '../support/e2e/built-cli.js';
import type { E2eSimulator, SimProfile } from '../support/e2e/e2e-simulator.js';
import type { TempSite } from '../support/e2e/temp-repo.js';
import { startE2eSite, stopE2eSite } from '../support/e2e/e2e-site.js';
import type { NodeDescription } from '../../src/cli/views/node-description.js';

describe('phoenix describe node', () => {
  let sim: E2eSimulator;
  let site: TempSite;
  let env: CliEnv;
  let foreign: SimProfile;

  const describeNode = async (name: string, json = true) =>
    runCli(['describe', 'node', name, '--repo', site.repo, ...(json ? ['--json'] : [])], env);

  beforeAll(async () => {
    ({ sim, site, env } = await startE2eSite());
    const applied = await runCli(['apply', '--repo', site.repo, '--auto-approve'], env);
    expect(applied.code, applied.stderr).toBe(0);
    // A fifth worker is declared, and a profile nobody stamped already carries its name.
    await site.setYaml('pools/k8s-workers.yaml', ['spec', 'replicas'], 5);
    foreign = await sim.createForeignProfile('k8s-w-05', 'SYN-FRAME-03, bay 8');
  }, 240_000);

  afterAll(async () => {
    await stopE2eSite(sim, site);
  });

  it('shows a converged node: desired and observed agree, its stamp, and the run that created it', async () => {
    const result = await describeNode('k8s-w-01');
    expect(result.code, result.stderr).toBe(0);
    const d = JSON.parse(result.stdout) as NodeDescription;
    expect(d).toMatchObject({
      node: 'k8s-w-01',
      site: 'dc1',
      declared: { owner: { kind: 'NodePool', name: 'k8s-workers' }, plan: 'k8s-worker' },
      changes: [{ id: 'k8s-w-01', action: 'noop' }],
      blocking: [],
      ledger: { status: { lastOutcome: 'created' } },
    });
    const [instance] = d.observed!;
    expect(instance!.stamp).toMatchObject({ site: 'dc1', node: 'k8s-w-01', gen: 1, spec: d.declared!.spec });
    expect(instance!.hardware).toMatchObject({ powerState: 'On' });
    expect(d.declared!.attributes['VLAN_ID']).toBe(instance!.attributes['VLAN_ID']);
    expect(result.stdout).not.toContain(sim.password);
    expect(d.ledger.runs).toHaveLength(1);
    expect(d.ledger.runs![0], JSON.stringify(d.ledger.runs)).toMatchObject({
      command: 'apply',
      outcome: 'created',
    });
    expect(d.ledger.runs![0]!.steps.map((s) => `${s.step} ${s.outcome}`)).toEqual(
      expect.arrayContaining(['compose succeeded', 'boot succeeded', 'verify succeeded']),
    );
  });

  it('says what blocks a node, in text as in JSON', async () => {
    const result = await describeNode('k8s-w-05');
    expect(result.code, result.stderr).toBe(0);
    const d = JSON.parse(result.stdout) as NodeDescription;
    expect(d.changes).toEqual([
      expect.objectContaining({
        action: 'blocked',
        blockedBy: expect.objectContaining({ kind: 'conflict' }),
      }),
    ]);
    expect(d.blocking.length).toBeGreaterThan(0);
    expect(d.observed!.map((i) => i.profile.uri)).toEqual([foreign.uri]);
    expect(d.observed![0]!.stamp).toBeNull();
    expect(d.ledger).toEqual({ status: null, runs: [] });

    const text = await describeNode('k8s-w-05', false);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('Node k8s-w-05 (site dc1, pool k8s-workers, plan k8s-worker)');
    expect(text.stdout).toContain('Plan: blocked');
    expect(text.stdout).toContain(`Blocked:\n  ${d.blocking[0]}`);
    expect(text.stdout).toContain('Stamp: -');
    expect(text.stdout).toContain('Ledger: nothing recorded for this node');
  });

  it('refuses a node nobody knows, naming it, as a usage error', async () => {
    const since = await sim.lastSeq();
    const result = await describeNode('k8s-w-99');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('CLI_UNKNOWN_NODE');
    expect(JSON.parse(result.stdout)).toMatchObject({
      error: { code: 'CLI_UNKNOWN_NODE', details: { node: 'k8s-w-99' } },
    });
    expect(await sim.mutations(since)).toEqual([]);
  });
});

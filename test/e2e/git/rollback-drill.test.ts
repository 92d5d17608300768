import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InventorySnapshot } from '../../../src/core/observed/inventory.js';
import { convergenceProblems, EXAMPLE_NODES } from '../../support/e2e/appliance-invariants.js';
import { runCli, type CliEnv } from '../../support/e2e/built-cli.js';
import type { E2eSimulator } from '../../support/e2e/e2e-simulator.js';
import { fleetRecord, type NodeRecord } from './fleet-record.js';
import { startGitE2e, stopGitE2e, type GitSite } from './git-site.js';

const POOL = ['docker-01', 'docker-02', 'docker-03'];

describe('rollback: apply A, apply B (one pool changed), roll back to A', () => {
  let sim: E2eSimulator;
  let site: GitSite;
  let env: CliEnv;
  let recordA: Record<string, NodeRecord>;
  let second: string;

  beforeAll(async () => {
    ({ sim, site, env } = await startGitE2e());
  }, 180_000);

  afterAll(async () => {
    await stopGitE2e(sim, site);
  });

  async function fleet(): Promise<Record<string, NodeRecord>> {
    const result = await runCli(['inventory', 'export', '--repo', site.url], env);
    expect(result.code, result.stderr).toBe(0);
    return fleetRecord(JSON.parse(result.stdout) as InventorySnapshot, 'dc1');
  }

  it('applies A, then B which changes the docker-hosts pool only', async () => {
    const a = await runCli(['apply', '--repo', site.url, '--ref', 'main', '--auto-approve'], env);
    expect(a.code, a.stderr).toBe(0);
    recordA = await fleet();

    await site.setYaml('plans/docker-centos74.yaml', ['spec', 'attributes', 'VLAN_ID'], '211');
    second = await site.commit('docker hosts move to VLAN 211');
    // The live PR check of B against A reads the appliance and changes nothing on it.
    const since = await sim.lastSeq();
    const check = await runCli(
      [
        'plan',
        '--repo',
        site.url,
        '--base',
        site.first,
        '--ref',
        'main',
        '--format',
        'json',
        '--detailed-exitcode',
      ],
      env,
    );
    expect(check.code, check.stderr).toBe(2);
    const plan = JSON.parse(check.stdout) as {
      revision: string;
      baseRevision: string;
      changes: { node: string; action: string }[];
    };
    expect([plan.revision, plan.baseRevision]).toEqual([second, site.first]);
    expect(plan.changes.filter((c) => c.action !== 'noop').map((c) => [c.node, c.action])).toEqual(
      POOL.map((node) => [node, 'replace']),
    );
    expect(await sim.mutations(since)).toEqual([]);
    const b = await runCli(['apply', '--repo', site.url, '--ref', 'main', '--auto-approve'], env);
    expect(b.code, b.stderr).toBe(0);
    expect(b.stdout).toContain('3 replaced');

    const recordB = await fleet();
    for (const node of EXAMPLE_NODES) {
      if (POOL.includes(node)) {
        expect(recordB[node]?.attributes['VLAN_ID']).toBe('211');
        expect(recordB[node]?.stamp?.rev).toBe(second.slice(0, 12));
        expect(recordB[node]?.stamp?.spec).not.toBe(recordA[node]?.stamp?.spec);
      } else {
        expect(recordB[node]).toEqual(recordA[node]);
      }
    }
  });

  it('rollback to A shows the plan first, replaces that pool only, and records a rollback of A', async () => {
    const result = await runCli(
      ['rollback', site.first.slice(0, 10), '--repo', site.url, '--auto-approve'],
      env,
    );
    expect(result.code, result.stderr).toBe(0);
    const planAt = result.stdout.indexOf(`Plan for site dc1 at ${site.first.slice(0, 12)}`);
    const reportAt = result.stdout.indexOf('Applied: 3 replaced');
    expect(result.stdout).toContain(`Rollback to ${site.first} "Declare the dc1 fleet" by Ada Author`);
    expect(planAt).toBeGreaterThan(-1);
    expect(reportAt).toBeGreaterThan(planAt);

    const after = await fleet();
    for (const node of POOL) {
      expect(after[node]?.stamp?.spec).toBe(recordA[node]?.stamp?.spec);
      expect(after[node]?.attributes).toEqual(recordA[node]?.attributes);
      expect(after[node]?.stamp?.rev).toBe(site.first.slice(0, 12));
    }
    for (const node of EXAMPLE_NODES.filter((n) => !POOL.includes(n)))
      expect(after[node]).toEqual(recordA[node]);
    expect(convergenceProblems(await sim.state(), await sim.consulNodes(), EXAMPLE_NODES)).toEqual([]);

    const runs = JSON.parse((await runCli(['--json', 'history'], env)).stdout) as {
      command: string;
      revision: string;
      provenance: { subject: string } | null;
    }[];
    expect(runs.map((r) => [r.command, r.revision, r.provenance?.subject])).toEqual([
      ['rollback', site.first, 'Declare the dc1 fleet'],
      ['apply', second, 'docker hosts move to VLAN 211'],
      ['apply', site.first, 'Declare the dc1 fleet'],
    ]);
    const status = JSON.parse((await runCli(['--json', 'status'], env)).stdout) as {
      lastAppliedRevision: string;
    };
    expect(status.lastAppliedRevision).toBe(site.first);
  });
});

import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convergenceProblems, EXAMPLE_NODES } from '../../support/e2e/appliance-invariants.js';
import { runCli, type CliEnv } from '../../support/e2e/built-cli.js';
import type { E2eSimulator } from '../../support/e2e/e2e-simulator.js';
import { exportInventory, fleetRecord } from './fleet-record.js';
import { startGitE2e, stopGitE2e, type GitSite } from './git-site.js';

interface HistoryEntry {
  command: string;
  revision: string;
  outcome: string;
  provenance: {
    author: { name: string; email: string };
    committer: { name: string };
    subject: string;
  } | null;
}

describe('rebuild from ashes: a fleet applied from Git comes back after the appliance and the state are wiped', () => {
  let sim: E2eSimulator;
  let site: GitSite;
  let env: CliEnv;

  beforeAll(async () => {
    ({ sim, site, env } = await startGitE2e());
  }, 180_000);

  afterAll(async () => {
    await stopGitE2e(sim, site);
  });

  it('applies revision A from the URL, stamps its full SHA and records who made it', async () => {
    const result = await runCli(['apply', '--repo', site.url, '--auto-approve'], env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Plan for site dc1 at ${site.first.slice(0, 12)}`);
    expect(convergenceProblems(await sim.state(), await sim.consulNodes(), EXAMPLE_NODES)).toEqual([]);

    const history = await runCli(['--json', 'history'], env);
    const runs = JSON.parse(history.stdout) as HistoryEntry[];
    expect(runs[0]).toMatchObject({
      command: 'apply',
      revision: site.first,
      outcome: 'applied',
      provenance: {
        author: { name: 'Ada Author', email: 'ada@example.org' },
        committer: { name: 'Cy Committer' },
        subject: 'Declare the dc1 fleet',
      },
    });
  });

  it('wipes every profile and the state directory, then rebuilds an equivalent fleet from the URL alone', async () => {
    const before = fleetRecord(await exportInventory(site, env), 'dc1');
    expect(Object.keys(before)).toEqual([...EXAMPLE_NODES]);
    for (const node of Object.values(before)) expect(node.stamp?.rev).toBe(site.first.slice(0, 12));

    await sim.reset();
    await rm(site.stateDir, { recursive: true, force: true });
    expect(fleetRecord(await exportInventory(site, env), 'dc1')).toEqual({});
    await rm(site.stateDir, { recursive: true, force: true });

    const rebuild = await runCli(['rebuild', '--repo', site.url, '--auto-approve'], env);
    expect(rebuild.code, rebuild.stderr).toBe(0);
    expect(rebuild.stdout).toContain(`Rebuild of ${site.first}`);
    expect(rebuild.stdout).toContain('Applied: 13 created');

    expect(fleetRecord(await exportInventory(site, env), 'dc1')).toEqual(before);
    expect(convergenceProblems(await sim.state(), await sim.consulNodes(), EXAMPLE_NODES)).toEqual([]);
    const runs = JSON.parse((await runCli(['--json', 'history'], env)).stdout) as HistoryEntry[];
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ command: 'rebuild', revision: site.first, outcome: 'applied' });
    expect(runs[0]?.provenance?.subject).toBe('Declare the dc1 fleet');
  });

  it('without a ledger, recovers it from the stamps, and a rebuild then changes nothing', async () => {
    const newer = await site.commit('An empty commit after A');
    await rm(site.stateDir, { recursive: true, force: true });

    const recover = await runCli(['--json', 'ledger', 'recover', '--repo', site.url], env);
    expect(recover.code, recover.stderr).toBe(0);
    const status = JSON.parse(recover.stdout) as {
      lastAppliedRevision: string;
      nodes: Record<string, { lastOutcome: string; revision: string }>;
    };
    expect(status.lastAppliedRevision).toBe(site.first.slice(0, 12));
    expect(Object.keys(status.nodes).sort()).toEqual([...EXAMPLE_NODES]);

    const since = await sim.lastSeq();
    const rebuild = await runCli(['rebuild', '--repo', site.url, '--auto-approve'], env);
    expect(rebuild.code, rebuild.stderr).toBe(0);
    // The ledger's revision (a 12-hex prefix from the stamps) wins over HEAD, which moved on.
    expect(rebuild.stdout).toContain(`Rebuild of ${site.first}`);
    expect(rebuild.stdout).not.toContain(newer);
    expect(await sim.mutations(since)).toEqual([]);
  });

  it('without a ledger, a rebuild takes the revision most stamps carry, not HEAD', async () => {
    await rm(site.stateDir, { recursive: true, force: true });
    const since = await sim.lastSeq();
    const rebuild = await runCli(['rebuild', '--repo', site.url, '--auto-approve'], env);
    expect(rebuild.code, rebuild.stderr).toBe(0);
    expect(rebuild.stdout).toContain(`Rebuild of ${site.first}`);
    expect(rebuild.stdout).toContain('most profile stamps carry');
    expect(await sim.mutations(since)).toEqual([]);
  });

  it('passes over a last applied revision that is not a commit (a working tree) and takes the stamps', async () => {
    // The same declarations applied from the work tree: recorded under its content hash, nothing recomposed.
    const local = await runCli(['apply', '--repo', site.work.directory, '--auto-approve'], env);
    expect(local.code, local.stderr).toBe(0);
    const status = JSON.parse((await runCli(['--json', 'status'], env)).stdout) as {
      lastAppliedRevision: string;
    };
    expect(status.lastAppliedRevision).toMatch(/^[0-9a-f]{40}$/);
    expect(status.lastAppliedRevision).not.toBe(site.first);

    const since = await sim.lastSeq();
    const rebuild = await runCli(['rebuild', '--repo', site.url, '--auto-approve'], env);
    expect(rebuild.code, rebuild.stderr).toBe(0);
    expect(rebuild.stdout).toContain(`Rebuild of ${site.first}`);
    expect(rebuild.stdout).toContain(
      `most profile stamps carry; not commits here: ledger ${status.lastAppliedRevision.slice(0, 12)}`,
    );
    expect(rebuild.stderr).toContain('the recorded revision is not a commit of the repository');
    expect(await sim.mutations(since)).toEqual([]);
  });
});

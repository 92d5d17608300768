import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliEnv } from '../support/e2e/built-cli.js';
import { convergenceProblems, EXAMPLE_NODES, fqdnOf } from '../support/e2e/appliance-invariants.js';
import type { E2eSimulator } from '../support/e2e/e2e-simulator.js';
import { type LoggedRequest, type SimState } from '../support/e2e/e2e-simulator.js';
import type { TempSite } from '../support/e2e/temp-repo.js';
import { startE2eSite, stopE2eSite } from '../support/e2e/e2e-site.js';

const WORKERS = ['k8s-w-01', 'k8s-w-02', 'k8s-w-03', 'k8s-w-04'];

interface PlanJson {
  summary: Record<string, number | boolean>;
  changes: {
    node: string;
    action: string;
    pool: string | null;
    fieldChanges: { path: string; before: string | null; after: string | null }[];
  }[];
}

interface Interval {
  readonly node: string;
  /** Sequence number of the first mutating request on the node's old instance. */
  readonly down: number;
  /** Sequence number of the last Consul request about the node: its verify ended there. */
  readonly up: number;
  /** Sequence number of the power-on of its new hardware. */
  readonly powerOn: number;
}

const idOf = (uri: string): string => uri.slice(uri.lastIndexOf('/') + 1);

/**
 * When each worker was out of service, from the simulator's request log alone. A node goes down at the first
 * mutating request on its old profile or old hardware (the power-off, else the delete), and is back no earlier
 * than the last Consul request about it, since verify keeps asking until the node has been Ready for its whole
 * stability window. The interval can only be wider than the truth, so disjoint intervals prove the limit.
 */
function unavailability(before: SimState, after: SimState, log: readonly LoggedRequest[]): Interval[] {
  return WORKERS.map((node) => {
    const old = before.profiles.find((p) => p.name === node)!;
    const now = after.profiles.find((p) => p.name === node)!;
    const oldIds = [idOf(old.uri), idOf(old.serverHardwareUri!)];
    const touchesOld = (r: LoggedRequest): boolean => r.mutating && oldIds.some((id) => r.path.includes(id));
    const fqdn = fqdnOf(node);
    const aboutNode = (r: LoggedRequest): boolean =>
      r.listener === 'consul' && decodeURIComponent(`${r.path}?${r.query}`).includes(fqdn);
    const newHardware = idOf(now.serverHardwareUri!);
    const powerOns = log.filter(
      (r) => r.method !== 'GET' && r.path === `/rest/server-hardware/${newHardware}/powerState`,
    );
    return {
      node,
      down: log.find(touchesOld)?.seq ?? Number.NaN,
      up: log.filter(aboutNode).at(-1)?.seq ?? Number.NaN,
      powerOn: powerOns.at(-1)?.seq ?? Number.NaN,
    };
  });
}

describe('one attribute changed in a pool of 4 replicas with maxUnavailable 1', () => {
  let sim: E2eSimulator;
  let site: TempSite;
  let env: CliEnv;

  beforeAll(async () => {
    ({ sim, site, env } = await startE2eSite());
    const first = await runCli(['apply', '--repo', site.repo, '--auto-approve'], env);
    expect(first.code, first.stderr).toBe(0);
    await site.setYaml('pools/k8s-workers.yaml', ['spec', 'attributes', 'VLAN_ID'], '220');
  }, 180_000);

  afterAll(async () => {
    await stopE2eSite(sim, site);
  });

  it('plans 4 replacements with the field diff, without a mutating request', async () => {
    const since = await sim.lastSeq();
    const result = await runCli(['plan', '--repo', site.repo, '--format', 'json'], env);
    expect(result.code, result.stderr).toBe(0);
    expect(await sim.mutations(since)).toEqual([]);
    const plan = JSON.parse(result.stdout) as PlanJson;
    expect(plan.summary).toMatchObject({ replace: 4, noop: 9, create: 0, delete: 0 });
    const replaced = plan.changes.filter((c) => c.action === 'replace');
    expect(replaced.map((c) => c.node).sort()).toEqual(WORKERS);
    for (const change of replaced) {
      expect(change.pool).toBe('k8s-workers');
      expect(change.fieldChanges).toContainEqual(
        expect.objectContaining({ path: 'attributes.VLAN_ID', before: '210', after: '220' }),
      );
    }
  });

  it('never has more than one worker out of service during the apply', async () => {
    const before = await sim.state();
    const since = await sim.lastSeq();
    const result = await runCli(['apply', '--repo', site.repo, '--auto-approve', '--json'], env);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).report.counts).toMatchObject({ replaced: 4, unchanged: 9 });
    const after = await sim.state();
    expect(convergenceProblems(after, await sim.consulNodes(), EXAMPLE_NODES)).toEqual([]);

    const intervals = unavailability(before, after, await sim.requests({ since }));
    for (const interval of intervals) {
      expect(interval.down, interval.node).toBeLessThan(interval.powerOn);
      expect(interval.powerOn, interval.node).toBeLessThan(interval.up);
    }
    const ordered = [...intervals].sort((a, b) => a.down - b.down);
    for (let i = 1; i < ordered.length; i++) {
      expect(
        ordered[i]!.down,
        `${ordered[i]!.node} went down while ${ordered[i - 1]!.node} was`,
      ).toBeGreaterThan(ordered[i - 1]!.up);
    }
  });
});

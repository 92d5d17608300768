import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convergenceProblems, EXAMPLE_NODES } from '../../support/e2e/appliance-invariants.js';
import { runCli, type CliEnv } from '../../support/e2e/built-cli.js';
import type { E2eSimulator } from '../../support/e2e/e2e-simulator.js';
import { exportInventory, fleetRecord } from './fleet-record.js';
import { startGitE2e, stopGitE2e, type GitSite } from './git-site.js';

/** What the appliance assigns itself (identity, times, eTags): everything else must come back from Git. */
const ASSIGNED = new Set(['uri', 'eTag', 'created', 'modified', 'scopesUri']);

/** The site's templates, field by field, without what the appliance assigns. */
function templateRecord(templates: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  return templates
    .filter((t) => String(t['description']).startsWith('phoenix:v1 site=dc1 '))
    .map((t) => Object.fromEntries(Object.entries(t).filter(([key]) => !ASSIGNED.has(key))));
}

/** Nodes of example-repo installed from their iLO's virtual media (the rocky9 plan); the others use Image Streamer. */
const VIRTUAL_MEDIA_NODES = ['rocky-01', 'rocky-02'];

describe('rebuild from ashes on a blank appliance: no templates, no profiles, no state', () => {
  let sim: E2eSimulator;
  let site: GitSite;
  let env: CliEnv;

  beforeAll(async () => {
    ({ sim, site, env } = await startGitE2e());
  }, 180_000);

  afterAll(async () => {
    await stopGitE2e(sim, site);
  });

  it('brings back the same templates, the same profiles and the same revision, by both OS deployment methods', async () => {
    const apply = await runCli(['apply', '--repo', site.url, '--auto-approve'], env);
    expect(apply.code, apply.stderr).toBe(0);
    const templates = templateRecord(await sim.templates());
    expect(templates.map((t) => t['name'])).toEqual([
      'docker-centos74',
      'docker-fedora27',
      'k8s-master',
      'k8s-worker',
      'openstack-aio',
      'openstack-compute',
      'rocky9',
      'synergy-base',
    ]);
    const fleet = fleetRecord(await exportInventory(site, env), 'dc1');
    expect(Object.keys(fleet)).toEqual([...EXAMPLE_NODES]);

    await sim.control('POST', '/reset', { blank: true });
    await rm(site.stateDir, { recursive: true, force: true });
    expect(await sim.templates()).toEqual([]);
    expect((await sim.state()).profiles).toEqual([]);

    const since = await sim.lastSeq();
    const rebuild = await runCli(['rebuild', '--repo', site.url, '--auto-approve'], env);
    expect(rebuild.code, rebuild.stderr).toBe(0);
    expect(rebuild.stdout).toContain(`Rebuild of ${site.first}`);
    expect(rebuild.stdout).toContain('Applied: 13 created');

    expect(templateRecord(await sim.templates())).toEqual(templates);
    expect(fleetRecord(await exportInventory(site, env), 'dc1')).toEqual(fleet);
    const state = await sim.state();
    expect(convergenceProblems(state, await sim.consulNodes(), EXAMPLE_NODES)).toEqual([]);
    // Image Streamer nodes came back with their deployment plan; virtual-media nodes were installed again through
    // their iLO (both media inserted, a one-time boot from CD, both ejected), and nothing else touched an iLO.
    const rebuilt = fleetRecord(await exportInventory(site, env), 'dc1');
    const iloRequests = await sim.requests({ since, listener: 'ilo' });
    for (const node of EXAMPLE_NODES) {
      const profile = state.profiles.find((p) => p.name === node)!;
      const hardware = state.hardware.find((h) => h.uri === profile.serverHardwareUri)!;
      const calls = iloRequests
        .filter((r) => r.mutating && r.server?.name === hardware.name)
        .map((r) => `${r.method} ${r.path}`);
      if (!VIRTUAL_MEDIA_NODES.includes(node)) {
        expect(calls, node).toEqual([]);
        expect(rebuilt[node]!.deploymentPlan, node).toMatch(/^DP-/);
        continue;
      }
      expect(rebuilt[node]!.deploymentPlan, node).toBeNull();
      expect(
        calls.filter((c) => c.includes('InsertMedia')),
        node,
      ).toHaveLength(2);
      expect(
        calls.filter((c) => c.startsWith('PATCH /redfish/v1/Systems/1')),
        node,
      ).toHaveLength(1);
      expect(
        calls.filter((c) => c.includes('EjectMedia')),
        node,
      ).toHaveLength(2);
    }
    const ilos = (state as unknown as { ilos: unknown }).ilos;
    expect(JSON.stringify(ilos)).not.toMatch(/"inserted":true/);
    const status = JSON.parse((await runCli(['--json', 'status'], env)).stdout) as {
      lastAppliedRevision: string;
    };
    expect(status.lastAppliedRevision).toBe(site.first);
  });
});

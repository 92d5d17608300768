import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliEnv } from '../support/e2e/built-cli.js';
import type { E2eSimulator } from '../support/e2e/e2e-simulator.js';
import { startE2eSite, stopE2eSite } from '../support/e2e/e2e-site.js';
import type { TempSite } from '../support/e2e/temp-repo.js';

interface PlanJson {
  changes: { node: string; action: string; fieldChanges: { path: string; after: string | null }[] }[];
}

const NODE = 'openstack-aio-01';
const NIC = 'ManagementNIC';

describe('a node that sets some keys of a NIC attribute', () => {
  let sim: E2eSimulator;
  let site: TempSite;
  let env: CliEnv;

  beforeAll(async () => {
    ({ sim, site, env } = await startE2eSite());
    const file = `nodes/${NODE}.yaml`;
    await site.setYaml(file, ['spec', 'attributes', `${NIC}.connectionid`], '3');
    await site.setYaml(file, ['spec', 'attributes', `${NIC}.dhcp`], 'true');
    await site.setYaml(file, ['spec', 'attributes', `${NIC}.constraint`], 'dhcp');
  }, 180_000);

  afterAll(async () => {
    await stopE2eSite(sim, site);
  });

  it('is composed with exactly the NIC values its plan shows', async () => {
    const plan = await runCli(['--json', 'plan', '--repo', site.repo], env);
    expect(plan.code, plan.stderr).toBe(0);
    const change = (JSON.parse(plan.stdout) as PlanJson).changes.find((c) => c.node === NODE)!;
    expect(change.action).toBe('create');
    const planned = Object.fromEntries(
      change.fieldChanges
        .filter((f) => f.path.startsWith(`attributes.${NIC}.`))
        .map((f) => [f.path.slice('attributes.'.length), f.after]),
    );
    expect(Object.keys(planned).sort()).toEqual(
      ['connectionid', 'constraint', 'dhcp', 'ipv4disable', 'networkuri'].map((k) => `${NIC}.${k}`),
    );
    expect(planned).toMatchObject({ [`${NIC}.connectionid`]: '3', [`${NIC}.dhcp`]: 'true' });

    const since = await sim.lastSeq();
    const apply = await runCli(['apply', '--repo', site.repo, '--auto-approve', '--target', NODE], env);
    expect(apply.code, apply.stderr).toBe(0);
    const composes = (await sim.mutations(since)).filter(
      (r) => r.method === 'POST' && r.path === '/rest/server-profiles',
    );
    expect(composes).toHaveLength(1);

    // What the compose request carried is what the appliance stored.
    const profile = (await sim.state()).profiles.find((p) => p.name === NODE)!;
    const stored = (await sim.oneview('GET', profile.uri)) as {
      osDeploymentSettings: { osCustomAttributes: { name: string; value: string }[] };
    };
    const sent = Object.fromEntries(
      stored.osDeploymentSettings.osCustomAttributes
        .filter((a) => a.name.startsWith(`${NIC}.`) && Object.hasOwn(planned, a.name))
        .map((a) => [a.name, a.value]),
    );
    expect(sent).toEqual(planned);
  });
});

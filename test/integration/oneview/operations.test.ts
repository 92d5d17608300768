import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OneViewAppliance } from '../../../src/adapters/oneview/oneview-appliance.js';
import type { InventorySnapshot } from '../../../src/core/observed/inventory.js';
import { formatStamp } from '../../../src/core/stamp/stamp.js';
import { connectSim, control, requestLog, startSim, type Sim } from './sim-harness.js';

let sim: Sim;
let appliance: OneViewAppliance;
let inventory: InventorySnapshot;

const stamp = (node: string) =>
  formatStamp({ site: 'dc1', node, spec: '0123456789abcdef', rev: '0123456789ab', gen: 1 });

function hardwareNamed(name: string) {
  const hw = inventory.hardware.find((h) => h.name === name);
  if (!hw) throw new Error(`no hardware ${name}`);
  return hw;
}

function templateNamed(name: string) {
  const t = inventory.templates.find((x) => x.name === name);
  if (!t) throw new Error(`no template ${name}`);
  return t;
}

beforeAll(async () => {
  sim = await startSim();
  appliance = await connectSim(sim);
  inventory = await appliance.readInventory();
});

afterAll(async () => {
  await appliance?.close();
  await sim?.close();
});

describe('inventory snapshot of the demo site', () => {
  it('reads hardware, profiles, templates, plans and golden images', () => {
    expect(inventory).toMatchObject({ formatVersion: 1, appliance: sim.oneviewUrl });
    expect(inventory.hardware).toHaveLength(36);
    expect(inventory.enclosures.map((e) => e.name).sort()).toEqual([
      'SYN-FRAME-01',
      'SYN-FRAME-02',
      'SYN-FRAME-03',
    ]);
    expect(inventory.enclosureGroups.map((g) => g.name)).toEqual(['EG-I3S']);
    expect(inventory.hardwareTypes.map((t) => t.name).sort()).toEqual(['SY 480 Gen10 1', 'SY 480 Gen9 1']);
    const bay3 = hardwareNamed('SYN-FRAME-01, bay 3');
    expect(bay3).toMatchObject({
      bay: 3,
      powerState: 'Off',
      state: 'NoProfileApplied',
      status: 'OK',
      profileUri: null,
    });
    expect(bay3.enclosureUri).toBe(inventory.enclosures.find((e) => e.name === 'SYN-FRAME-01')!.uri);
    expect(bay3.hardwareTypeUri).toBe(inventory.hardwareTypes.find((t) => t.name === 'SY 480 Gen10 1')!.uri);

    const legacy = inventory.profiles.find((p) => p.name === 'legacy-db-01');
    expect(legacy).toMatchObject({ stamp: null, hardwareUri: hardwareNamed('SYN-FRAME-03, bay 12').uri });
    expect(hardwareNamed('SYN-FRAME-03, bay 12')).toMatchObject({
      powerState: 'On',
      profileUri: legacy!.uri,
    });

    expect(inventory.templates.map((t) => t.name).sort()).toEqual([
      'spt-docker-centos74',
      'spt-docker-fedora27',
      'spt-k8s-master',
      'spt-k8s-worker',
      'spt-openstack-aio',
      'spt-openstack-compute',
      'spt-rocky9-local',
    ]);
    const master = templateNamed('spt-k8s-master');
    const plan = inventory.deploymentPlans.find((p) => p.uri === master.deploymentPlanUri);
    expect(plan?.name).toBe('DP-K8S-Master-Fedora-27');
    expect(plan?.attributes.map((a) => a.name)).toEqual(
      expect.arrayContaining([
        'SERVER_FQDN',
        'CONSUL_FQDN',
        'DATADOG_TAG',
        'VLAN_ID',
        'K8S_CLUSTER_NAME',
        'ManagementNIC',
      ]),
    );
    expect(plan?.attributes.find((a) => a.name === 'ManagementNIC')?.type).toBe('nic');
    const golden = inventory.goldenImages.find((g) => g.uri === plan?.goldenImageUri);
    expect(golden?.name).toBe('GI-Fedora-27-x64');
    expect(inventory.goldenImages.map((g) => g.name).sort()).toEqual([
      'GI-CentOS-7.4-x64',
      'GI-Fedora-27-x64',
    ]);
  });

  it('costs ceil(total / pageSize) GETs per collection and gives a stable fingerprint', async () => {
    await control(sim, 'DELETE', '/requests');
    const again = await appliance.readInventory();
    expect(again.fingerprint).toBe(inventory.fingerprint);
    const log = await requestLog(sim);
    const count = (path: string) => log.filter((r) => r.method === 'GET' && r.path === path).length;
    expect(count('/rest/server-hardware')).toBe(Math.ceil(36 / 10));
    expect(count('/rest/server-profiles')).toBe(1);
    expect(count('/rest/server-profile-templates')).toBe(1);
    expect(count('/rest/os-deployment-plans')).toBe(1);
    expect(
      log
        .filter((r) => r.listener === 'imageStreamer')
        .map((r) => r.path)
        .sort(),
    ).toEqual(['/rest/deployment-plans', '/rest/golden-images']);
  });
});

describe('single resources', () => {
  it('gets hardware, a profile and a raw resource; a missing one is null', async () => {
    const hw = hardwareNamed('SYN-FRAME-02, bay 9');
    expect(await appliance.getHardware(hw.uri)).toEqual(hw);
    const legacy = inventory.profiles.find((p) => p.name === 'legacy-db-01')!;
    expect(await appliance.getProfile(legacy.uri)).toEqual(legacy);
    expect((await appliance.getResource(hw.uri))?.['name']).toBe('SYN-FRAME-02, bay 9');
    expect(
      await appliance.getProfile('/rest/server-profiles/00000000-0000-0000-0000-000000000000'),
    ).toBeNull();
    expect(
      await appliance.getHardware('/rest/server-hardware/00000000-0000-0000-0000-000000000000'),
    ).toBeNull();
  });

  it('finds a profile by its exact name with a safe filter', async () => {
    expect((await appliance.findProfileByName('legacy-db-01'))?.name).toBe('legacy-db-01');
    expect(await appliance.findProfileByName('LEGACY-DB-01')).toBeNull();
    expect(await appliance.findProfileByName('k8s-w-99')).toBeNull();
    await expect(appliance.findProfileByName(`x' or name='legacy-db-01`)).rejects.toMatchObject({
      code: 'ONEVIEW_BAD_REQUEST',
    });
  });

  it('refuses a resource URI that is not a OneView path', async () => {
    await expect(appliance.getHardware('https://elsewhere.example.org/rest/x')).rejects.toMatchObject({
      code: 'INTERNAL_INVALID_ARGUMENT',
    });
    await expect(appliance.getHardware('/rest/../_sim/state')).rejects.toMatchObject({
      code: 'INTERNAL_INVALID_ARGUMENT',
    });
  });
});

describe('compose, power, labels and delete', () => {
  it('runs the whole life of a node', async () => {
    const hw = hardwareNamed('SYN-FRAME-01, bay 1');
    const master = templateNamed('spt-k8s-master');
    const profile = await appliance.composeProfile({
      name: 'k8s-master-01',
      templateUri: master.uri,
      hardwareUri: hw.uri,
      description: stamp('k8s-master-01'),
      deploymentPlanUri: master.deploymentPlanUri,
      customAttributes: [
        { name: 'SERVER_FQDN', value: 'k8s-master-01.dc1.example.org' },
        { name: 'CONSUL_FQDN', value: 'consul.dc1.example.org' },
        { name: 'DATADOG_TAG', value: 'k8s' },
        { name: 'VLAN_ID', value: '210' },
        { name: 'K8S_CLUSTER_NAME', value: 'dc1-k8s' },
      ],
    });
    expect(profile).toMatchObject({
      name: 'k8s-master-01',
      hardwareUri: hw.uri,
      templateUri: master.uri,
      deploymentPlanUri: master.deploymentPlanUri,
      stamp: { site: 'dc1', node: 'k8s-master-01', gen: 1 },
      inProgress: false,
    });
    expect(profile.customAttributes).toMatchObject({
      SERVER_FQDN: 'k8s-master-01.dc1.example.org',
      K8S_CLUSTER_NAME: 'dc1-k8s',
      'ManagementNIC.dhcp': expect.any(String),
      'ManagementNIC.connectionid': expect.any(String),
      'ManagementNIC.ipv4disable': expect.any(String),
      'ManagementNIC.networkuri': expect.any(String),
      'ManagementNIC.constraint': expect.any(String),
    });
    expect(await appliance.getHardware(hw.uri)).toMatchObject({
      state: 'ProfileApplied',
      profileUri: profile.uri,
    });
    expect((await appliance.findProfileByName('k8s-master-01'))?.uri).toBe(profile.uri);

    await appliance.powerOn(hw.uri);
    expect((await appliance.getHardware(hw.uri))?.powerState).toBe('On');
    await appliance.powerOn(hw.uri); // already on: no second task

    expect(await appliance.addLabels(profile.uri, ['phoenix dc1'])).toContain('phoenix dc1');
    expect(await appliance.getLabels(profile.uri)).toEqual(['phoenix dc1']);

    await appliance.powerOff(hw.uri, { graceful: true });
    expect((await appliance.getHardware(hw.uri))?.powerState).toBe('Off');

    await appliance.deleteProfile(profile.uri);
    expect(await appliance.getProfile(profile.uri)).toBeNull();
    expect(await appliance.getHardware(hw.uri)).toMatchObject({
      state: 'NoProfileApplied',
      profileUri: null,
    });
    await appliance.deleteProfile(profile.uri); // already gone: nothing to do

    const log = await requestLog(sim);
    const powerPuts = log.filter((r) => r.method === 'PUT' && r.path === `${hw.uri}/powerState`);
    expect(powerPuts).toHaveLength(2);
  });

  it('powers off hard with PressAndHold and deletes with force', async () => {
    const hw = hardwareNamed('SYN-FRAME-02, bay 2');
    const template = templateNamed('spt-docker-centos74');
    const profile = await appliance.composeProfile({
      name: 'docker-01',
      templateUri: template.uri,
      hardwareUri: hw.uri,
      description: stamp('docker-01'),
      deploymentPlanUri: null,
      customAttributes: [{ name: 'SERVER_FQDN', value: 'docker-01.dc1.example.org' }],
    });
    expect(profile.deploymentPlanUri).toBe(template.deploymentPlanUri);
    await appliance.powerOn(hw.uri);
    await appliance.powerOff(hw.uri);
    expect((await appliance.getHardware(hw.uri))?.powerState).toBe('Off');
    await appliance.deleteProfile(profile.uri, { force: true });
    expect(await appliance.getProfile(profile.uri)).toBeNull();
    const log = await requestLog(sim);
    expect(
      log.some((r) => r.method === 'DELETE' && r.path === profile.uri && /force=true/.test(r.query)),
    ).toBe(true);
  });

  it('sets power from the state the caller just read without reading the server again', async () => {
    const hw = hardwareNamed('SYN-FRAME-03, bay 5');
    const before = (await requestLog(sim)).length;
    await appliance.powerOn(hw.uri, { powerState: 'Off' });
    expect((await appliance.getHardware(hw.uri))?.powerState).toBe('On');
    await appliance.powerOn(hw.uri, { powerState: 'On' }); // on already: nothing is sent
    await appliance.powerOff(hw.uri, { powerState: 'On' });
    expect((await appliance.getHardware(hw.uri))?.powerState).toBe('Off');
    const log = (await requestLog(sim)).slice(before).filter((r) => r.path.startsWith(hw.uri));
    expect(log.map((r) => `${r.method} ${r.path.slice(hw.uri.length) || '/'}`)).toEqual([
      'PUT /powerState',
      'GET /',
      'PUT /powerState',
      'GET /',
    ]);
  });

  it('follows every task in flight with one filtered GET of the tasks collection per poll', async () => {
    const bays = ['SYN-FRAME-03, bay 1', 'SYN-FRAME-03, bay 2', 'SYN-FRAME-03, bay 3', 'SYN-FRAME-03, bay 4'];
    const before = (await requestLog(sim)).length;
    await Promise.all(bays.map((name) => appliance.powerOn(hardwareNamed(name).uri)));
    for (const name of bays)
      expect((await appliance.getHardware(hardwareNamed(name).uri))?.powerState).toBe('On');
    const log = (await requestLog(sim)).slice(before);
    const taskGets = log.filter((r) => r.method === 'GET' && r.path.startsWith('/rest/tasks'));
    expect(taskGets.length).toBeGreaterThan(0);
    // No task is read by its own URI: the poller found each in the filtered collection.
    expect(taskGets.filter((r) => r.path !== '/rest/tasks')).toEqual([]);
    const named = taskGets.map(
      (r) => (decodeURIComponent(r.query).match(/uri='\/rest\/tasks\//g) ?? []).length,
    );
    expect(Math.max(...named)).toBeGreaterThan(1);
  });

  it('stops waiting when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const hw = hardwareNamed('SYN-FRAME-02, bay 3');
    await expect(appliance.powerOn(hw.uri, { signal: controller.signal })).rejects.toMatchObject({
      code: 'ONEVIEW_CANCELLED',
    });
  });
});

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- JSON wire bodies are untyped here */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SimClient } from './sim-client.js';
import { catalogue, templateBody, type Catalogue } from './template-bodies.js';

describe('template consistency: templateCompliance, compliance-preview and update from template', () => {
  let c: SimClient;
  let cat: Catalogue;
  let template: any;
  beforeEach(async () => {
    c = await SimClient.start();
    await c.login();
    cat = await catalogue(c);
    const r = await c.call('POST', '/rest/server-profile-templates', templateBody(cat, 'web'));
    const task = await c.waitTask(r.body.uri);
    template = (await c.call('GET', task.associatedResource.resourceUri)).body;
  });
  afterEach(async () => c.close());

  const profileOn = async (bay: string, name: string) => {
    const hw = await c.hardwareByName(bay);
    const body = (await c.call('GET', `${template.uri}/new-profile`)).body;
    const task = await c.waitTask(
      (await c.call('POST', '/rest/server-profiles', { ...body, name, serverHardwareUri: hw.uri })).body.uri,
    );
    expect(task.taskState).toBe('Completed');
    return { hw, uri: task.associatedResource.resourceUri as string };
  };
  const get = async (uri: string) => (await c.call('GET', uri)).body;
  const power = async (hwUri: string, state: 'On' | 'Off') =>
    c.waitTask(
      (
        await c.call('PUT', `${hwUri}/powerState`, {
          powerState: state,
          powerControl: state === 'On' ? 'MomentaryPress' : 'PressAndHold',
        })
      ).body.uri,
    );
  const updateTemplate = async (change: (t: any) => void) => {
    const t = await get(template.uri);
    change(t);
    const r = await c.call('PUT', t.uri, t, { 'If-Match': t.eTag });
    expect(r.status).toBe(202);
    expect((await c.waitTask(r.body.uri)).taskState).toBe('Completed');
  };

  it('marks profiles made from the template Compliant and others Unknown', async () => {
    const { uri } = await profileOn('SYN-FRAME-01, bay 1', 'web-01');
    expect((await get(uri)).templateCompliance).toBe('Compliant');
    const preview = await get(`${uri}/compliance-preview`);
    expect(preview).toMatchObject({
      type: 'ServerProfileCompliancePreviewV1',
      isOnlineUpdate: true,
      automaticUpdates: [],
      manualUpdates: [],
    });
    const legacy = (await c.call('GET', "/rest/server-profiles?filter=name='legacy-db-01'")).body.members[0];
    expect(legacy.templateCompliance).toBe('Unknown');
    const hw = await c.hardwareByName('SYN-FRAME-01, bay 6');
    const worker = await c.newProfile('spt-k8s-worker', 'k8s-w-01', hw.uri, {
      SERVER_FQDN: 'k8s-w-01.dc1.example.org',
    });
    const task = await c.waitTask((await c.call('POST', '/rest/server-profiles', worker)).body.uri);
    expect((await get(task.associatedResource.resourceUri)).templateCompliance).toBe('Compliant');
  });

  it('turns every profile of a changed template NonCompliant, previews the updates and applies them by PATCH', async () => {
    const one = await profileOn('SYN-FRAME-01, bay 1', 'web-01');
    const two = await profileOn('SYN-FRAME-01, bay 2', 'web-02');
    const before = await get(one.uri);
    await updateTemplate((t) => {
      t.firmware.firmwareBaselineUri = cat.ssp2024;
      t.bios.overriddenSettings = [{ id: 'WorkloadProfile', value: 'LowLatency' }];
      t.connectionSettings.connections[0].requestedMbps = '8000';
      t.boot.order = ['HardDisk', 'PXE'];
      t.localStorage.controllers[0].logicalDrives.push({
        name: 'data',
        raidLevel: 'RAID0',
        numPhysicalDrives: 2,
      });
    });
    for (const p of [one, two]) expect((await get(p.uri)).templateCompliance).toBe('NonCompliant');
    const after = await get(one.uri);
    expect(after.eTag).not.toBe(before.eTag);
    const preview = await get(`${one.uri}/compliance-preview`);
    expect(preview.isOnlineUpdate).toBe(false);
    expect(preview.manualUpdates).toEqual([]);
    expect(preview.automaticUpdates).toEqual([
      'Change the requested bandwidth of connection 1 from 5000 Mb/s to 8000 Mb/s.',
      'Change the boot order from HardDisk to HardDisk, PXE.',
      'Change the BIOS setting ProcHyperthreading from Disabled to its default.',
      'Change the BIOS setting WorkloadProfile from Virtualization-MaxPerformance to LowLatency.',
      'Change the firmware baseline from HPE Synergy Service Pack SY-2023.10.01 to HPE Synergy Service Pack SY-2024.04.02.',
      'Create the logical drive data on controller Embedded.',
    ]);

    await power(one.hw.uri, 'On');
    const refused = await c.call('PATCH', one.uri, [
      { op: 'replace', path: '/templateCompliance', value: 'Compliant' },
    ]);
    const refusedTask = await c.waitTask(refused.body.uri);
    expect(refusedTask).toMatchObject({ taskState: 'Error', stateReason: 'ValidationError' });
    expect(refusedTask.taskErrors[0].errorCode).toBe('ServerNotOffWithCauseForNoServerChange');
    expect((await get(one.uri)).templateCompliance).toBe('NonCompliant');

    await power(one.hw.uri, 'Off');
    const r = await c.call('PATCH', one.uri, [
      { op: 'replace', path: '/templateCompliance', value: 'Compliant' },
    ]);
    expect(r.status).toBe(202);
    const task = await c.waitTask(r.body.uri);
    expect(task.taskState).toBe('Completed');
    expect(task.progressUpdates.map((u: any) => u.statusUpdate)).toContain(
      'Change the requested bandwidth of connection 1 from 5000 Mb/s to 8000 Mb/s.',
    );
    const fixed = await get(one.uri);
    expect(fixed).toMatchObject({
      templateCompliance: 'Compliant',
      firmware: { firmwareBaselineUri: cat.ssp2024 },
      bios: { overriddenSettings: [{ id: 'WorkloadProfile', value: 'LowLatency' }] },
      boot: { order: ['HardDisk', 'PXE'] },
    });
    expect(fixed.connectionSettings.connections[0]).toMatchObject({
      requestedMbps: '8000',
      mac: before.connectionSettings.connections[0].mac,
    });
    expect((await get(`${one.uri}/compliance-preview`)).automaticUpdates).toEqual([]);
    expect((await get(two.uri)).templateCompliance).toBe('NonCompliant');
  });

  it('lists changes it cannot make as manual updates and leaves them', async () => {
    const p = await profileOn('SYN-FRAME-01, bay 3', 'web-03');
    await updateTemplate((t) => {
      t.localStorage.controllers[0].logicalDrives[0].raidLevel = 'RAID0';
      t.connectionSettings.connections[1].networkUri = cat.backup;
    });
    const preview = await get(`${p.uri}/compliance-preview`);
    expect(preview.automaticUpdates).toEqual([
      'Change the network of connection 2 from Management to Backup-VLAN-400.',
    ]);
    expect(preview.manualUpdates).toEqual([
      'Re-create the logical drive boot on controller Embedded; its data is lost.',
    ]);
    await c.waitTask(
      (await c.call('PATCH', p.uri, [{ op: 'replace', path: '/templateCompliance', value: 'Compliant' }]))
        .body.uri,
    );
    const after = await get(p.uri);
    expect(after.templateCompliance).toBe('NonCompliant');
    expect(after.connectionSettings.connections[1].networkUri).toBe(cat.backup);
    expect((await get(`${p.uri}/compliance-preview`)).automaticUpdates).toEqual([]);
  });

  it('turns a profile edited directly NonCompliant (a connection bandwidth changed by PUT while it runs)', async () => {
    const p = await profileOn('SYN-FRAME-01, bay 4', 'web-04');
    await power(p.hw.uri, 'On');
    const profile = await get(p.uri);
    profile.connectionSettings.connections[0].requestedMbps = '2500';
    const r = await c.call('PUT', p.uri, profile, { 'If-Match': profile.eTag });
    expect(r.status).toBe(202);
    expect((await c.waitTask(r.body.uri)).taskState).toBe('Completed');
    expect((await get(p.uri)).templateCompliance).toBe('NonCompliant');
    expect((await get(`${p.uri}/compliance-preview`)).automaticUpdates).toEqual([
      'Change the requested bandwidth of connection 1 from 2500 Mb/s to 5000 Mb/s.',
    ]);
    expect((await get(`${p.uri}/compliance-preview`)).isOnlineUpdate).toBe(true);
    const fix = await c.call('PATCH', p.uri, [
      { op: 'replace', path: '/templateCompliance', value: 'Compliant' },
    ]);
    expect((await c.waitTask(fix.body.uri)).taskState).toBe('Completed');
    expect((await get(p.uri)).templateCompliance).toBe('Compliant');
  });

  it('adds the firmware install time to a profile apply that manages firmware', async () => {
    await c.control('PUT', '/durations', { firmwareInstall: 3_600_000 });
    const hw = await c.hardwareByName('SYN-FRAME-02, bay 1');
    const body = (await c.call('GET', `${template.uri}/new-profile`)).body;
    const r = await c.call('POST', '/rest/server-profiles', {
      ...body,
      name: 'web-fw',
      serverHardwareUri: hw.uri,
    });
    expect(r.body.expectedDuration).toBeGreaterThanOrEqual(3600);
    await c.control('POST', '/clock/advance', { ms: 1_500_000 });
    const running = await get(r.body.uri);
    expect(running.taskState).toBe('Running');
    expect(running.progressUpdates.map((u: any) => u.statusUpdate)).toContain(
      'Install the firmware baseline HPE Synergy Service Pack SY-2023.10.01.',
    );
    await c.control('POST', '/clock/advance', { ms: 3_600_000 });
    expect((await get(r.body.uri)).taskState).toBe('Completed');

    const plain = await c.newProfile(
      'spt-k8s-worker',
      'no-fw',
      (await c.hardwareByName('SYN-FRAME-02, bay 2')).uri,
    );
    const fast = await c.call('POST', '/rest/server-profiles', plain);
    expect(fast.body.expectedDuration).toBeLessThan(60);
  });
});

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- JSON wire bodies are untyped here */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SimClient } from './sim-client.js';
import { catalogue, templateBody, type Catalogue } from './template-bodies.js';

describe('server profile templates as OneView validates and stores them', () => {
  let c: SimClient;
  let cat: Catalogue;
  beforeEach(async () => {
    c = await SimClient.start();
    await c.login();
    cat = await catalogue(c);
  });
  afterEach(async () => c.close());

  const create = async (body: any) => {
    const r = await c.call('POST', '/rest/server-profile-templates', body);
    expect(r.status).toBe(202);
    const task = await c.waitTask(r.body.uri);
    expect(task.taskState).toBe('Completed');
    return (await c.call('GET', task.associatedResource.resourceUri)).body;
  };
  const templateCount = async () => (await c.call('GET', '/rest/server-profile-templates')).body.total;

  it('creates a template with every section and reads the same settings back', async () => {
    const t = await create(templateBody(cat, 'web'));
    expect(t).toMatchObject({
      name: 'web',
      category: 'server-profile-templates',
      description: 'phoenix:v1 site=dc1 template=web spec=0123456789abcdef rev=0123456789ab',
      serverHardwareTypeUri: cat.gen10,
      enclosureGroupUri: cat.eg,
      bootMode: { manageMode: true, mode: 'UEFIOptimized' },
      boot: { manageBoot: true, order: ['HardDisk'] },
      firmware: {
        manageFirmware: true,
        firmwareBaselineUri: cat.ssp2023,
        firmwareInstallType: 'FirmwareOnlyOfflineMode',
      },
      localStorage: {
        controllers: [{ deviceSlot: 'Embedded', logicalDrives: [{ name: 'boot', raidLevel: 'RAID1' }] }],
      },
      managementProcessor: { manageMp: true },
    });
    expect(t.connectionSettings.connections.map((x: any) => [x.id, x.networkUri, x.requestedMbps])).toEqual([
      [1, cat.prodSet, '5000'],
      [2, cat.mgmt, '1000'],
    ]);
    expect(t.bios.overriddenSettings).toHaveLength(2);
    expect(t.sanStorage).toMatchObject({ manageSanStorage: false });
    expect((await c.call('GET', t.uri)).headers['etag']).toBe(t.eTag);
  });

  it('refuses bad settings with a 400 naming the field, and creates nothing', async () => {
    const before = await templateCount();
    const cases: [string, (b: any) => void, string, string][] = [
      [
        'unknown network',
        (b) => (b.connectionSettings.connections[0].networkUri = '/rest/ethernet-networks/nope'),
        'INVALID_NETWORK_URI',
        'connectionSettings.connections[0].networkUri',
      ],
      [
        'FC network on an Ethernet connection',
        (b) => (b.connectionSettings.connections[1].networkUri = cat.sanA),
        'NETWORK_TYPE_MISMATCH',
        'connectionSettings.connections[1].networkUri',
      ],
      [
        'unknown firmware bundle',
        (b) => (b.firmware.firmwareBaselineUri = '/rest/firmware-drivers/nope'),
        'INVALID_FIRMWARE_BASELINE_URI',
        'firmware.firmwareBaselineUri',
      ],
      [
        'duplicate port ids',
        (b) => (b.connectionSettings.connections[1].portId = 'Mezz 3:1-c'),
        'DUPLICATE_PORT_ID',
        'connectionSettings.connections[1].portId',
      ],
      [
        'bandwidth over the port maximum',
        (b) => (b.connectionSettings.connections[0].requestedMbps = '25000'),
        'BANDWIDTH_EXCEEDS_PORT_MAXIMUM',
        'connectionSettings.connections[0].requestedMbps',
      ],
      [
        'a port the adapter does not have',
        (b) => (b.connectionSettings.connections[0].portId = 'Mezz 3:3-a'),
        'INVALID_PORT_ID',
        'connectionSettings.connections[0].portId',
      ],
      [
        'unknown BIOS setting',
        (b) => b.bios.overriddenSettings.push({ id: 'NoSuchSetting', value: 'x' }),
        'INVALID_BIOS_SETTING',
        'bios.overriddenSettings[2].id',
      ],
      [
        'BIOS value not an option',
        (b) => (b.bios.overriddenSettings[1].value = 'Sometimes'),
        'INVALID_BIOS_SETTING',
        'bios.overriddenSettings[1].value',
      ],
      [
        'RAID level not supported',
        (b) => (b.localStorage.controllers[0].logicalDrives[0].raidLevel = 'RAID6'),
        'INVALID_LOCAL_STORAGE',
        'localStorage.controllers[0].logicalDrives[0].raidLevel',
      ],
      [
        'boot device not supported',
        (b) => (b.boot.order = ['Floppy']),
        'INVALID_BOOT_ORDER',
        'boot.order[0]',
      ],
      [
        'unknown hardware type',
        (b) => (b.serverHardwareTypeUri = '/rest/server-hardware-types/nope'),
        'INVALID_SERVER_HARDWARE_TYPE_URI',
        'serverHardwareTypeUri',
      ],
    ];
    for (const [what, mutate, code, field] of cases) {
      const body = templateBody(cat, `bad-${what.replace(/\W+/g, '-')}`);
      mutate(body);
      const r = await c.call('POST', '/rest/server-profile-templates', body);
      expect({ what, status: r.status, code: r.body.errorCode, field: r.body.errorSource }).toEqual({
        what,
        status: 400,
        code,
        field,
      });
      expect(Object.keys(r.body).sort()).toEqual(
        [
          'data',
          'details',
          'errorCode',
          'errorSource',
          'message',
          'nestedErrors',
          'recommendedActions',
        ].sort(),
      );
    }
    const sum = templateBody(cat, 'too-much-on-one-port');
    sum.connectionSettings.connections[1].portId = 'Mezz 3:1-d';
    sum.connectionSettings.connections[0].requestedMbps = '15000';
    sum.connectionSettings.connections[1].requestedMbps = '6000';
    const r = await c.call('POST', '/rest/server-profile-templates', sum);
    expect(r.body).toMatchObject({
      errorCode: 'BANDWIDTH_EXCEEDS_PORT_MAXIMUM',
      data: { maximumMbps: 20000 },
    });
    expect(await templateCount()).toBe(before);
  });

  it('updates with PUT and the current eTag only, replacing the settings', async () => {
    const t = await create(templateBody(cat, 'web'));
    const next = { ...t, firmware: { ...t.firmware, firmwareBaselineUri: cat.ssp2024 } };
    next.bios = { manageBios: true, overriddenSettings: [{ id: 'PowerRegulator', value: 'StaticHighPerf' }] };
    const stale = await c.call('PUT', t.uri, { ...next, eTag: 'stale' });
    expect(stale.status).toBe(412);
    const staleHeader = await c.call('PUT', t.uri, next, { 'If-Match': 'stale' });
    expect(staleHeader.status).toBe(412);
    const r = await c.call('PUT', t.uri, next, { 'If-Match': t.eTag });
    expect(r.status).toBe(202);
    expect((await c.waitTask(r.body.uri)).taskState).toBe('Completed');
    const after = (await c.call('GET', t.uri)).body;
    expect(after.firmware.firmwareBaselineUri).toBe(cat.ssp2024);
    expect(after.bios.overriddenSettings).toEqual([{ id: 'PowerRegulator', value: 'StaticHighPerf' }]);
    expect(after.eTag).not.toBe(t.eTag);
    const bad = await c.call('PUT', t.uri, {
      ...after,
      firmware: { ...after.firmware, firmwareBaselineUri: '/rest/firmware-drivers/x' },
    });
    expect(bad.status).toBe(400);
    expect((await c.call('GET', t.uri)).body.firmware.firmwareBaselineUri).toBe(cat.ssp2024);
  });

  it('refuses to delete a template while a profile uses it', async () => {
    const t = await create(templateBody(cat, 'web'));
    const hw = await c.hardwareByName('SYN-FRAME-01, bay 5');
    const body = (await c.call('GET', `${t.uri}/new-profile`)).body;
    const created = await c.waitTask(
      (await c.call('POST', '/rest/server-profiles', { ...body, name: 'web-01', serverHardwareUri: hw.uri }))
        .body.uri,
    );
    expect(created.taskState).toBe('Completed');
    const refused = await c.call('DELETE', t.uri, undefined, { 'If-Match': '*' });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      errorCode: 'TEMPLATE_IN_USE',
      data: { profileUris: [created.associatedResource.resourceUri] },
    });
    expect(
      (await c.waitTask((await c.call('DELETE', created.associatedResource.resourceUri)).body.uri)).taskState,
    ).toBe('Completed');
    const del = await c.call('DELETE', t.uri, undefined, { 'If-Match': t.eTag });
    expect(del.body.name).toBe('Delete');
    expect((await c.waitTask(del.body.uri)).taskState).toBe('Completed');
    expect((await c.call('GET', t.uri)).status).toBe(404);
  });

  it('seeds a template for OS installs from virtual media: local RAID1 boot drive, no deployment plan', async () => {
    const list = await c.call(
      'GET',
      `/rest/server-profile-templates?filter=${encodeURIComponent('"name=\'spt-rocky9-local\'"')}`,
    );
    const t = list.body.members[0];
    expect(t).toMatchObject({ osDeploymentSettings: null, boot: { order: ['HardDisk', 'CD'] } });
    expect(t.localStorage.controllers[0].logicalDrives[0]).toMatchObject({
      raidLevel: 'RAID1',
      bootable: true,
    });
    const hw = await c.hardwareByName('SYN-FRAME-02, bay 3');
    const body = (await c.call('GET', `${t.uri}/new-profile`)).body;
    const task = await c.waitTask(
      (
        await c.call('POST', '/rest/server-profiles', {
          ...body,
          name: 'rocky-01',
          serverHardwareUri: hw.uri,
        })
      ).body.uri,
    );
    expect(task.taskState).toBe('Completed');
    expect((await c.call('GET', task.associatedResource.resourceUri)).body.templateCompliance).toBe(
      'Compliant',
    );
  });

  it('resets to a blank appliance: hardware, networks, firmware and plans stay; templates and profiles go', async () => {
    await create(templateBody(cat, 'web'));
    const r = await c.control('POST', '/reset', { blank: true });
    expect(r.body).toMatchObject({ reset: true, blank: true, templates: 0, profiles: 0 });
    expect((await c.call('GET', '/rest/server-profile-templates')).body.total).toBe(0);
    expect((await c.call('GET', '/rest/server-profiles')).body.total).toBe(0);
    expect((await c.call('GET', '/rest/server-hardware')).body.total).toBe(36);
    expect((await c.call('GET', "/rest/server-hardware?filter=state='NoProfileApplied'")).body.total).toBe(
      36,
    );
    expect((await c.call('GET', '/rest/firmware-drivers')).body.total).toBe(3);
    expect((await c.call('GET', '/rest/network-sets')).body.total).toBe(1);
    expect((await c.call('GET', '/rest/os-deployment-plans')).body.total).toBe(6);
    expect((await c.call('GET', '/rest/enclosures')).body.total).toBe(3);
    const again = await c.control('POST', '/reset');
    expect(again.body).toMatchObject({ blank: false, templates: 7, profiles: 1 });
  });
});

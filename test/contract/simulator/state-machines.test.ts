/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- JSON wire bodies are untyped here */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SimClient } from './sim-client.js';

describe('simulator state machines', () => {
  let c: SimClient;
  beforeEach(async () => {
    c = await SimClient.start();
    await c.login();
  });
  afterEach(async () => c.close());

  const compose = async (bay: string, name: string) => {
    const hw = await c.hardwareByName(bay);
    const r = await c.call(
      'POST',
      '/rest/server-profiles',
      await c.newProfile('spt-k8s-worker', name, hw.uri, { SERVER_FQDN: `${name}.dc1.example.org` }),
    );
    return { hw, task: await c.waitTask(r.body.uri) };
  };
  const power = async (hwUri: string, state: 'On' | 'Off') =>
    c.waitTask(
      (
        await c.call('PUT', `${hwUri}/powerState`, {
          powerState: state,
          powerControl: state === 'On' ? 'MomentaryPress' : 'PressAndHold',
        })
      ).body.uri,
    );
  const consulNode = async (node: string) =>
    (await c.call('GET', `${c.sim.consulUrl}/v1/catalog/node/${node}`)).body;
  const settle = async () => c.control('POST', '/clock/advance', { ms: 1000 });

  it('refuses a profile on powered-on hardware with the documented task error', async () => {
    const hw = await c.hardwareByName('SYN-FRAME-01, bay 3');
    await power(hw.uri, 'On');
    const r = await c.call(
      'POST',
      '/rest/server-profiles',
      await c.newProfile('spt-k8s-worker', 'w1', hw.uri),
    );
    const task = await c.waitTask(r.body.uri);
    expect(task).toMatchObject({ taskState: 'Error', stateReason: 'ValidationError' });
    expect(task.taskErrors[0].errorCode).toBe('ServerNotOffWithCauseForNoServerChange');
    expect((await c.call('GET', "/rest/server-profiles?filter=name='w1'")).body.total).toBe(0);
  });

  it('applies, powers on, registers in Consul, then deletion removes the OS volume and the registration', async () => {
    const { hw, task } = await compose('SYN-FRAME-01, bay 4', 'k8s-w-01');
    expect(task.taskState).toBe('Completed');
    const applied = (await c.call('GET', hw.uri)).body;
    expect(applied).toMatchObject({
      state: 'ProfileApplied',
      powerLock: false,
      serverProfileUri: task.associatedResource.resourceUri,
    });
    const profile = (await c.call('GET', applied.serverProfileUri)).body;
    const volumeId = profile.osDeploymentSettings.osVolumeUri.split('/').pop();
    expect((await c.call('GET', `${c.sim.imageStreamerUrl}/rest/os-volumes/${volumeId}`)).status).toBe(200);
    await power(hw.uri, 'On');
    await settle();
    const node = await consulNode('k8s-w-01.dc1.example.org');
    expect(Object.keys(node.Services)).toEqual(['kubelet']);
    const health = (await c.call('GET', `${c.sim.consulUrl}/v1/health/node/k8s-w-01.dc1.example.org`)).body;
    expect(health[0]).toMatchObject({ CheckID: 'serfHealth', Status: 'passing' });
    const busy = await c.call('DELETE', profile.uri);
    expect((await c.waitTask(busy.body.uri)).taskErrors[0].errorCode).toBe(
      'ServerNotOffWithCauseForNoServerChange',
    );
    await power(hw.uri, 'Off');
    expect(await consulNode('k8s-w-01.dc1.example.org')).toBeNull();
    const del = await c.call('DELETE', `${profile.uri}?force=True`, undefined, { 'If-Match': '*' });
    expect(del.body.name).toBe('Delete');
    expect((await c.waitTask(del.body.uri)).taskState).toBe('Completed');
    expect((await c.call('GET', `${c.sim.imageStreamerUrl}/rest/os-volumes/${volumeId}`)).status).toBe(404);
    expect((await c.call('GET', hw.uri)).body).toMatchObject({
      state: 'NoProfileApplied',
      serverProfileUri: null,
    });
    const gone = await c.call('GET', profile.uri);
    expect(gone.status).toBe(404);
    expect(gone.body.errorCode).toBe('ProfileNotFoundException');
  });

  it('moves hardware through ApplyingProfile with the power lock and refuses a concurrent create', async () => {
    const hw = await c.hardwareByName('SYN-FRAME-02, bay 1');
    const first = await c.call(
      'POST',
      '/rest/server-profiles',
      await c.newProfile('spt-k8s-worker', 'a', hw.uri),
    );
    expect((await c.call('GET', hw.uri)).body).toMatchObject({ state: 'ApplyingProfile', powerLock: true });
    const lock = await c.call('PUT', `${hw.uri}/powerState`, {
      powerState: 'On',
      powerControl: 'MomentaryPress',
    });
    expect(lock.status).toBe(409);
    const second = await c.call(
      'POST',
      '/rest/server-profiles',
      await c.newProfile('spt-k8s-worker', 'b', hw.uri),
    );
    expect((await c.waitTask(second.body.uri)).taskErrors[0].errorCode).toBe('AssignProfileToDeviceBayError');
    await c.waitTask(first.body.uri);
    const third = await c.call(
      'POST',
      '/rest/server-profiles',
      await c.newProfile('spt-k8s-worker', 'c', hw.uri),
    );
    expect((await c.waitTask(third.body.uri)).taskErrors[0].errorCode).toBe('ProfileAlreadyExistsInServer');
  });

  it('goes through power transitions and refuses a cold boot when off', async () => {
    const hw = await c.hardwareByName('SYN-FRAME-02, bay 2');
    const on = await c.call('PUT', `${hw.uri}/powerState`, {
      powerState: 'On',
      powerControl: 'MomentaryPress',
    });
    expect((await c.call('GET', hw.uri)).body.powerState).toBe('PoweringOn');
    await c.waitTask(on.body.uri);
    expect((await c.call('GET', hw.uri)).body.powerState).toBe('On');
    await power(hw.uri, 'Off');
    const cold = await c.call('PUT', `${hw.uri}/powerState`, { powerState: 'On', powerControl: 'ColdBoot' });
    expect(cold.status).toBe(409);
    expect(cold.body.errorCode).toBe('INVALID_POWER_CONTROL_REQUEST_POWER_COLDBOOT_OFF');
  });

  it('answers 412 on an eTag mismatch and accepts If-Match *', async () => {
    const { task } = await compose('SYN-FRAME-02, bay 3', 'etag-node');
    const profile = (await c.call('GET', task.associatedResource.resourceUri)).body;
    const stale = { ...profile, description: 'changed', eTag: 'stale/1' };
    const r = await c.call('PUT', profile.uri, stale);
    expect(r.status).toBe(412);
    expect(r.body.errorCode).toBe('ETAG_MISMATCH');
    const ok = await c.call(
      'PUT',
      profile.uri,
      { ...profile, description: 'phoenix:v1 site=dc1 node=etag-node' },
      { 'If-Match': '*' },
    );
    expect(ok.status).toBe(202);
    await c.waitTask(ok.body.uri);
    expect((await c.call('GET', profile.uri)).body.description).toBe('phoenix:v1 site=dc1 node=etag-node');
  });

  it('answers 401 with the documented body for an unknown session, 404 on idle-timeout, 412 on a bad API version', async () => {
    const r = await c.call('GET', '/rest/server-hardware', undefined, { auth: 'nope' });
    expect(r.status).toBe(401);
    expect(r.body).toMatchObject({ errorCode: 'AUTHORIZATION', nestedErrors: [], errorSource: null });
    expect(Object.keys(r.body).sort()).toEqual([
      'data',
      'details',
      'errorCode',
      'errorSource',
      'message',
      'nestedErrors',
      'recommendedActions',
    ]);
    expect(
      (await c.call('GET', '/rest/sessions/idle-timeout', undefined, { 'Session-ID': 'nope' })).status,
    ).toBe(404);
    expect(
      (await c.call('GET', '/rest/sessions/idle-timeout', undefined, { 'Session-ID': c.token! })).body,
    ).toEqual({ idleTimeout: 86_400_000 });
    const v = await c.call('GET', '/rest/server-hardware', undefined, { 'X-API-Version': '99999' });
    expect(v.status).toBe(412);
    expect(v.body.message).toContain('The specified API version is not valid.');
    const idle = await c.call(
      'POST',
      '/rest/sessions/idle-timeout',
      { idleTimeout: 1000 },
      { 'Session-ID': c.token! },
    );
    expect(idle.status).toBe(200);
    await c.control('POST', '/clock/advance', { ms: 2000 });
    expect((await c.call('GET', '/rest/server-hardware')).status).toBe(401);
  });

  it('answers 404 with an errorCode for unknown resources and for an unmodelled route, naming the route', async () => {
    const r = await c.call('GET', '/rest/server-hardware/NOPE');
    expect(r.status).toBe(404);
    expect(r.body.errorCode).toBe('RESOURCE_NOT_FOUND');
    for (const [method, path] of [
      ['GET', '/rest/storage-volumes'],
      ['POST', '/rest/server-hardware-types'],
    ] as const) {
      const n = await c.call(method, path, method === 'POST' ? {} : undefined);
      expect(n.status).toBe(404);
      expect(n.body).toMatchObject({ errorCode: 'GENERIC_HTTP_404', nestedErrors: [], errorSource: path });
      expect(n.body.message).toContain(`${method} ${path} is not modelled`);
    }
  });

  it('resets to the seeded state', async () => {
    await compose('SYN-FRAME-02, bay 4', 'temp');
    expect((await c.call('GET', '/rest/server-profiles')).body.total).toBe(2);
    await c.control('POST', '/reset');
    const profiles = (await c.call('GET', '/rest/server-profiles')).body;
    expect(profiles.members.map((p: any) => p.name)).toEqual(['legacy-db-01']);
  });
});

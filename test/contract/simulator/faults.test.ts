/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-call -- JSON wire bodies are untyped here */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SimClient } from './sim-client.js';

describe('simulator control API and fault injection', () => {
  let c: SimClient;
  beforeEach(async () => {
    c = await SimClient.start();
    await c.login();
  });
  afterEach(async () => c.close());

  const create = async (bay: string, name: string) => {
    const hw = await c.hardwareByName(bay);
    const r = await c.call(
      'POST',
      '/rest/server-profiles',
      await c.newProfile('spt-docker-centos74', name, hw.uri, { SERVER_FQDN: `${name}.dc1.example.org` }),
    );
    return { hw, task: await c.waitTask(r.body.uri) };
  };

  it('needs the bearer token', async () => {
    expect((await c.call('GET', `${c.sim.controlUrl}/state`)).status).toBe(401);
  });

  it('answers 503 for the next N requests', async () => {
    await c.control('POST', '/faults/http-errors', { status: 503, count: 2 });
    const a = await c.call('GET', '/rest/server-hardware');
    expect(a.status).toBe(503);
    expect(a.body.errorCode).toBe('SERVICE_UNAVAILABLE');
    expect((await c.call('GET', '/rest/server-hardware')).status).toBe(503);
    expect((await c.call('GET', '/rest/server-hardware')).status).toBe(200);
  });

  it('answers 500 on one path prefix only', async () => {
    await c.control('POST', '/faults/http-errors', {
      status: 500,
      count: 1,
      pathPrefix: '/rest/server-profiles',
    });
    expect((await c.call('GET', '/rest/server-hardware')).status).toBe(200);
    expect((await c.call('GET', '/rest/server-profiles')).status).toBe(500);
  });

  it('expires every session', async () => {
    await c.control('POST', '/faults/expire-sessions');
    expect((await c.call('GET', '/rest/server-hardware')).status).toBe(401);
  });

  it('fails the next task of a kind with the given errorCode', async () => {
    await c.control('POST', '/faults/task-failures', {
      kind: 'profile-create',
      count: 1,
      errorCode: 'CRM_APPLY_FAILED',
    });
    const { hw, task } = await create('SYN-FRAME-01, bay 5', 'failing');
    expect(task.taskState).toBe('Error');
    expect(task.taskErrors[0]).toMatchObject({ errorCode: 'CRM_APPLY_FAILED', errorSource: null });
    expect((await c.call('GET', hw.uri)).body).toMatchObject({
      state: 'ProfileError',
      status: 'OK',
      powerLock: false,
    });
    expect((await c.call('GET', task.associatedResource.resourceUri)).body).toMatchObject({
      state: 'CreateFailed',
      status: 'Critical',
    });
    expect((await create('SYN-FRAME-01, bay 6', 'fine')).task.taskState).toBe('Completed');
  });

  it('marks a hardware-attributable task failure on the hardware', async () => {
    await c.control('POST', '/faults/task-failures', {
      kind: 'profile-create',
      errorCode: 'HardwareFault',
      hardwareAttributable: true,
    });
    const { hw, task } = await create('SYN-FRAME-01, bay 5', 'broken');
    expect(task.taskErrors[0]).toMatchObject({
      errorCode: 'HardwareFault',
      errorSource: hw.uri,
      data: { hardwareAttributable: true },
    });
    expect((await c.call('GET', hw.uri)).body.status).toBe('Critical');
  });

  it('slows tasks down', async () => {
    await c.control('PUT', '/durations', { powerOn: 100 });
    await c.control('POST', '/faults/slow-tasks', { kind: 'power-on', factor: 10, count: 1 });
    const hw = await c.hardwareByName('SYN-FRAME-01, bay 7');
    const r = await c.call('PUT', `${hw.uri}/powerState`, { powerState: 'On' });
    await c.control('POST', '/clock/advance', { ms: 200 });
    expect((await c.call('GET', r.body.uri)).body.taskState).toBe('Running');
    await c.control('POST', '/clock/advance', { ms: 1000 });
    expect((await c.call('GET', r.body.uri)).body.taskState).toBe('Completed');
  });

  it('turns hardware Critical, and its Consul serf check critical', async () => {
    const { hw } = await create('SYN-FRAME-01, bay 8', 'crit');
    await c.waitTask((await c.call('PUT', `${hw.uri}/powerState`, { powerState: 'On' })).body.uri);
    await c.control('POST', '/clock/advance', { ms: 1000 });
    await c.control('POST', '/faults/hardware-failure', {
      hardware: 'SYN-FRAME-01, bay 8',
      mode: 'critical',
    });
    expect((await c.call('GET', hw.uri)).body.status).toBe('Critical');
    const health = (await c.call('GET', `${c.sim.consulUrl}/v1/health/node/crit.dc1.example.org`)).body;
    expect(health[0].Status).toBe('critical');
    const passing = (await c.call('GET', `${c.sim.consulUrl}/v1/health/service/docker?passing`)).body;
    expect(passing).toEqual([]);
  });

  it('turns the hardware of a profile create Critical halfway while the task completes', async () => {
    await c.control('POST', '/faults/hardware-failure-during', { kind: 'profile-create', count: 1 });
    const { hw, task } = await create('SYN-FRAME-01, bay 6', 'struck');
    expect(task.taskState).toBe('Completed');
    expect((await c.call('GET', hw.uri)).body).toMatchObject({ status: 'Critical', state: 'ProfileApplied' });
    const next = await create('SYN-FRAME-01, bay 5', 'spared');
    expect((await c.call('GET', next.hw.uri)).body.status).toBe('OK');
  });

  it("says a task failure is not the hardware's fault when it is not", async () => {
    await c.control('POST', '/faults/task-failures', {
      kind: 'profile-create',
      count: 1,
      errorCode: 'X',
      hardwareAttributable: false,
    });
    const { hw, task } = await create('SYN-FRAME-01, bay 4', 'software');
    expect(task.taskErrors[0]).toMatchObject({ errorCode: 'X', data: { hardwareAttributable: false } });
    expect((await c.call('GET', hw.uri)).body.status).toBe('OK');
  });

  it('removes hardware from its bay; only a forced delete removes its profile', async () => {
    const { hw, task } = await create('SYN-FRAME-02, bay 5', 'pulled');
    await c.control('POST', '/faults/hardware-failure', { hardware: hw.uri, mode: 'removed' });
    expect((await c.call('GET', hw.uri)).status).toBe(404);
    const profileUri = task.associatedResource.resourceUri;
    expect((await c.call('GET', profileUri)).body.status).toBe('Critical');
    const plain = await c.waitTask((await c.call('DELETE', profileUri)).body.uri);
    expect(plain.taskErrors[0].errorCode).toBe('ServerHardwareNotFound');
    const forced = await c.waitTask((await c.call('DELETE', `${profileUri}?force=true`)).body.uri);
    expect(forced.taskState).toBe('Completed');
  });

  it('keeps a server out of Consul when told it never registers', async () => {
    await c.control('POST', '/faults/never-register', { node: 'ghost.dc1.example.org' });
    const { hw } = await create('SYN-FRAME-02, bay 6', 'ghost');
    await c.waitTask((await c.call('PUT', `${hw.uri}/powerState`, { powerState: 'On' })).body.uri);
    await c.control('POST', '/clock/advance', { ms: 1000 });
    expect((await c.call('GET', `${c.sim.consulUrl}/v1/catalog/node/ghost.dc1.example.org`)).body).toBeNull();
    expect((await c.call('GET', hw.uri)).body).toMatchObject({ state: 'ProfileApplied', powerState: 'On' });
  });

  it('logs requests, filters the mutating ones, and clears', async () => {
    await c.control('DELETE', '/requests');
    await c.call('GET', '/rest/server-hardware?count=1');
    const hw = await c.hardwareByName('SYN-FRAME-03, bay 1');
    await c.call('PUT', `${hw.uri}/powerState`, { powerState: 'On' });
    const all = (await c.control('GET', '/requests')).body;
    expect(all.count).toBe(3);
    expect(all.requests[0]).toMatchObject({
      method: 'GET',
      path: '/rest/server-hardware',
      query: 'count=1',
      status: 200,
    });
    const mutating = (await c.control('GET', '/requests?mutating=true')).body.requests;
    expect(mutating.map((r: any) => `${r.method} ${r.status}`)).toEqual(['PUT 202']);
    await c.control('DELETE', '/requests');
    expect((await c.control('GET', '/requests')).body.count).toBe(0);
  });

  it('seeds a generated site and rejects a bad inventory naming the field', async () => {
    const g = await c.control('POST', '/seed', { preset: { frames: 4, bays: 10 } });
    expect(g.body.hardware).toBe(40);
    const bad = await c.control('POST', '/seed', {
      inventory: {
        formatVersion: 1,
        enclosureGroups: [],
        enclosures: [],
        hardwareTypes: [],
        hardware: [{ uri: 'x' }],
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details).toBe('hardware[0].hardwareTypeUri');
  });
});

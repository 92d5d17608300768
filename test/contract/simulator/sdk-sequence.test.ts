/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- JSON wire bodies are untyped here */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimClient } from './sim-client.js';

describe('the request sequence of the official Python SDK over HTTPS', () => {
  let c: SimClient;
  beforeAll(async () => {
    c = await SimClient.start();
  });
  afterAll(async () => c.close());

  it('discovers the version, logs in, lists, filters, powers on and polls the task', async () => {
    const v1 = await c.call('GET', '/rest/version', undefined, { 'X-API-Version': '' });
    expect(v1.body).toEqual({ currentVersion: 3800, minimumVersion: 120 });
    expect((await c.call('GET', '/rest/version')).status).toBe(200);
    const login = await c.call('POST', '/rest/login-sessions', {
      userName: 'Administrator',
      password: c.sim.password,
      loginMsgAck: true,
    });
    expect(login.status).toBe(200);
    expect(login.body.sessionID).toHaveLength(48);
    c.token = login.body.sessionID;
    const all = await c.call('GET', '/rest/server-hardware?start=0&count=-1');
    expect(all.body).toMatchObject({ total: 36, count: 36, nextPageUri: null, start: 0 });
    const one = await c.call(
      'GET',
      '/rest/server-hardware?start=0&count=-1&filter=%22name%3D%27SYN-FRAME-01%2C%20bay%201%27%22',
    );
    expect(one.body.members.map((m: any) => m.name)).toEqual(['SYN-FRAME-01, bay 1']);
    const hwUri = one.body.members[0].uri;
    const power = await c.call('PUT', `${hwUri}/powerState`, {
      powerState: 'On',
      powerControl: 'MomentaryPress',
    });
    expect(power.status).toBe(202);
    expect(power.headers['location']).toBe(power.body.uri);
    const first = await c.call('GET', power.headers['location'] as string);
    expect(first.status).toBe(200);
    const done = await c.waitTask(power.body.uri);
    expect(done).toMatchObject({
      taskState: 'Completed',
      name: 'Power on',
      associatedResource: { resourceUri: hwUri },
    });
    expect((await c.call('GET', done.associatedResource.resourceUri)).body.powerState).toBe('On');
  });

  it('serves the older SDK: version header everywhere, trailing slash, Image Streamer with the OneView token', async () => {
    const osdp = await c.call('GET', '/rest/os-deployment-plans/?start=0&count=-1');
    expect(osdp.body.members.map((p: any) => p.name)).toContain('DP-K8S-Master-Fedora-27');
    const plans = await c.call(
      'GET',
      `${c.sim.imageStreamerUrl}/rest/deployment-plans?start=0&count=-1`,
      undefined,
      { 'X-API-Version': '1000' },
    );
    expect(plans.status).toBe(200);
    expect(plans.body.members).toHaveLength(6);
    const ds = await c.call('GET', '/rest/deployment-servers');
    expect(ds.body.members[0].name).toBe('I3S-DG-01');
  });

  it('accepts a TLS 1.2 client', async () => {
    const { Agent, request } = await import('undici');
    const agent = new Agent({
      connect: { ca: c.sim.caCertPem, maxVersion: 'TLSv1.2', minVersion: 'TLSv1.2' },
    });
    const r = await request(`${c.sim.oneviewUrl}/rest/version`, { dispatcher: agent });
    expect(r.statusCode).toBe(200);
    await r.body.dump();
    await agent.close();
  });

  it('pages with nextPageUri and parses every filter form', async () => {
    const page = await c.call('GET', '/rest/server-hardware?start=0&count=10&sort=name:desc');
    expect(page.body).toMatchObject({ count: 10, total: 36 });
    expect(page.body.members[0].name).toBe('SYN-FRAME-03, bay 9');
    const names: string[] = [];
    let next: string | null = '/rest/server-hardware?start=0&count=10';
    while (next) {
      const r = await c.call('GET', next);
      names.push(...r.body.members.map((m: any) => m.name));
      next = r.body.nextPageUri;
    }
    expect(new Set(names).size).toBe(36);
    const q = async (f: string) => (await c.call('GET', `/rest/server-hardware?${f}`)).body.total;
    expect(await q(`filter=${encodeURIComponent("name matches 'SYN-FRAME-02%'")}`)).toBe(12);
    expect(
      await q(
        `filter=${encodeURIComponent("state='NoProfileApplied'")}&filter=${encodeURIComponent("powerState='Off'")}`,
      ),
    ).toBe(34);
    expect(await q(`filter=${encodeURIComponent('"powerState=On"')}`)).toBe(2);
    expect(await q(`filter=${encodeURIComponent('not "shortModel=\'SY 480 Gen10\'"')}`)).toBe(12);
    expect(
      (await c.call('GET', `/rest/server-hardware?filter=${encodeURIComponent("name = 'x")}`)).status,
    ).toBe(400);
  });
});

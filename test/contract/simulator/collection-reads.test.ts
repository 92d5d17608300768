/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return -- JSON wire bodies are untyped here */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SimClient } from './sim-client.js';

/** Collection reads are answered from serialized members kept between requests: they must never be stale. */
describe('simulator collection reads', () => {
  let c: SimClient;
  beforeEach(async () => {
    c = await SimClient.start();
    await c.login();
  });
  afterEach(async () => c.close());

  const all = async (): Promise<any[]> =>
    (await c.call('GET', '/rest/server-hardware?start=0&count=-1')).body.members;
  const byName = async (name: string): Promise<any> => (await all()).find((h) => h.name === name);

  it('lists every member exactly as its own GET returns it', async () => {
    await all();
    const members = await all();
    expect(members).toHaveLength(36);
    for (const m of members.slice(0, 5)) expect((await c.call('GET', m.uri)).body).toEqual(m);
    const page = (await c.call('GET', '/rest/server-hardware?start=34&count=5')).body;
    expect(page).toMatchObject({ start: 34, count: 2, total: 36, nextPageUri: null });
    expect(page.members).toEqual(members.slice(34));
  });

  it('shows a change made by a request, also one that keeps the eTag', async () => {
    const before = await byName('SYN-FRAME-02, bay 5');
    await all();
    const r = await c.call('PATCH', before.uri, [{ op: 'replace', path: '/uidState', value: 'On' }]);
    expect(r.status).toBe(202);
    expect((await byName('SYN-FRAME-02, bay 5')).uidState).toBe('On');
  });

  it('shows changes made on the simulated clock and a reset to the seed', async () => {
    // A 20 s power-on stays in progress until the test moves the simulated clock.
    await c.control('PUT', '/durations', { powerOn: 20_000 });
    const hw = await byName('SYN-FRAME-01, bay 2');
    expect(hw.powerState).toBe('Off');
    const r = await c.call('PUT', `${hw.uri}/powerState`, {
      powerState: 'On',
      powerControl: 'MomentaryPress',
    });
    expect(r.status).toBe(202);
    expect((await byName('SYN-FRAME-01, bay 2')).powerState).toBe('PoweringOn');
    await c.control('POST', '/clock/advance', { ms: 60_000 });
    expect((await byName('SYN-FRAME-01, bay 2')).powerState).toBe('On');
    await c.control('POST', '/reset');
    expect((await byName('SYN-FRAME-01, bay 2')).powerState).toBe('Off');
  });
});

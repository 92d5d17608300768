import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDaemonSite, type DaemonSite } from './daemon-site.js';

const NODE = 'k8s-w-02';

describe('a profile edited outside Git, seen by the daemon under drift: report', () => {
  let site: DaemonSite;

  beforeAll(async () => {
    site = await startDaemonSite();
    await site.daemon.idle();
    await site.commitYaml('site.yaml', ['spec', 'drift'], 'report', 'report drift only');
    site.tick();
    await site.daemon.idle();
    // Someone changes the management connection's bandwidth in OneView: power off, edit, power on.
    const profile = (await site.sim.state()).profiles.find((p) => p.name === NODE)!;
    const hardware = profile.serverHardwareUri!;
    await site.sim.oneview('PUT', `${hardware}/powerState`, {
      powerState: 'Off',
      powerControl: 'PressAndHold',
    });
    await site.sim.advanceClock(600_000);
    const body = (await site.sim.oneview('GET', profile.uri)) as {
      connectionSettings: { connections: { id: number; requestedMbps: string }[] };
    };
    for (const c of body.connectionSettings.connections) if (c.id === 3) c.requestedMbps = '1000';
    await site.sim.oneview('PUT', profile.uri, body);
    await site.sim.advanceClock(600_000);
    await site.sim.oneview('PUT', `${hardware}/powerState`, {
      powerState: 'On',
      powerControl: 'MomentaryPress',
    });
    await site.sim.advanceClock(600_000);
  }, 240_000);

  afterAll(async () => {
    await site?.dispose();
  });

  it('notifies once, naming the node, and touches nothing', async () => {
    const before = site.receiver.received.length;
    const since = await site.sim.lastSeq();
    site.tick();
    await site.daemon.idle();
    const drift = await site.receiver.next(before, (n) => n.body['event'] === 'drift-detected');
    expect(drift.body).toMatchObject({
      event: 'drift-detected',
      site: 'dc1',
      drifted: { nodes: [NODE], templates: [] },
    });
    expect(String(drift.body['text'])).toContain(NODE);
    expect(String(drift.body['text'])).toContain('drift: report');

    site.tick();
    await site.daemon.idle();
    const drifts = site.receiver.received.slice(before).filter((n) => n.body['event'] === 'drift-detected');
    expect(drifts).toHaveLength(1);
    const mutations = (await site.sim.mutations(since)).filter(
      (r) => !r.path.startsWith('/rest/login-sessions'),
    );
    expect(mutations).toEqual([]);
  });
});

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- JSON wire bodies are untyped here */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SimClient } from './sim-client.js';
import { catalogue } from './template-bodies.js';

/** A web server for install media: an ISO stand-in and answer files, as an image host would serve them. */
async function mediaServer(files: Record<string, string | Buffer>): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const body = files[req.url ?? ''];
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const KICKSTART = (fqdn: string): string =>
  [
    'text',
    'lang en_US.UTF-8',
    `network --bootproto=dhcp --device=link --hostname=${fqdn} --activate`,
    'reboot',
    '',
  ].join('\n');

describe('each server iLO: Redfish, sessions from OneView, virtual media and the install it boots', () => {
  let c: SimClient;
  let media: { url: string; server: Server };
  let templateUri: string;
  beforeEach(async () => {
    c = await SimClient.start();
    await c.login();
    media = await mediaServer({
      '/rocky-9.4-x86_64-minimal.iso': Buffer.alloc(300_000, 7),
      '/ks/vm-01.cfg': KICKSTART('vm-01.dc1.example.org'),
      '/ks/vm-02.cfg': KICKSTART('vm-02.dc1.example.org'),
      '/ks/no-host.cfg': 'text\nnetwork --bootproto=dhcp\nreboot\n',
      '/ci/user-data': '#cloud-config\nhostname: vm-03\nfqdn: vm-03.dc1.example.org\n',
      // An OEMDRV volume made by genisoimage, as Anaconda finds a kickstart without a changed install image.
      '/oemdrv/store-01.iso': gunzipSync(
        readFileSync(
          join(dirname(fileURLToPath(import.meta.url)), '../../unit/simulator/fixtures/oemdrv.iso.gz'),
        ),
      ),
    });
    const cat = await catalogue(c);
    const r = await c.call('POST', '/rest/server-profile-templates', {
      name: 'spt-virtual-media',
      serverHardwareTypeUri: cat.gen10,
      enclosureGroupUri: cat.eg,
      connectionSettings: {
        manageConnections: true,
        connections: [
          {
            id: 1,
            functionType: 'Ethernet',
            networkUri: cat.mgmt,
            portId: 'Mezz 3:1-a',
            requestedMbps: '2500',
          },
        ],
      },
      localStorage: {
        controllers: [
          {
            deviceSlot: 'Embedded',
            mode: 'RAID',
            initialize: true,
            logicalDrives: [{ name: 'os', raidLevel: 'RAID1', bootable: true, numPhysicalDrives: 2 }],
          },
        ],
      },
    });
    templateUri = (await c.waitTask(r.body.uri)).associatedResource.resourceUri;
  });
  afterEach(async () => {
    await new Promise((resolve) => media.server.close(resolve));
    await c.close();
  });

  /** The iLO of a server: its address from mpHostInfo and a session key from OneView's remoteConsoleUrl. */
  const iloOf = async (bay: string) => {
    const hw = await c.hardwareByName(bay);
    const address = hw.mpHostInfo.mpIpAddresses.find((a: any) => a.type !== 'LinkLocal').address;
    const console = (await c.call('GET', `${hw.uri}/remoteConsoleUrl`)).body.remoteConsoleUrl as string;
    const m = /^hplocons:\/\/addr=([^&]+)&sessionkey=([0-9a-f]+)$/.exec(console)!;
    const base = `https://${m[1]}/redfish/v1`;
    const redfish = (method: string, path: string, body?: unknown, token: string | null = m[2]!) =>
      c.call(method, `${base}${path}`, body, token ? { 'X-Auth-Token': token } : {});
    return { hw, address, addr: m[1]!, base, redfish };
  };
  const compose = async (hwUri: string, name: string) => {
    const body = (await c.call('GET', `${templateUri}/new-profile`)).body;
    const t = await c.waitTask(
      (await c.call('POST', '/rest/server-profiles', { ...body, name, serverHardwareUri: hwUri })).body.uri,
    );
    expect(t.taskState).toBe('Completed');
  };
  const powerOn = async (hwUri: string) =>
    c.waitTask(
      (await c.call('PUT', `${hwUri}/powerState`, { powerState: 'On', powerControl: 'MomentaryPress' })).body
        .uri,
    );
  /** The install of a server as the simulator's state shows it, once reading its media is over. */
  const installOf = async (hwUri: string) => {
    for (let i = 0; i < 500; i++) {
      const ilo = (await c.control('GET', '/state')).body.ilos.find((x: any) => x.hardwareUri === hwUri);
      if (ilo.install && ilo.install.phase !== 'fetching') return ilo.install;
    }
    throw new Error('the install never read its media');
  };
  /** Runs the install to its end and the reboot after it (each step is scheduled when the previous one ends). */
  const settle = async () => {
    for (let i = 0; i < 3; i++) await c.control('POST', '/clock/advance', { ms: 1000 });
  };
  const consulNode = async (node: string) =>
    (await c.call('GET', `${c.sim.consulUrl}/v1/catalog/node/${node}`)).body;
  const insert = (redfish: any, slot: string, image: string) =>
    redfish('POST', `/Managers/1/VirtualMedia/${slot}/Actions/VirtualMedia.InsertMedia/`, {
      Image: image,
      WriteProtected: true,
    });

  it('serves every iLO at its own loopback address on one port, with the certificate the appliance uses', async () => {
    const a = await iloOf('SYN-FRAME-01, bay 1');
    const b = await iloOf('SYN-FRAME-02, bay 7');
    expect(a.address).toMatch(/^127\.0\.\d+\.\d+$/);
    expect(a.address).not.toBe(b.address);
    expect(a.addr).toBe(`${a.address}:${c.sim.iloPort}`);
    expect(b.addr).toBe(`${b.address}:${c.sim.iloPort}`);
    const root = await a.redfish('GET', '/', undefined, null);
    expect(root.status).toBe(200);
    expect(root.body).toMatchObject({
      RedfishVersion: '1.6.0',
      UUID: a.hw.uuid,
      Systems: { '@odata.id': '/redfish/v1/Systems/' },
    });
    expect((await b.redfish('GET', '/Systems/1/')).body).toMatchObject({
      SerialNumber: b.hw.serialNumber,
      PowerState: 'Off',
    });
  });

  it('answers 401 without a valid session, hands out sessions by login, and ends them', async () => {
    const a = await iloOf('SYN-FRAME-01, bay 1');
    const b = await iloOf('SYN-FRAME-01, bay 2');
    const none = await a.redfish('GET', '/Systems/1/', undefined, null);
    expect(none.status).toBe(401);
    expect(none.body.error['@Message.ExtendedInfo'][0].MessageId).toBe('Base.1.4.NoValidSession');
    const otherServer = await c.call('GET', `${a.base}/Systems/1/`, undefined, {
      'X-Auth-Token': /sessionkey=(\w+)/.exec(
        (await c.call('GET', `${b.hw.uri}/remoteConsoleUrl`)).body.remoteConsoleUrl,
      )![1]!,
    });
    expect(otherServer.status).toBe(401);
    const bad = await a.redfish(
      'POST',
      '/SessionService/Sessions/',
      { UserName: c.sim.username, Password: 'wrong' },
      null,
    );
    expect(bad.status).toBe(401);
    const login = await a.redfish(
      'POST',
      '/SessionService/Sessions/',
      { UserName: c.sim.username, Password: c.sim.password },
      null,
    );
    expect(login.status).toBe(201);
    const token = login.headers['x-auth-token'] as string;
    expect((await a.redfish('GET', '/Systems/1/', undefined, token)).status).toBe(200);
    expect(
      (
        await c.call('DELETE', `https://${a.addr}${login.headers['location'] as string}`, undefined, {
          'X-Auth-Token': token,
        })
      ).status,
    ).toBe(200);
    expect((await a.redfish('GET', '/Systems/1/', undefined, token)).status).toBe(401);
  });

  it('installs from the virtual CD with a one-time boot override, then registers under the answer file FQDN', async () => {
    const { hw, redfish } = await iloOf('SYN-FRAME-01, bay 3');
    await compose(hw.uri, 'vm-01');
    const slots = (await redfish('GET', '/Managers/1/VirtualMedia/')).body.Members.map(
      (m: any) => m['@odata.id'],
    );
    expect(slots).toEqual([
      '/redfish/v1/Managers/1/VirtualMedia/1/',
      '/redfish/v1/Managers/1/VirtualMedia/2/',
    ]);
    expect((await redfish('GET', '/Managers/1/VirtualMedia/2/')).body.MediaTypes).toEqual(['CD', 'DVD']);
    expect((await insert(redfish, 'CD', `${media.url}/rocky-9.4-x86_64-minimal.iso`)).status).toBe(200);
    expect((await insert(redfish, 'USB', `${media.url}/ks/vm-01.cfg`)).status).toBe(200);
    expect((await insert(redfish, '2', `${media.url}/rocky-9.4-x86_64-minimal.iso`)).status).toBe(400);
    const patch = await redfish('PATCH', '/Systems/1/', {
      Boot: { BootSourceOverrideTarget: 'Cd', BootSourceOverrideEnabled: 'Once' },
    });
    expect(patch.status).toBe(200);
    expect((await redfish('GET', '/Systems/1/')).body.Boot).toMatchObject({
      BootSourceOverrideTarget: 'Cd',
      BootSourceOverrideEnabled: 'Once',
    });

    await powerOn(hw.uri);
    const install = await installOf(hw.uri);
    expect(install).toMatchObject({ phase: 'installing', fqdn: 'vm-01.dc1.example.org' });
    expect(install.imageSha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await redfish('GET', '/Systems/1/')).body.Boot).toMatchObject({
      BootSourceOverrideTarget: 'None',
      BootSourceOverrideEnabled: 'Disabled',
    });
    expect(await consulNode('vm-01.dc1.example.org')).toBeNull();
    await settle();
    const node = await consulNode('vm-01.dc1.example.org');
    expect(node.Node).toMatchObject({ Node: 'vm-01.dc1.example.org' });
    expect((await redfish('GET', '/Systems/1/')).body.HostName).toBe('vm-01.dc1.example.org');

    expect(
      (await redfish('POST', '/Managers/1/VirtualMedia/2/Actions/VirtualMedia.EjectMedia/', {})).status,
    ).toBe(200);
    expect((await redfish('GET', '/Managers/1/VirtualMedia/2/')).body).toMatchObject({
      Inserted: false,
      Image: '',
    });

    const log = (
      await c.control('GET', `/requests?listener=ilo&mutating=true&server=${encodeURIComponent(hw.name)}`)
    ).body.requests;
    expect(log.map((e: any) => [e.method, e.path])).toEqual([
      ['POST', '/redfish/v1/Managers/1/VirtualMedia/CD/Actions/VirtualMedia.InsertMedia/'],
      ['POST', '/redfish/v1/Managers/1/VirtualMedia/USB/Actions/VirtualMedia.InsertMedia/'],
      ['POST', '/redfish/v1/Managers/1/VirtualMedia/2/Actions/VirtualMedia.InsertMedia/'],
      ['PATCH', '/redfish/v1/Systems/1/'],
      ['POST', '/redfish/v1/Managers/1/VirtualMedia/2/Actions/VirtualMedia.EjectMedia/'],
    ]);
    expect(log[0].server).toEqual({ name: hw.name, uri: hw.uri });
  });

  it('accepts the PATCH form of older iLOs and reads a cloud-init answer file', async () => {
    const { hw, redfish } = await iloOf('SYN-FRAME-01, bay 4');
    await compose(hw.uri, 'vm-03');
    expect(
      (await redfish('PATCH', '/Managers/1/VirtualMedia/1/', { Image: `${media.url}/ci/user-data` })).status,
    ).toBe(200);
    const cd = await redfish('PATCH', '/Managers/1/VirtualMedia/2/', {
      Image: `${media.url}/rocky-9.4-x86_64-minimal.iso`,
      Oem: { Hpe: { BootOnNextServerReset: true } },
    });
    expect(cd.status).toBe(200);
    expect((await redfish('GET', '/Managers/1/VirtualMedia/2/')).body.Oem.Hpe.BootOnNextServerReset).toBe(
      true,
    );
    await powerOn(hw.uri);
    expect(await installOf(hw.uri)).toMatchObject({ phase: 'installing', fqdn: 'vm-03.dc1.example.org' });
    await settle();
    expect(await consulNode('vm-03.dc1.example.org')).not.toBeNull();
    expect((await redfish('PATCH', '/Managers/1/VirtualMedia/2/', { Image: null })).status).toBe(200);
    expect((await redfish('GET', '/Managers/1/VirtualMedia/2/')).body.Inserted).toBe(false);
  });

  it('reads the kickstart from an OEMDRV volume in the USB slot', async () => {
    const { hw, redfish } = await iloOf('SYN-FRAME-01, bay 5');
    await compose(hw.uri, 'store-01');
    await insert(redfish, 'CD', `${media.url}/rocky-9.4-x86_64-minimal.iso`);
    await insert(redfish, 'USB', `${media.url}/oemdrv/store-01.iso`);
    await redfish('PATCH', '/Systems/1/', {
      Boot: { BootSourceOverrideTarget: 'Cd', BootSourceOverrideEnabled: 'Once' },
    });
    await powerOn(hw.uri);
    expect(await installOf(hw.uri)).toMatchObject({ phase: 'installing', fqdn: 'store-01.dc1.example.org' });
    await settle();
    expect(await consulNode('store-01.dc1.example.org')).not.toBeNull();
  });

  it('never registers a server booted with no media, with media but no host name, or from the disk alone', async () => {
    const empty = await iloOf('SYN-FRAME-02, bay 1');
    await compose(empty.hw.uri, 'vm-empty');
    await empty.redfish('PATCH', '/Systems/1/', {
      Boot: { BootSourceOverrideTarget: 'Cd', BootSourceOverrideEnabled: 'Once' },
    });
    await powerOn(empty.hw.uri);
    const wrong = await iloOf('SYN-FRAME-02, bay 2');
    await compose(wrong.hw.uri, 'vm-wrong');
    await insert(wrong.redfish, 'CD', `${media.url}/rocky-9.4-x86_64-minimal.iso`);
    await insert(wrong.redfish, 'USB', `${media.url}/ks/no-host.cfg`);
    await wrong.redfish('PATCH', '/Systems/1/', { Boot: { BootSourceOverrideTarget: 'Cd' } });
    await powerOn(wrong.hw.uri);
    expect(await installOf(wrong.hw.uri)).toMatchObject({
      phase: 'failed',
      reason: expect.stringContaining('names no host'),
    });
    await settle();
    const nodes = (await c.call('GET', `${c.sim.consulUrl}/v1/catalog/nodes`)).body.map((n: any) => n.Node);
    expect(nodes).not.toContain('vm-empty');
    expect(nodes).not.toContain('vm-wrong');
  });

  it('injects iLO faults: media insert fails, image unreachable, install never finishes', async () => {
    const a = await iloOf('SYN-FRAME-03, bay 1');
    await c.control('POST', '/faults/ilo', { fault: 'insert-media', hardware: a.hw.name });
    const refused = await insert(a.redfish, 'CD', `${media.url}/rocky-9.4-x86_64-minimal.iso`);
    expect(refused.status).toBe(500);
    expect((await a.redfish('GET', '/Managers/1/VirtualMedia/2/')).body.Inserted).toBe(false);

    const b = await iloOf('SYN-FRAME-03, bay 2');
    await compose(b.hw.uri, 'vm-02');
    await c.control('POST', '/faults/ilo', { fault: 'image-unreachable', hardware: b.hw.uri });
    await insert(b.redfish, 'CD', `${media.url}/rocky-9.4-x86_64-minimal.iso`);
    await insert(b.redfish, 'USB', `${media.url}/ks/vm-02.cfg`);
    await b.redfish('PATCH', '/Systems/1/', {
      Boot: { BootSourceOverrideTarget: 'Cd', BootSourceOverrideEnabled: 'Once' },
    });
    await powerOn(b.hw.uri);
    expect(await installOf(b.hw.uri)).toMatchObject({
      phase: 'failed',
      reason: expect.stringContaining('unreachable'),
    });

    const d = await iloOf('SYN-FRAME-03, bay 3');
    await compose(d.hw.uri, 'vm-stall');
    await insert(d.redfish, 'CD', `${media.url}/missing.iso`);
    await insert(d.redfish, 'USB', `${media.url}/ks/vm-01.cfg`);
    await d.redfish('PATCH', '/Systems/1/', {
      Boot: { BootSourceOverrideTarget: 'Cd', BootSourceOverrideEnabled: 'Once' },
    });
    await powerOn(d.hw.uri);
    expect(await installOf(d.hw.uri)).toMatchObject({
      phase: 'failed',
      reason: expect.stringContaining('HTTP 404'),
    });

    const e = await iloOf('SYN-FRAME-03, bay 4');
    await compose(e.hw.uri, 'vm-e');
    await c.control('POST', '/faults/ilo', { fault: 'install-never-finishes', hardware: e.hw.name });
    await insert(e.redfish, 'CD', `${media.url}/rocky-9.4-x86_64-minimal.iso`);
    await insert(e.redfish, 'USB', `${media.url}/ks/vm-02.cfg`);
    await e.redfish('PATCH', '/Systems/1/', {
      Boot: { BootSourceOverrideTarget: 'Cd', BootSourceOverrideEnabled: 'Once' },
    });
    await powerOn(e.hw.uri);
    expect(await installOf(e.hw.uri)).toMatchObject({ phase: 'stalled' });
    await c.control('POST', '/clock/advance', { ms: 3_600_000 });
    expect(await consulNode('vm-02.dc1.example.org')).toBeNull();
  });
});

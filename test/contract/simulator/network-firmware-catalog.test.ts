/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- JSON wire bodies are untyped here */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimClient } from './sim-client.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(fixtures, name), 'utf8'));

describe('networks, network sets, FC networks, firmware bundles and hardware type ports', () => {
  let c: SimClient;
  beforeAll(async () => {
    c = await SimClient.start();
    await c.login();
  });
  afterAll(async () => c.close());

  const byName = async (collection: string, name: string): Promise<any> =>
    (await c.call('GET', `${collection}?filter=${encodeURIComponent(`"name='${name}'"`)}`)).body.members;

  it('lists network sets whose members are ethernet networks, with every field of a recorded network set', async () => {
    const [set] = await byName('/rest/network-sets', 'Prod-Set');
    const missing = Object.keys(fixture('NetworkSet.json')).filter((k) => !(k in set));
    expect(missing).toEqual([]);
    expect(set.category).toBe('network-sets');
    const names = [];
    for (const uri of set.networkUris) {
      const n = await c.call('GET', uri);
      expect(n.status).toBe(200);
      names.push(n.body.name);
    }
    expect(names).toEqual(['Prod-VLAN-300', 'Prod-VLAN-301']);
  });

  it('lists ethernet networks to resolve names against, and FC networks', async () => {
    const all = (await c.call('GET', '/rest/ethernet-networks?count=-1')).body.members.map(
      (n: any) => n.name,
    );
    expect(all).toEqual(
      expect.arrayContaining([
        'Management',
        'I3S-Deployment',
        'Prod-VLAN-300',
        'Prod-VLAN-301',
        'Backup-VLAN-400',
      ]),
    );
    const fc = (await c.call('GET', '/rest/fc-networks')).body;
    expect(fc).toMatchObject({ category: 'fc-networks', total: 2 });
    expect(fc.members.map((n: any) => n.name)).toEqual(['SAN-A', 'SAN-B']);
  });

  it('lists firmware bundles with name, version, baselineShortName and a URI that reads back', async () => {
    const list = (
      await c.call(
        'GET',
        `/rest/firmware-drivers?filter=${encodeURIComponent('"version=\'SY-2024.04.02\'"')}`,
      )
    ).body;
    expect(list.total).toBe(1);
    const bundle = list.members[0];
    expect(bundle).toMatchObject({
      category: 'firmware-drivers',
      name: 'HPE Synergy Service Pack',
      version: 'SY-2024.04.02',
      baselineShortName: 'SSP 2024.04.02',
      bundleType: 'SPP',
      state: 'Created',
    });
    expect(bundle.uri).toMatch(/^\/rest\/firmware-drivers\/[A-Za-z0-9_-]+$/);
    const one = await c.call('GET', bundle.uri);
    expect(one.status).toBe(200);
    expect(one.headers['etag']).toBe(bundle.eTag);
    const index = (await c.call('GET', '/rest/index/resources?category=firmware-drivers')).body;
    expect(index.total).toBe(3);
  });

  it('reports the adapters, port maximum bandwidth, storage and BIOS settings of each hardware type', async () => {
    const types = (await c.call('GET', '/rest/server-hardware-types')).body.members;
    expect(types).toHaveLength(2);
    for (const t of types) {
      const cna = t.adapters.find((a: any) => a.location === 'Mezz' && a.slot === 3);
      expect(cna.ports.map((p: any) => [p.number, p.maxSpeedMbps])).toEqual([
        [1, 20000],
        [2, 20000],
      ]);
      expect(cna.ports[0].virtualPorts.map((v: any) => v.portFunction)).toEqual([
        'a',
        'b',
        'c',
        'd',
        'e',
        'f',
        'g',
        'h',
      ]);
      expect(t.storageCapabilities.raidLevels).toContain('RAID1');
      const workload = t.biosSettings.find((s: any) => s.id === 'WorkloadProfile');
      expect(workload.options.map((o: any) => o.id)).toContain('Virtualization-MaxPerformance');
    }
  });

  it('seeds the same catalogue in a generated site', async () => {
    await c.control('POST', '/seed', { preset: { frames: 2, bays: 4 } });
    expect((await c.call('GET', '/rest/firmware-drivers')).body.total).toBe(3);
    expect((await c.call('GET', '/rest/network-sets')).body.total).toBe(1);
  });
});

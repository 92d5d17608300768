import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run-cli.js';
import type { InventorySnapshot } from '../../../src/core/observed/inventory.js';
import { connectSim, startSim, type Sim } from './sim-harness.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

let sim: Sim;
const saved: Record<string, string | undefined> = {};
const ENV = ['OV_ADDRESS', 'OV_USERNAME', 'OV_PASSWORD', 'OV_AUTH_DOMAIN', 'OV_CA_FILE'];

beforeAll(async () => {
  sim = await startSim();
  for (const name of ENV) saved[name] = process.env[name];
});

afterAll(async () => {
  for (const name of ENV) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  await sim?.close();
});

describe('phoenix inventory export', () => {
  it('writes the snapshot of the Site appliance as schema-valid JSON without secrets', async () => {
    const repo = await mkdtemp(join(tmpdir(), 'phoenix-export-'));
    await cp(join(ROOT, 'example-repo'), repo, { recursive: true });
    const site = await readFile(join(repo, 'site.yaml'), 'utf8');
    const withStreamer = site.replace(
      /^ {2}consul:$/m,
      `  imageStreamer:\n    url: ${sim.imageStreamerUrl}\n  consul:`,
    );
    expect(withStreamer).not.toBe(site);
    await writeFile(join(repo, 'site.yaml'), withStreamer);
    Object.assign(process.env, {
      OV_ADDRESS: sim.oneviewUrl,
      OV_USERNAME: sim.username,
      OV_PASSWORD: sim.password,
      OV_CA_FILE: sim.caFile,
    });
    delete process.env['OV_AUTH_DOMAIN'];
    const out = join(repo, 'inventory.json');

    const code = await runCli([
      'node',
      'phoenix',
      '--log-level',
      'error',
      'inventory',
      'export',
      '--repo',
      repo,
      '--out',
      out,
    ]);
    expect(code).toBe(0);

    const text = await readFile(out, 'utf8');
    expect(text).not.toContain(sim.password);
    const snapshot = JSON.parse(text) as InventorySnapshot;
    const schema = JSON.parse(await readFile(join(ROOT, 'schemas/inventory.schema.json'), 'utf8'));
    const ajv = addFormats(new Ajv2020({ allErrors: true, strict: true }));
    const validate = ajv.compile(schema);
    expect(validate(snapshot) ? [] : validate.errors).toEqual([]);
    expect(snapshot).toMatchObject({ formatVersion: 1, appliance: sim.oneviewUrl });
    expect(snapshot.hardware).toHaveLength(36);
    expect(snapshot.goldenImages).toHaveLength(2);

    // The same file seeds a simulator that shows the same inventory.
    const seeded = await startSim({ inventoryFile: out });
    try {
      const appliance = await connectSim(seeded);
      const again = await appliance.readInventory();
      await appliance.close();
      const names = (s: InventorySnapshot) => s.hardware.map((h) => `${h.uri} ${h.name}`).sort();
      expect(names(again)).toEqual(names(snapshot));
      expect(again.profiles.map((p) => p.name)).toEqual(snapshot.profiles.map((p) => p.name));
      expect(again.templates.map((t) => t.uri)).toEqual(snapshot.templates.map((t) => t.uri));
    } finally {
      await seeded.close();
    }
  });

  it('fails with ONEVIEW_CONFIG_INVALID when nothing names an appliance', async () => {
    for (const name of ENV) delete process.env[name];
    const code = await runCli(['node', 'phoenix', '--log-level', 'error', 'inventory', 'export']);
    expect(code).toBe(1);
  });
});

import { createHash, randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convergenceProblems } from '../support/e2e/appliance-invariants.js';
import { collect, ensureBuilt, runCli, spawnCli, type CliEnv } from '../support/e2e/built-cli.js';
import { E2eSimulator } from '../support/e2e/e2e-simulator.js';
import { tempSite, type TempSite } from '../support/e2e/temp-repo.js';

const KILLS = 10;
const SEED = 0x1105;
const NODES = ['rocky-01', 'rocky-02'];
/** The answer file's secret: it must reach only the node's answer volume. */
const ROOT_HASH = '$6$e2e-salt$K1nDoFhAsHvAlUeThAtMuStNoTlEaK';

const POOL = `apiVersion: phoenix/v1alpha1
kind: NodePool
metadata:
  name: rocky-hosts
spec:
  plan: rocky9
  replicas: 2
  naming:
    pattern: rocky-{index:02}
    fqdn: '{name}.dc1.example.org'
`;

/** mulberry32: a small seeded generator, so that every run kills at the same request numbers. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('virtual-media applies killed with SIGKILL at seeded moments', () => {
  let sim: E2eSimulator;
  let site: TempSite;
  let env: CliEnv;
  let images: Server;
  let span = 0;
  const image = randomBytes(64 * 1024);

  const apply = (): ReturnType<typeof runCli> =>
    runCli(['apply', '--repo', site.repo, '--auto-approve', '--json'], env);
  /** A blank start: the seed appliance and a fresh ledger. */
  const fresh = async (): Promise<void> => {
    await sim.reset();
    env = { ...env, PHOENIX_STATE_DIR: site.freshState() };
  };

  beforeAll(async () => {
    await ensureBuilt();
    sim = await E2eSimulator.start();
    site = await tempSite();
    // Phoenix reads this test's image server and checks the image's sha256 in every trial.
    env = { ...sim.env(site.stateDir), ROCKY_ROOT_PASSWORD_HASH: ROOT_HASH, PHOENIX_IMAGE_CHECK: 'on' };
    images = createServer((_req, res) => res.writeHead(200).end(image));
    await new Promise<void>((resolve) => images.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(images.address() as AddressInfo).port}/rocky9.iso`;
    for (const dir of ['pools', 'nodes']) await rm(join(site.repo, dir), { recursive: true });
    await mkdir(join(site.repo, 'pools'));
    await writeFile(join(site.repo, 'pools', 'rocky-hosts.yaml'), POOL);
    const sha256 = createHash('sha256').update(image).digest('hex');
    await site.setYaml('plans/rocky9.yaml', ['spec', 'osDeployment', 'virtualMedia', 'image'], {
      url,
      sha256,
    });
    await fresh();
    const since = await sim.lastSeq();
    const result = await apply();
    expect(result.code, result.stderr).toBe(0);
    span = (await sim.lastSeq()) - since;
  }, 180_000);

  afterAll(async () => {
    await new Promise<void>((resolve) => (images === undefined ? resolve() : images.close(() => resolve())));
    await sim?.close();
    await site?.dispose();
  });

  it(`converges after each of ${KILLS} kills: no duplicate profile, no media left inserted, no leaked hardware`, async () => {
    const random = seededRandom(SEED);
    let killed = 0;
    for (let i = 0; killed < KILLS && i < KILLS + 10; i++) {
      await fresh();
      const start = await sim.lastSeq();
      const killAt = start + 1 + Math.floor(random() * span * 0.9);
      const child = spawnCli(['apply', '--repo', site.repo, '--auto-approve'], env);
      const exited = collect(child);
      let done = false;
      void exited.then(() => (done = true));
      for (let round = 0; round < 100_000 && !done; round++) {
        if (await sim.reached(killAt)) break;
      }
      if (!done) {
        child.kill('SIGKILL');
        killed += 1;
      }
      await exited;

      const context = `kill ${i} at request ${killAt - start} of ${span}`;
      const recovery = await apply();
      expect(recovery.code, `${context}: ${recovery.stderr}`).toBe(0);
      const state = await sim.state();
      expect(convergenceProblems(state, await sim.consulNodes(), NODES), context).toEqual([]);
      const ilos = JSON.stringify((state as unknown as { ilos: unknown }).ilos);
      expect(ilos, context).not.toMatch(/"inserted":true/);
    }
    expect(killed).toBe(KILLS);
  }, 400_000);
});

import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliEnv } from '../support/e2e/built-cli.js';
import type { E2eSimulator } from '../support/e2e/e2e-simulator.js';
import { startE2eSite, stopE2eSite } from '../support/e2e/e2e-site.js';
import {
  declareRockyPool,
  installImageUrl,
  ROCKY_NODES as NODES,
  ROOT_HASH,
  serveInstallImage,
  stopInstallImage,
  useInstallImage,
} from '../support/e2e/install-image.js';
import type { TempSite } from '../support/e2e/temp-repo.js';

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(join(entry.parentPath, entry.name));
  }
  return out;
}

describe('a pool installed from the iLO virtual media', () => {
  let sim: E2eSimulator;
  let site: TempSite;
  let env: CliEnv;
  let images: Server;
  const image = randomBytes(256 * 1024);

  beforeAll(async () => {
    ({ sim, site, env } = await startE2eSite());
    // Phoenix reads this test's image server itself and checks the sha256 of the image.
    env = { ...env, ROCKY_ROOT_PASSWORD_HASH: ROOT_HASH, PHOENIX_IMAGE_CHECK: 'on' };
    images = await serveInstallImage(image);
    await declareRockyPool(site);
    // example-repo's rocky9 plan, with an image this test serves where the simulated iLOs can read it.
    await useInstallImage(site, images, image);
  }, 180_000);

  afterAll(async () => {
    await stopInstallImage(images);
    await stopE2eSite(sim, site);
  });

  it('converges: each node gets its media, a one-time CD boot, a power on, and its media ejected', async () => {
    const since = await sim.lastSeq();
    const result = await runCli(['apply', '--repo', site.repo, '--auto-approve'], env);
    expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(result.stdout).toContain('Applied: 2 created');
    expect(await sim.consulNodes()).toEqual(expect.arrayContaining(NODES.map((n) => `${n}.dc1.example.org`)));

    const state = await sim.state();
    for (const node of NODES) {
      const profile = state.profiles.find((p) => p.name === node)!;
      expect(profile).toBeDefined();
      const hardware = state.hardware.find((h) => h.uri === profile.serverHardwareUri)!;
      const ilo = (await sim.requests({ since, listener: 'ilo', server: hardware.name })).filter(
        (r) => r.mutating,
      );
      const calls = ilo.map((r) => `${r.method} ${r.path}`);
      const insertUsb = calls.findIndex((c) => /VirtualMedia\/1\/Actions\/VirtualMedia\.InsertMedia/.test(c));
      const insertCd = calls.findIndex((c) => /VirtualMedia\/2\/Actions\/VirtualMedia\.InsertMedia/.test(c));
      const boot = calls.findIndex((c) => c.startsWith('PATCH /redfish/v1/Systems/1'));
      const ejects = calls.filter((c) => /VirtualMedia\.EjectMedia/.test(c));
      expect(insertUsb, calls.join('\n')).toBeGreaterThanOrEqual(0);
      expect(insertCd).toBeGreaterThan(insertUsb);
      expect(boot).toBeGreaterThan(insertCd);
      expect(ejects).toHaveLength(2);
      // The iLO is reached with the session OneView hands out: Phoenix never logs in to it.
      expect(calls.filter((c) => c.includes('SessionService'))).toEqual([]);
      const powerOn = await sim.requests({ since, method: 'PUT', pathPrefix: `${hardware.uri}/powerState` });
      expect(powerOn.length, `power on of ${hardware.name}`).toBeGreaterThan(0);
      const bootAt = ilo[boot]!.seq;
      expect(powerOn.some((r) => r.seq > bootAt)).toBe(true);
      expect(ilo.findIndex((r) => /EjectMedia/.test(r.path))).toBeGreaterThan(boot);
    }
    // Nothing inserted is left behind.
    const ilos = (state as unknown as { ilos: Record<string, { media: Record<string, unknown> }> }).ilos;
    expect(JSON.stringify(ilos)).toMatch(/"inserted":false/);
    expect(JSON.stringify(ilos)).not.toMatch(/"inserted":true/);
    // Each install read the image this test serves, with the sha256 the Plan declares.
    const installs = Object.values(
      ilos as unknown as Record<string, { install: { imageSha256: string } | null }>,
    ).flatMap((ilo) => (ilo.install === null ? [] : [ilo.install.imageSha256]));
    expect(installs).toEqual(NODES.map(() => createHash('sha256').update(image).digest('hex')));

    // No password of the appliance or its iLOs, and no answer file secret, in the plan, the output or the ledger.
    const plan = await runCli(['plan', '--repo', site.repo, '--format', 'json'], env);
    const texts = [result.stdout, result.stderr, plan.stdout, plan.stderr];
    for (const file of await filesUnder(site.stateDir)) texts.push(await readFile(file, 'utf8'));
    for (const text of texts) {
      expect(text).not.toContain(sim.password);
      expect(text).not.toContain(ROOT_HASH);
    }
  });

  it('refuses an image whose sha256 is not the declared one, before it touches any node, and says why', async () => {
    const before = await sim.state();
    const since = await sim.lastSeq();
    const url = installImageUrl(images);
    await site.setYaml('plans/rocky9.yaml', ['spec', 'osDeployment', 'virtualMedia', 'image'], {
      url,
      sha256: 'c'.repeat(64),
    });
    const result = await runCli(['apply', '--repo', site.repo, '--auto-approve'], env);
    expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(1);
    expect(`${result.stdout}\n${result.stderr}`).toContain('APPLY_IMAGE_CHECKSUM_MISMATCH');
    expect(result.stdout).toContain(`the Plan declares ${'c'.repeat(64)}`);
    const after = await sim.state();
    expect(after.profiles.map((p) => p.uri).sort()).toEqual(before.profiles.map((p) => p.uri).sort());
    expect(await sim.requests({ since, listener: 'ilo' })).toEqual([]);
    expect(await sim.consulNodes()).toEqual(expect.arrayContaining(NODES.map((n) => `${n}.dc1.example.org`)));
  });
});

describe('a pool moved from Image Streamer to virtual media', () => {
  const DOCKER = ['docker-01', 'docker-02', 'docker-03'];
  let sim: E2eSimulator;
  let site: TempSite;
  let env: CliEnv;
  let images: Server;
  const image = randomBytes(64 * 1024);

  beforeAll(async () => {
    ({ sim, site, env } = await startE2eSite());
    // Phoenix reads this test's image server itself and checks the sha256 of the image.
    env = { ...env, ROCKY_ROOT_PASSWORD_HASH: ROOT_HASH, PHOENIX_IMAGE_CHECK: 'on' };
    images = await serveInstallImage(image);
    for (const file of ['pools/k8s-workers.yaml', 'pools/openstack-compute.yaml', 'pools/rocky-hosts.yaml'])
      await rm(join(site.repo, file));
    await rm(join(site.repo, 'nodes'), { recursive: true });
    await useInstallImage(site, images, image);
    const first = await runCli(['apply', '--repo', site.repo, '--auto-approve'], env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('Applied: 3 created');
    await site.setYaml('pools/docker-hosts.yaml', ['spec', 'plan'], 'rocky9');
  }, 180_000);

  afterAll(async () => {
    await stopInstallImage(images);
    await stopE2eSite(sim, site);
  });

  it('replaces its nodes one by one, each installed through its iLO', async () => {
    const before = await sim.state();
    const since = await sim.lastSeq();
    const result = await runCli(['apply', '--repo', site.repo, '--auto-approve', '--json'], env);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).report.counts).toMatchObject({ replaced: 3 });
    const after = await sim.state();
    expect(await sim.consulNodes()).toEqual(
      expect.arrayContaining(DOCKER.map((n) => `${n}.dc1.example.org`)),
    );
    const log = await sim.requests({ since });
    const spans = DOCKER.map((node) => {
      const old = before.profiles.find((p) => p.name === node)!;
      const now = after.profiles.find((p) => p.name === node)!;
      expect(now.uri).not.toBe(old.uri);
      const hardware = after.hardware.find((h) => h.uri === now.serverHardwareUri)!;
      const inserts = log.filter((r) => r.server?.name === hardware.name && /InsertMedia/.test(r.path));
      expect(inserts, node).toHaveLength(2);
      // Out of service from the first change to its old instance until its new one verified.
      const oldIds = [old.uri, old.serverHardwareUri!].map((u) => u.slice(u.lastIndexOf('/') + 1));
      const down = log.find((r) => r.mutating && oldIds.some((id) => r.path.includes(id)))!.seq;
      const ejected = log.filter((r) => r.server?.name === hardware.name && /EjectMedia/.test(r.path));
      return { node, down, up: Math.max(down, ejected.at(-1)!.seq) };
    });
    // maxUnavailable 1: no two nodes are out of service at once.
    const ordered = spans.sort((a, b) => a.down - b.down);
    for (let i = 1; i < ordered.length; i++) {
      expect(
        ordered[i]!.down,
        `${ordered[i]!.node} went down while ${ordered[i - 1]!.node} was`,
      ).toBeGreaterThan(ordered[i - 1]!.up);
    }
  });
});

import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convergenceProblems, EXAMPLE_NODES } from '../../support/e2e/appliance-invariants.js';
import { ensureBuilt, EXAMPLE_REPO } from '../../support/e2e/built-cli.js';
import { E2eSimulator } from '../../support/e2e/e2e-simulator.js';
import { PostgresServer } from '../../support/postgres/postgres-server.js';
import {
  ReplicaSet,
  WEBHOOK_SECRET,
  type ReplicaProcess,
  type ReplicaStatusJson,
} from '../../support/replicas/replica-set.js';
import { createGitFixture, type GitFixture } from '../../integration/git/git-fixture.js';
import { sign } from '../../integration/daemon/daemon-site.js';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

type SitesStatus = ReplicaStatusJson & {
  readonly sites: readonly (ReplicaStatusJson & { site: string; observedRevision: string | null })[];
};

/** Polls `check` (bounded) until it holds. */
async function until(what: string, check: () => Promise<boolean>, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/**
 * example-repo as the Site `name` under sites/<name>, its appliance its own simulator: the connection and the Consul
 * address are declared, the credentials name variables of the site's own.
 */
async function writeSite(git: GitFixture, name: string, sim: E2eSimulator): Promise<void> {
  const dir = join(git.work.directory, 'sites', name);
  await mkdir(dir, { recursive: true });
  await cp(EXAMPLE_REPO, dir, { recursive: true });
  const env = sim.env('');
  const file = join(dir, 'site.yaml');
  const doc = parseDocument(await readFile(file, 'utf8'));
  const prefix = name.toUpperCase();
  doc.setIn(['metadata', 'name'], name);
  doc.setIn(['spec', 'oneview', 'url'], env['OV_ADDRESS']);
  doc.setIn(['spec', 'oneview', 'credentials', 'username'], { env: `${prefix}_OV_USERNAME` });
  doc.setIn(['spec', 'oneview', 'credentials', 'password'], { env: `${prefix}_OV_PASSWORD` });
  doc.setIn(['spec', 'oneview', 'tls'], { caFile: env['OV_CA_FILE'] });
  doc.setIn(['spec', 'consul', 'url'], sim.consulUrl);
  doc.deleteIn(['spec', 'maintenanceWindows']);
  await writeFile(file, doc.toString());
}

describe('replicas serving several sites', () => {
  let pg: PostgresServer;
  let sims: Record<'dc1' | 'dc2', E2eSimulator>;
  let git: GitFixture;
  let set: ReplicaSet;

  beforeAll(async () => {
    await ensureBuilt();
    pg = await PostgresServer.start();
    sims = { dc1: await E2eSimulator.start(), dc2: await E2eSimulator.start() };
    git = await createGitFixture();
    await writeSite(git, 'dc1', sims.dc1);
    await writeSite(git, 'dc2', sims.dc2);
    await git.work.commit({}, 'two sites');
    await git.publish();
    set = new ReplicaSet({
      repo: git.bare,
      sim: sims.dc1,
      databaseUrl: pg.url,
      databasePassword: pg.password,
      stateDirOf: (id) => `${git.root}/state-${id}`,
      // No OV_* variable: each Site declares its own connection.
      envOf: (stateDir) => {
        const env: Record<string, string> = { ...sims.dc1.env(stateDir) };
        for (const name of ['dc1', 'dc2'] as const) {
          const own = sims[name].env(stateDir);
          env[`${name.toUpperCase()}_OV_USERNAME`] = own['OV_USERNAME']!;
          env[`${name.toUpperCase()}_OV_PASSWORD`] = own['OV_PASSWORD']!;
        }
        for (const shared of ['OV_ADDRESS', 'OV_USERNAME', 'OV_PASSWORD', 'OV_CA_FILE', 'CONSUL_HTTP_ADDR'])
          delete env[shared];
        return env;
      },
    });
  }, 120_000);

  afterAll(async () => {
    await set?.stopAll();
    await sims?.dc1.close();
    await sims?.dc2.close();
    await git?.dispose();
    await pg?.close();
  });

  it('lead each site from one replica at a time, share what the leader shows, and pass webhooks on to it', async () => {
    const revision = await git.work.head();
    // The first replica serves dc1 only; the second serves both: it leads dc2 and follows dc1.
    const first = set.start(['dc1=sites/dc1']);
    await until('the first replica to lead dc1', async () => (await first.status()).leading);
    const second = set.start(['dc1=sites/dc1', 'dc2=sites/dc2']);
    const sitesOf = async (replica: ReplicaProcess): Promise<SitesStatus['sites']> =>
      ((await replica.status()) as SitesStatus).sites;
    await until('both sites applied', async () => {
      const sites = await sitesOf(second).catch(() => null);
      return sites !== null && sites.every((s) => s.lastAppliedRevision === revision);
    });
    for (const name of ['dc1', 'dc2'] as const)
      expect(
        convergenceProblems(await sims[name].state(), await sims[name].consulNodes(), EXAMPLE_NODES, name),
      ).toEqual([]);

    const [dc1, dc2] = await sitesOf(second);
    expect(dc1).toMatchObject({
      site: 'dc1',
      replica: second.id,
      leading: false,
      leader: { holder: first.id },
    });
    expect(dc2).toMatchObject({
      site: 'dc2',
      replica: second.id,
      leading: true,
      leader: { holder: second.id },
    });
    // The follower serves what the leader last showed: its last pass, from the shared database.
    const led = (await first.status()) as SitesStatus;
    expect(dc1!.lastPass).toEqual(led.lastPass);
    expect(await second.get('/api/v1/sites/dc1/runs')).toEqual(await first.get('/api/v1/runs'));
    // The dashboard's site page says who leads.
    expect(await second.get('/api/v1/site')).toMatchObject({
      replica: second.id,
      leader: { holder: first.id, epoch: dc1!.leader!.epoch, since: dc1!.leader!.since },
    });
    const metrics = await (await fetch(`${await second.url()}/metrics`)).text();
    expect(metrics).toMatch(/phoenix_site_leader\{site="dc1"\} 0/);
    expect(metrics).toMatch(/phoenix_site_leader\{site="dc2"\} 1/);

    // A deletion that the Site's guards block: the pass leaves a pending plan.
    const pool = join(git.work.directory, 'sites', 'dc1', 'pools', 'k8s-workers.yaml');
    const doc = parseDocument(await readFile(pool, 'utf8'));
    doc.setIn(['spec', 'replicas'], 3);
    await writeFile(pool, doc.toString());
    const blocked = await git.work.commit({}, 'dc1: one worker fewer');
    await git.publish();
    // The push reaches the replica that only follows dc1: it asks dc1's leader for the pass.
    const body = JSON.stringify({ ref: 'refs/heads/main', after: blocked });
    const webhook = await second.post('/webhooks/github', {
      body,
      headers: {
        'content-type': 'application/json',
        'x-github-event': 'push',
        'x-github-delivery': 'delivery-1',
        'x-hub-signature-256': sign(body, WEBHOOK_SECRET),
      },
    });
    expect(webhook.status).toBe(202);
    await until('the leader of dc1 to plan the pushed revision', async () => {
      const status = await first.status();
      return status.lastPass?.revision === blocked && status.lastPass.result === 'blocked';
    });
    const plan = (await first.get('/api/v1/plan')) as { plan: { revision: string } | null };
    expect(plan.plan?.revision).toBe(blocked);
    await until('the follower to serve the same pending plan', async () =>
      isDeepStrictEqual(await second.get('/api/v1/sites/dc1/plan'), plan),
    );

    // Write calls reaching a follower of the site go to its leader.
    const write = await second.post('/api/v1/sites/dc1/reconcile');
    expect(write.status).toBe(307);
    expect(write.headers.get('location')).toBe(`${await first.url()}/api/v1/sites/dc1/reconcile`);
    expect((await second.post('/api/v1/sites/dc2/reconcile')).status).toBe(202);
    expect((await second.post('/api/v1/sites/dc9/reconcile')).status).toBe(404);

    // The leader of dc1 stops: the other replica takes dc1 over and leads both.
    await first.stop();
    await until('the second replica to lead both sites', async () =>
      (await sitesOf(second)).every((s) => s.leading),
    );
  }, 300_000);
});

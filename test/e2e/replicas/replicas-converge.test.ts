import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convergenceProblems, EXAMPLE_NODES } from '../../support/e2e/appliance-invariants.js';
import { ensureBuilt } from '../../support/e2e/built-cli.js';
import { E2eSimulator } from '../../support/e2e/e2e-simulator.js';
import { PostgresServer } from '../../support/postgres/postgres-server.js';
import { ReplicaSet } from '../../support/replicas/replica-set.js';
import { createGitFixture, type GitFixture } from '../../integration/git/git-fixture.js';
import { publishExampleSite } from '../../integration/daemon/daemon-site.js';

describe('three replicas of one site on one PostgreSQL', () => {
  let pg: PostgresServer;
  let sim: E2eSimulator;
  let git: GitFixture;
  let set: ReplicaSet;

  beforeAll(async () => {
    await ensureBuilt();
    pg = await PostgresServer.start();
    sim = await E2eSimulator.start();
    git = await createGitFixture();
    await publishExampleSite(git);
    set = new ReplicaSet({
      repo: git.bare,
      sim,
      databaseUrl: pg.url,
      databasePassword: pg.password,
      stateDirOf: (id) => `${git.root}/state-${id}`,
    });
  }, 120_000);

  afterAll(async () => {
    await set?.stopAll();
    await sim?.close();
    await git?.dispose();
    await pg?.close();
  });

  it('elect exactly one leader, which converges the site; followers serve status and send writes to it', async () => {
    const replicas = [set.start(), set.start(), set.start()];
    const leader = await set.leader();
    const revision = (await git.work.head?.()) ?? null;
    // Bounded: the example site converges in a few seconds of simulated time.
    let status = await leader.status();
    for (let i = 0; i < 1_200 && status.lastAppliedRevision === null; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      status = await leader.status();
    }
    expect(status.lastAppliedRevision, leader.stderr.slice(-3_000)).not.toBeNull();
    if (revision !== null) expect(status.lastAppliedRevision).toBe(revision);
    expect(convergenceProblems(await sim.state(), await sim.consulNodes(), EXAMPLE_NODES)).toEqual([]);
    expect(await set.leaders()).toEqual([leader]);

    for (const follower of replicas.filter((r) => r !== leader)) {
      const seen = await follower.status();
      expect(seen.leading).toBe(false);
      expect(seen.replica).toBe(follower.id);
      expect(seen.leader).toMatchObject({ holder: leader.id, epoch: status.leader!.epoch });
      const write = await follower.post('/api/v1/reconcile');
      expect(write.status).toBe(307);
      expect(write.headers.get('location')).toBe(`${await leader.url()}/api/v1/reconcile`);
    }
    const metrics = await (await fetch(`${await leader.url()}/metrics`)).text();
    expect(metrics).toMatch(/phoenix_site_leader\{site="dc1"\} 1/);
    expect(metrics).toMatch(/phoenix_leadership_changes_total\{site="dc1",change="acquired"\} 1/);
    expect(metrics).toContain('phoenix_lease_renew_seconds_bucket');
  }, 180_000);
});

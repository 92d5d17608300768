import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convergenceProblems, EXAMPLE_NODES } from '../../support/e2e/appliance-invariants.js';
import { commitScenario, waitApplied } from '../../support/replicas/kill-trials.js';
import { journalProblems, ledgerRows } from '../../support/replicas/ledger-checks.js';
import { startReplicaSite, type ReplicaSite } from '../../support/replicas/replica-site.js';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('PostgreSQL restarted during an apply', () => {
  let site: ReplicaSite;

  beforeAll(async () => {
    site = await startReplicaSite();
    site.set.start();
    site.set.start();
    await waitApplied(site.set, await site.git.work.head());
  }, 120_000);

  afterAll(async () => {
    await site?.dispose();
  });

  for (const mode of ['fast', 'immediate'] as const) {
    it(`(${mode === 'fast' ? 'a clean restart' : 'a crash'}): the site converges and no ledger record is lost`, async () => {
      const { set, sim, pg, git, db } = site;
      const revision = await commitScenario(git, 'workers');
      const leader = await set.leader();
      const before = await sim.lastSeq();
      const recordsBefore = (await ledgerRows(db)).length;
      expect((await leader.post('/api/v1/reconcile')).status).toBe(202);
      // Bounded: each round is one request to the simulator's control API.
      for (let round = 0; round < 20_000 && (await sim.mutations(before)).length < 3; round++)
        await sleep(10);
      const seqBefore = (await ledgerRows(db)).length;
      await pg.stopServer(mode);
      await sleep(1_500);
      await pg.startServer();
      await waitApplied(set, revision);

      const rows = await ledgerRows(db);
      expect(rows.length).toBeGreaterThan(seqBefore);
      expect(journalProblems(rows)).toEqual([]);
      const runs = rows
        .filter((r) => r.seq > recordsBefore && r.record.type === 'run-started')
        .map((r) => r.record.runId);
      const finished = rows.filter((r) => r.record.type === 'run-finished').map((r) => r.record.runId);
      // Every run of this test is finished in the ledger but at most one: a leader that gave the lease up during
      // the outage has the end of its run refused by epoch, as a killed one would leave it.
      expect(runs.filter((id) => !finished.includes(id)).length).toBeLessThanOrEqual(1);
      expect(convergenceProblems(await sim.state(), await sim.consulNodes(), EXAMPLE_NODES)).toEqual([]);
      expect(await set.leaders()).toHaveLength(1);
    }, 180_000);
  }
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convergenceProblems, EXAMPLE_NODES } from '../../support/e2e/appliance-invariants.js';
import { commitScenario, waitApplied } from '../../support/replicas/kill-trials.js';
import { journalProblems, ledgerRows } from '../../support/replicas/ledger-checks.js';
import { startReplicaSite, type ReplicaSite } from '../../support/replicas/replica-site.js';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` (bounded) until it holds. */
async function until(
  what: string,
  check: () => Promise<boolean> | boolean,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

describe('a leader paused with SIGSTOP past its lease, then continued', () => {
  let site: ReplicaSite;

  beforeAll(async () => {
    site = await startReplicaSite();
  }, 120_000);

  afterAll(async () => {
    await site?.dispose();
  });

  it('sends no mutation after the new leader took over, and its late ledger writes are refused by epoch', async () => {
    const { set, sim, db, git } = site;
    const paused = set.start();
    expect(await set.leader()).toBe(paused);
    const successor = set.start();
    await waitApplied(set, await git.work.head());

    const revision = await commitScenario(git, 'workers');
    const before = await sim.lastSeq();
    expect((await paused.post('/api/v1/reconcile')).status).toBe(202);
    await until('two mutations of the apply', async () => (await sim.mutations(before)).length >= 2);
    const epoch = (await paused.status()).leader!.epoch;
    paused.signal('SIGSTOP');
    const client = (await sim.mutations(before)).at(-1)!.client;
    expect(client).not.toBeNull();

    await until('the follower to take over', async () => (await successor.status()).leading);
    const takeover = await sim.lastSeq();
    const newEpoch = (await successor.status()).leader!.epoch;
    expect(newEpoch).toBeGreaterThan(epoch);
    await until('a step of the new leader', async () => {
      const rows = await ledgerRows(db);
      return rows.some((r) => r.epoch === newEpoch && r.record.type === 'step-started');
    });

    paused.signal('SIGCONT');
    await until('the paused leader to find its writes refused', () =>
      paused.stderr.includes('ledger write refused: stale epoch'),
    );
    expect((await paused.status()).leading).toBe(false);
    await waitApplied(set, revision);

    const late = (await sim.requests({ mutating: true, since: takeover })).filter((r) => r.client === client);
    expect(late).toEqual([]);
    const rows = await ledgerRows(db);
    const lastOld = Math.max(...rows.filter((r) => r.epoch === epoch).map((r) => r.seq));
    const firstNew = Math.min(...rows.filter((r) => r.epoch === newEpoch).map((r) => r.seq));
    expect(lastOld).toBeLessThan(firstNew);
    expect(journalProblems(rows)).toEqual([]);
    expect(convergenceProblems(await sim.state(), await sim.consulNodes(), EXAMPLE_NODES)).toEqual([]);
  }, 240_000);
});

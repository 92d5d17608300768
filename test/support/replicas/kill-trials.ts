import { performance } from 'node:perf_hooks';
import { parseDocument } from 'yaml';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from '../../../src/adapters/postgres/index.js';
import { convergenceProblems, EXAMPLE_NODES } from '../e2e/appliance-invariants.js';
import type { E2eSimulator } from '../e2e/e2e-simulator.js';
import type { GitFixture } from '../../integration/git/git-fixture.js';
import { journalProblems, ledgerRows } from './ledger-checks.js';
import type { ReplicaProcess, ReplicaSet } from './replica-set.js';

/** A rolling replacement of the workers, or a surge replacement of one docker host. */
export type Scenario = 'workers' | 'docker';
const SCENARIOS: readonly Scenario[] = ['workers', 'docker'];

export interface TrialResult {
  readonly trial: number;
  readonly scenario: Scenario;
  /** Mutations the leader had sent when it was killed; null when its apply ended first (no kill). */
  readonly killedAfter: number | null;
  /** Kill to another replica saying it leads. */
  readonly takeoverMs: number | null;
  /** Kill to the first step the new leader recorded. */
  readonly firstStepMs: number | null;
  readonly appliance: readonly string[];
  readonly journal: readonly string[];
  /** Profiles with one name: more than one would be a duplicate. */
  readonly duplicateProfiles: readonly string[];
}

export interface TrialContext {
  readonly set: ReplicaSet;
  readonly sim: E2eSimulator;
  readonly git: GitFixture;
  readonly db: Database;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

let vlan = 400;

/** Commits a change that makes the next pass do `scenario`; returns the new revision. */
export async function commitScenario(git: GitFixture, scenario: Scenario): Promise<string> {
  vlan += 1;
  const file = scenario === 'workers' ? 'pools/k8s-workers.yaml' : 'pools/docker-hosts.yaml';
  const path =
    scenario === 'workers'
      ? ['spec', 'attributes', 'VLAN_ID']
      : ['spec', 'overrides', 'docker-02', 'attributes', 'VLAN_ID'];
  const doc = parseDocument(await readFile(join(git.work.directory, file), 'utf8'));
  doc.setIn(path, String(vlan));
  await writeFile(join(git.work.directory, file), doc.toString());
  const revision = await git.work.commit({}, `${scenario}: VLAN ${vlan}`);
  await git.publish();
  return revision;
}

/** Waits (bounded) until a replica reports `revision` applied. */
export async function waitApplied(
  set: ReplicaSet,
  revision: string,
  timeoutMs = 120_000,
): Promise<ReplicaProcess> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const leader = await set.leader(timeoutMs);
    const status = await leader.status().catch(() => null);
    if (status?.lastAppliedRevision === revision && status.lastPass?.result !== 'failed') return leader;
    if (performance.now() > deadline)
      throw new Error(`revision ${revision} not applied: ${leader.stderr.slice(-3_000)}`);
    await sleep(100);
  }
}

async function firstStepOfEpoch(db: Database, epoch: number): Promise<boolean> {
  const rows = await db.query(
    "SELECT 1 FROM phoenix_ledger_records WHERE site = 'dc1' AND epoch > $1 AND type = 'step-started' LIMIT 1",
    [epoch],
  );
  return rows.length > 0;
}

/** Applies each scenario once without a kill and counts its mutations: kills land inside that span. */
export async function measureSpans(ctx: TrialContext): Promise<Record<Scenario, number>> {
  const span: Record<Scenario, number> = { workers: 0, docker: 0 };
  for (const scenario of SCENARIOS) {
    const revision = await commitScenario(ctx.git, scenario);
    const since = await ctx.sim.lastSeq();
    const leader = await ctx.set.leader();
    await leader.post('/api/v1/reconcile');
    await waitApplied(ctx.set, revision);
    span[scenario] = (await ctx.sim.mutations(since)).length;
  }
  return span;
}

/**
 * One trial: a change is committed and the leader asked to apply it; after a seeded number of its mutations, the
 * leader is killed with SIGKILL; another replica takes over and converges; a new replica replaces the dead one.
 */
export async function killTrial(
  ctx: TrialContext,
  trial: number,
  span: Record<Scenario, number>,
  random: () => number,
): Promise<TrialResult> {
  const { set, sim, db } = ctx;
  const scenario = SCENARIOS[trial % SCENARIOS.length]!;
  const revision = await commitScenario(ctx.git, scenario);
  const leader = await set.leader();
  const epoch = (await leader.status()).leader?.epoch ?? 0;
  const since = await sim.lastSeq();
  const killAfter = 1 + Math.floor(random() * Math.max(1, span[scenario] - 1));
  const accepted = await leader.post('/api/v1/reconcile');
  if (accepted.status !== 202) throw new Error(`reconcile answered ${accepted.status}`);
  let killedAfter: number | null = null;
  // Bounded: each round is one request to the simulator's control API.
  for (let round = 0; round < 20_000; round++) {
    const sent = (await sim.mutations(since)).length;
    if (sent >= killAfter) {
      leader.signal('SIGKILL');
      killedAfter = sent;
      break;
    }
    const status = await leader.status().catch(() => null);
    if (status?.lastAppliedRevision === revision) break;
  }
  let takeoverMs: number | null = null;
  let firstStepMs: number | null = null;
  if (killedAfter !== null) {
    const killedAt = performance.now();
    await leader.exited;
    for (let round = 0; round < 2_000 && (takeoverMs === null || firstStepMs === null); round++) {
      if (takeoverMs === null && (await set.leaders()).length === 1)
        takeoverMs = performance.now() - killedAt;
      if (firstStepMs === null && (await firstStepOfEpoch(db, epoch)))
        firstStepMs = performance.now() - killedAt;
      if (performance.now() - killedAt > 60_000) break;
      await sleep(20);
    }
    set.start();
  }
  await waitApplied(set, revision);
  const state = await sim.state();
  const names = state.profiles.map((p) => p.name);
  return {
    trial,
    scenario,
    killedAfter,
    takeoverMs: takeoverMs === null ? null : Math.round(takeoverMs),
    firstStepMs: firstStepMs === null ? null : Math.round(firstStepMs),
    appliance: convergenceProblems(state, await sim.consulNodes(), EXAMPLE_NODES),
    journal: journalProblems(await ledgerRows(db)),
    duplicateProfiles: names.filter((n, i) => names.indexOf(n) !== i),
  };
}

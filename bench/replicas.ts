/**
 * Replicas on PostgreSQL. Prints one JSON object:
 * - failover: three `phoenix sync` replicas on one database converge example-repo on the simulator; the leader is
 *   killed with SIGKILL in the middle of an apply, at seeded moments, TRIALS times. Takeover is the time from the
 *   kill to another replica saying it leads (target: lease TTL + one renew interval); first step is the time from the
 *   kill to the first step the new leader records (the same plus the pass's settle time and a plan);
 * - ledger appends per second, each durable before it resolves: PostgreSQL (one row per transaction, fenced by the
 *   lease; the server with fsync on) next to the file ledger (one fsynced line). Target: 100 a second on PostgreSQL.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openFileLedger } from '../src/adapters/ledger-file/index.js';
import { createSilentLogger } from '../src/logging/create-logger.js';
import type { Ledger, LedgerEntry } from '../src/ports/ledger.js';
import { freshLedgerDatabase, writableLedger } from '../test/support/postgres/ledger-database.js';
import {
  killTrial,
  measureSpans,
  waitApplied,
  type TrialResult,
} from '../test/support/replicas/kill-trials.js';
import { TEST_LEASE } from '../test/support/replicas/replica-set.js';
import { startReplicaSite } from '../test/support/replicas/replica-site.js';
import { seededRandom } from '../test/support/seeded-random.js';

const TRIALS = Number(process.env['BENCH_FAILOVER_TRIALS'] ?? 10);
const APPENDS = Number(process.env['BENCH_LEDGER_APPENDS'] ?? 1_000);
const SEED = 0xbe7c;

const round = (n: number): number => Math.round(n * 100) / 100;

function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function entry(i: number): LedgerEntry {
  return {
    type: 'step-started',
    at: new Date(Date.UTC(2026, 0, 1) + i).toISOString(),
    runId: 'bench-run',
    changeId: `node-${i % 250}`,
    node: `node-${i % 250}`,
    step: 'compose',
    attempt: 1,
    hardwareUri: `/rest/server-hardware/${i % 250}`,
    profileName: `node-${i % 250}`,
  };
}

async function appendsPerSecond(ledger: Ledger): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < APPENDS; i++) await ledger.append(entry(i));
  return round(APPENDS / ((performance.now() - start) / 1000));
}

async function failover(): Promise<{ trials: TrialResult[]; span: Record<string, number> }> {
  const site = await startReplicaSite();
  try {
    site.set.start();
    site.set.start();
    site.set.start();
    await waitApplied(site.set, await site.git.work.head());
    const span = await measureSpans(site);
    const random = seededRandom(SEED);
    const trials: TrialResult[] = [];
    for (
      let trial = 0;
      trials.filter((t) => t.killedAfter !== null).length < TRIALS && trial < TRIALS + 6;
      trial++
    )
      trials.push(await killTrial(site, trial, span, random));
    return { trials, span };
  } finally {
    await site.dispose();
  }
}

async function ledgerThroughput(): Promise<{ postgres: number; file: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'phoenix-bench-ledger-'));
  const logger = createSilentLogger();
  const { PostgresServer } = await import('../test/support/postgres/postgres-server.js');
  // The server as an operator runs it: fsync on.
  const server = await PostgresServer.start({ settings: { fsync: 'on' } });
  try {
    const file = await openFileLedger(dir, { logger });
    const fileRate = await appendsPerSecond(file);
    await file.close();
    const { db } = await freshLedgerDatabase(server);
    try {
      const postgres = await appendsPerSecond(await writableLedger(db, 'bench'));
      return { postgres, file: fileRate };
    } finally {
      await db.close();
    }
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

const appends = await ledgerThroughput();
const { trials, span } = await failover();
const killed = trials.filter((t) => t.killedAfter !== null);
const takeovers = killed.flatMap((t) => (t.takeoverMs === null ? [] : [t.takeoverMs]));
const firstSteps = killed.flatMap((t) => (t.firstStepMs === null ? [] : [t.firstStepMs]));
const problems = trials.flatMap((t) => [...t.appliance, ...t.journal, ...t.duplicateProfiles]);
console.log(
  JSON.stringify(
    {
      benchmark: 'replicas',
      lease: { ttlMs: TEST_LEASE.ttlMs, renewMs: TEST_LEASE.renewMs },
      failover: {
        trials: killed.length,
        mutationsPerApply: span,
        takeoverMs: { p50: percentile(takeovers, 50), max: percentile(takeovers, 100) },
        targetTakeoverMs: TEST_LEASE.ttlMs + TEST_LEASE.renewMs,
        firstStepMs: { p50: percentile(firstSteps, 50), max: percentile(firstSteps, 100) },
        trialsWithoutNewStep: killed.length - firstSteps.length,
        problems,
      },
      ledgerAppendsPerSecond: {
        appends: APPENDS,
        postgres: appends.postgres,
        file: appends.file,
        // A step writes two records; a thousand-node apply averages a few records a second, bursts far below this.
        targetPostgres: 100,
        postgresOverFile: round(appends.postgres / appends.file),
      },
    },
    null,
    2,
  ),
);

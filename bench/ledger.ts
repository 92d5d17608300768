/**
 * The file ledger under load. Prints one JSON line:
 * - durable appends per second through the ledger (each one written and fsynced before it resolves);
 * - for a journal of 200 runs of 250 nodes (about 400,000 records, 117 MB): its size, the time to open it with a fresh
 *   summary (only the records after the summary are read), the time to open it with no summary (the whole
 *   journal is replayed), and the time of readView, status and history once open.
 */
import { mkdtemp, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openFileLedger } from '../src/adapters/ledger-file/index.js';
import { encodeJournalLine } from '../src/adapters/ledger-file/journal-line.js';
import { ledgerPaths } from '../src/adapters/ledger-file/ledger-files.js';
import { createSilentLogger } from '../src/logging/create-logger.js';
import type { LedgerEntry } from '../src/ports/ledger.js';

const APPENDS = 500;
const RUNS = 200;
const NODES = 250;
const STEPS = ['allocate', 'compose', 'boot', 'verify'] as const;

const logger = createSilentLogger();
const hex = (n: number): string => n.toString(16).padStart(40, '0');
const iso = (ms: number): string => new Date(Date.UTC(2026, 0, 1) + ms).toISOString();

function* runEntries(run: number): Generator<LedgerEntry> {
  const runId = `run-${run}`;
  const revision = hex(run + 1);
  let t = run * 3_600_000;
  yield {
    type: 'run-started',
    at: iso(t),
    runId,
    site: 'bench',
    command: 'apply',
    revision,
    baseRevision: null,
    planFingerprint: null,
    inventoryFingerprint: `sha256:${hex(run)}`,
    provenance: null,
  };
  const nodes: Record<string, 'replaced'> = {};
  for (let n = 0; n < NODES; n += 1) {
    const node = `node-${String(n).padStart(4, '0')}`;
    nodes[node] = 'replaced';
    for (const step of STEPS) {
      const base = {
        at: iso((t += 10)),
        runId,
        changeId: node,
        node,
        step,
        attempt: 1,
        hardwareUri: `/rest/server-hardware/${n}`,
        profileName: node,
        ...(step === 'compose' ? { gen: run + 1 } : {}),
      };
      yield { type: 'step-started', ...base };
      yield {
        type: 'step-finished',
        ...base,
        outcome: 'succeeded',
        errorCode: null,
        retry: null,
        message: null,
      };
    }
  }
  yield { type: 'run-finished', at: iso((t += 10)), runId, revision, outcome: 'applied', nodes };
}

async function time<T>(work: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const value = await work();
  return [value, Math.round((performance.now() - start) * 100) / 100];
}

async function durableAppends(dir: string): Promise<number> {
  const ledger = await openFileLedger(dir, { logger });
  const entries = runEntries(0);
  const [, ms] = await time(async () => {
    for (let i = 0; i < APPENDS; i += 1) await ledger.append(entries.next().value as LedgerEntry);
  });
  await ledger.close();
  return Math.round((APPENDS / ms) * 1000);
}

async function main(): Promise<void> {
  const appendDir = await mkdtemp(join(tmpdir(), 'phoenix-bench-ledger-'));
  const bigDir = await mkdtemp(join(tmpdir(), 'phoenix-bench-ledger-'));
  try {
    const appendsPerSecond = await durableAppends(appendDir);

    // A long history written straight into the journal (the same lines the ledger writes), then one run
    // appended through the ledger, so that its summary covers all but that run's records.
    const paths = ledgerPaths(bigDir);
    await openFileLedger(bigDir, { logger }).then((l) => l.close());
    const lines: string[] = [];
    let seq = 0;
    for (let run = 0; run < RUNS - 1; run += 1)
      for (const entry of runEntries(run)) lines.push(encodeJournalLine({ seq: ++seq, ...entry }));
    await writeFile(paths.journal, lines.join(''));
    await unlink(paths.summary).catch(() => undefined);
    const records = seq + [...runEntries(RUNS - 1)].length;

    const [writer, replayMs] = await time(() => openFileLedger(bigDir, { logger }));
    for (const entry of runEntries(RUNS - 1)) await writer.append(entry);
    await writer.close();
    const journalBytes = (await stat(paths.journal)).size;

    const [reader, freshOpenMs] = await time(() => openFileLedger(bigDir, { logger, readOnly: true }));
    const [view, readViewMs] = await time(() => reader.readView());
    const [, statusMs] = await time(() => reader.status());
    const [history, historyMs] = await time(() => reader.history(20));
    await reader.close();

    await unlink(paths.summary);
    const [, noSummaryOpenMs] = await time(() =>
      openFileLedger(bigDir, { logger, readOnly: true }).then((l) => l.close()),
    );

    process.stdout.write(
      `${JSON.stringify({
        bench: 'ledger',
        durableAppendsPerSecond: appendsPerSecond,
        journal: { runs: RUNS, nodesPerRun: NODES, records, bytes: journalBytes },
        openWriterReplayingWholeJournalMs: replayMs,
        openWithFreshSummaryMs: freshOpenMs,
        openWithoutSummaryMs: noSummaryOpenMs,
        readViewMs,
        statusMs,
        history20Ms: historyMs,
        check: {
          lastAppliedRevision: view.lastAppliedRevision === hex(RUNS),
          historyNewest: history[0]?.runId === `run-${RUNS - 1}`,
        },
        rssMb: Math.round(process.memoryUsage().rss / 1e6),
      })}\n`,
    );
  } finally {
    await rm(appendDir, { recursive: true, force: true });
    await rm(bigDir, { recursive: true, force: true });
  }
}

await main();

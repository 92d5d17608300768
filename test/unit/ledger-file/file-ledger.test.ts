import { appendFile, readFile, readdir, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JOURNAL_FILE, LEDGER_DIRECTORY, SUMMARY_FILE } from '../../../src/adapters/ledger-file/index.js';
import {
  REV_A,
  PROVENANCE,
  REV_B,
  at,
  memoryLogger,
  openLedger,
  runFinished,
  runStarted,
  stateDir,
  stepFinished,
  stepStarted,
} from './ledger-fixtures.js';

const journalOf = (dir: string): string => join(dir, LEDGER_DIRECTORY, JOURNAL_FILE);
const summaryOf = (dir: string): string => join(dir, LEDGER_DIRECTORY, SUMMARY_FILE);

async function journalLines(dir: string): Promise<string[]> {
  return (await readFile(journalOf(dir), 'utf8')).split('\n').filter((l) => l !== '');
}

/** A ledger with one applied run (node-a created, node-b created) and one step of a second run. */
async function seeded(dir: string): Promise<void> {
  const ledger = await openLedger(dir);
  await ledger.append(runStarted('run-1', REV_A, 0));
  await ledger.append(stepStarted('run-1', 'node-a', 'compose', 1, 1));
  await ledger.append(stepFinished('run-1', 'node-a', 'compose', 2));
  await ledger.append(
    runFinished('run-1', REV_A, 'applied', { 'node-a': 'created', 'node-b': 'created' }, 3),
  );
  await ledger.close();
}

describe('FileLedger journal', () => {
  it('appends checksummed lines with increasing seq and reads them back after reopening', async () => {
    const dir = await stateDir();
    const ledger = await openLedger(dir);
    const first = await ledger.append(runStarted('run-1', REV_A, 0));
    const second = await ledger.append(stepStarted('run-1', 'node-a', 'compose', 1, 1));
    expect([first.seq, second.seq]).toEqual([1, 2]);
    await ledger.close();

    const lines = await journalLines(dir);
    expect(lines).toHaveLength(2);
    for (const line of lines)
      expect(line).toMatch(/^\{"crc":"[0-9a-f]{8}","record":\{"seq":\d+,"type":"[a-z-]+",/);
    expect(JSON.parse(lines[1]!).record).toEqual(second);

    const again = await openLedger(dir);
    expect(again.history()).toEqual([
      expect.objectContaining({ runId: 'run-1', revision: REV_A, outcome: 'interrupted', finishedAt: null }),
    ]);
    expect((await again.append(runFinished('run-1', REV_A, 'applied', {}, 2))).seq).toBe(3);
    await again.close();
  });

  it('keeps the order of concurrent appends', async () => {
    const dir = await stateDir();
    const ledger = await openLedger(dir);
    await ledger.append(runStarted('run-1', REV_A, 0));
    const nodes = Array.from({ length: 20 }, (_, i) => `node-${i}`);
    const records = await Promise.all(
      nodes.map((node, i) => ledger.append(stepStarted('run-1', node, 'boot', i))),
    );
    expect(records.map((r) => r.seq)).toEqual(nodes.map((_, i) => i + 2));
    await ledger.close();
    const stored = (await journalLines(dir)).map(
      (l) => (JSON.parse(l) as { record: Record<string, unknown> }).record,
    );
    expect(stored.slice(1).map((r) => r.node)).toEqual(nodes);
  });

  it('ignores a torn last line when reading, and cuts it off with a warning when opened for writing', async () => {
    const dir = await stateDir();
    await seeded(dir);
    const intact = await readFile(journalOf(dir), 'utf8');
    await appendFile(journalOf(dir), '{"crc":"0badf00d","record":{"seq":5,"type":"run-sta');

    const reader = await openLedger(dir, { readOnly: true });
    expect(reader.status().lastAppliedRevision).toBe(REV_A);
    await reader.close();
    expect(await readFile(journalOf(dir), 'utf8')).not.toBe(intact);

    const { logger, lines } = memoryLogger();
    const writer = await openLedger(dir, { logger });
    expect(await readFile(journalOf(dir), 'utf8')).toBe(intact);
    expect(lines()).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        msg: 'torn last line of the ledger journal removed',
        line: 5,
      }),
    );
    expect((await writer.append(runStarted('run-2', REV_B, 10))).seq).toBe(5);
    await writer.close();
  });

  it('treats a whole last line with a wrong checksum as torn', async () => {
    const dir = await stateDir();
    await seeded(dir);
    const lines = await journalLines(dir);
    const last = lines.at(-1)!.replace('"applied"', '"partial"');
    await writeFile(journalOf(dir), `${[...lines.slice(0, -1), last].join('\n')}\n`);
    await writeFile(summaryOf(dir), 'not json');
    const ledger = await openLedger(dir, { readOnly: true });
    expect(ledger.status()).toMatchObject({ lastAppliedRevision: null, lastRun: { outcome: 'interrupted' } });
    await ledger.close();
  });

  it('fails with LEDGER_CORRUPT naming the line of a bad line in the middle', async () => {
    const dir = await stateDir();
    await seeded(dir);
    const lines = await journalLines(dir);
    lines[1] = lines[1]!.replace('"node-a"', '"node-x"');
    await writeFile(journalOf(dir), `${lines.join('\n')}\n`);
    await writeFile(summaryOf(dir), 'not json');
    for (const readOnly of [true, false]) {
      await expect(openLedger(dir, { readOnly })).rejects.toMatchObject({
        code: 'LEDGER_CORRUPT',
        details: { file: journalOf(dir), line: 2 },
      });
    }
    // The failed writer released its lock: a recovery can set the journal aside.
    const recovered = await openLedger(dir, { setAsideCorrupt: true });
    expect(recovered.status().lastRun).toBeNull();
    await recovered.close();
    expect(
      (await readdir(join(dir, LEDGER_DIRECTORY))).filter((f) => f.startsWith('journal.corrupt-')),
    ).toHaveLength(1);
  });
});

describe('FileLedger summary', () => {
  it('is written atomically when a run finishes, covering the journal up to its offset', async () => {
    const dir = await stateDir();
    await seeded(dir);
    const summary = JSON.parse(await readFile(summaryOf(dir), 'utf8'));
    const size = (await readFile(journalOf(dir))).length;
    expect(summary).toMatchObject({ formatVersion: 2, journal: { offset: size, lines: 4, seq: 4 } });
    expect(summary.state.lastApplied).toEqual({ revision: REV_A, at: at(3) });
    expect((await readdir(join(dir, LEDGER_DIRECTORY))).sort()).toEqual([JOURNAL_FILE, SUMMARY_FILE]);
  });

  it('lets an open replay only the journal after it', async () => {
    const dir = await stateDir();
    await seeded(dir);
    const summary = JSON.parse(await readFile(summaryOf(dir), 'utf8'));
    // Marks what only the summary says: if the journal were replayed from its start, this would be lost.
    summary.state.generations['only-in-summary'] = 7;
    await writeFile(summaryOf(dir), JSON.stringify(summary));
    const writer = await openLedger(dir);
    await writer.append(stepStarted('run-2', 'node-c', 'compose', 20, 3));
    expect(writer.readView().generations).toEqual({ 'node-a': 1, 'node-c': 3, 'only-in-summary': 7 });
    await writer.close();
  });

  it('is ignored, with a full replay, when it is of an older format', async () => {
    const dir = await stateDir();
    await seeded(dir);
    const summary = JSON.parse(await readFile(summaryOf(dir), 'utf8'));
    // A format 1 summary: no unverified nodes, and a mark that only a summary that is used would keep.
    summary.formatVersion = 1;
    delete summary.state.unverified;
    summary.state.generations['only-in-summary'] = 7;
    await writeFile(summaryOf(dir), JSON.stringify(summary));
    const { logger, lines } = memoryLogger();
    const ledger = await openLedger(dir, { logger });
    // The replay rebuilds the new field from the journal: node-a was composed and never verified.
    expect(ledger.readView()).toMatchObject({ lastAppliedRevision: REV_A, unverified: ['node-a'] });
    expect(ledger.readView().generations).not.toHaveProperty('only-in-summary');
    expect(lines()).toContainEqual(
      expect.objectContaining({
        level: 'info',
        msg: 'ledger summary of another format; the journal is replayed from its start',
        formatVersion: 1,
      }),
    );
    await ledger.close();
  });

  it('is ignored, with a full replay, when it claims more than the journal holds', async () => {
    const dir = await stateDir();
    await seeded(dir);
    await truncate(journalOf(dir), 0);
    const { logger, lines } = memoryLogger();
    const ledger = await openLedger(dir, { logger });
    expect(ledger.status()).toMatchObject({ site: null, lastAppliedRevision: null, lastRun: null });
    expect(lines()).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        msg: 'ledger summary does not match the journal; replaying it',
      }),
    );
    await ledger.close();
  });
});

describe('FileLedger view, status and history', () => {
  it('computes the planner view: last applied revision, quarantine minus releases, generations', async () => {
    const dir = await stateDir();
    const ledger = await openLedger(dir);
    expect(ledger.readView()).toEqual({
      lastAppliedRevision: null,
      quarantined: [],
      generations: {},
      unverified: [],
    });
    await ledger.append(runStarted('run-1', REV_A, 0));
    await ledger.append(stepStarted('run-1', 'node-a', 'compose', 1, 1));
    await ledger.append(stepStarted('run-1', 'node-a', 'compose', 2, 2));
    await ledger.append({
      type: 'hardware-quarantined',
      runId: 'run-1',
      hardwareUri: '/rest/server-hardware/9',
      node: 'node-a',
      reason: 'verify-timeout',
      at: at(3),
    });
    await ledger.append({
      type: 'hardware-quarantined',
      runId: 'run-1',
      hardwareUri: '/rest/server-hardware/8',
      node: 'node-b',
      reason: 'compose-failed',
      at: at(4),
    });
    await ledger.append({
      type: 'hardware-released',
      hardwareUri: '/rest/server-hardware/8',
      reason: 'repaired',
      at: at(5),
    });
    await ledger.append(
      runFinished('run-1', REV_A, 'partial', { 'node-a': 'created', 'node-b': 'failed' }, 6),
    );
    expect(ledger.readView()).toEqual({
      lastAppliedRevision: null,
      quarantined: [
        { hardwareUri: '/rest/server-hardware/9', node: 'node-a', reason: 'verify-timeout', since: at(3) },
      ],
      generations: { 'node-a': 2 },
      unverified: [],
    });
    // Quarantines and releases are kept for `phoenix history`, newest first, also across a reopen.
    const events = [
      { type: 'released', at: at(5), hardwareUri: '/rest/server-hardware/8', node: null, reason: 'repaired' },
      {
        type: 'quarantined',
        at: at(4),
        hardwareUri: '/rest/server-hardware/8',
        node: 'node-b',
        reason: 'compose-failed',
      },
      {
        type: 'quarantined',
        at: at(3),
        hardwareUri: '/rest/server-hardware/9',
        node: 'node-a',
        reason: 'verify-timeout',
      },
    ];
    expect(ledger.hardwareEvents(10)).toEqual(events);
    expect(ledger.hardwareEvents(1)).toEqual(events.slice(0, 1));
    await ledger.append(runStarted('run-2', REV_B, 10));
    await ledger.append(runFinished('run-2', REV_B, 'applied', { 'node-b': 'created' }, 11));
    expect(ledger.readView().lastAppliedRevision).toBe(REV_B);
    await ledger.close();
    const reopened = await openLedger(dir);
    expect(reopened.hardwareEvents(10)).toEqual(events);
    await reopened.close();
  });

  it('lists a node as unverified from its compose or boot until a verify passes or it is recycled', async () => {
    const dir = await stateDir();
    const ledger = await openLedger(dir);
    await ledger.append(runStarted('run-1', REV_A, 0));
    await ledger.append(stepFinished('run-1', 'node-a', 'compose', 1));
    await ledger.append(stepFinished('run-1', 'node-b', 'compose', 2));
    await ledger.append(stepFinished('run-1', 'node-c', 'compose', 3, false));
    await ledger.append(stepFinished('run-1', 'node-a', 'boot', 4));
    expect(ledger.readView().unverified).toEqual(['node-a', 'node-b']);
    await ledger.append(stepFinished('run-1', 'node-a', 'verify', 5));
    await ledger.append(stepFinished('run-1', 'node-b', 'verify', 6, false));
    expect(ledger.readView().unverified).toEqual(['node-b']);
    await ledger.close();
    // The process stops here: a new one replays the same view from the journal and the summary.
    const reopened = await openLedger(dir);
    expect(reopened.readView().unverified).toEqual(['node-b']);
    await reopened.append(runStarted('run-2', REV_A, 10));
    await reopened.append(stepFinished('run-2', 'node-b', 'recycle', 11));
    expect(reopened.readView().unverified).toEqual([]);
    await reopened.close();
  });

  it('reports status per node and history newest first, with an unfinished run as interrupted', async () => {
    const dir = await stateDir();
    await seeded(dir);
    const writer = await openLedger(dir);
    await writer.append(runStarted('run-2', REV_B, 10));
    await writer.append(stepStarted('run-2', 'node-b', 'compose', 11, 2));
    await writer.append(stepFinished('run-2', 'node-b', 'compose', 12, false));
    expect(writer.history(1)[0]).toMatchObject({ runId: 'run-2', outcome: 'running' });
    await writer.close(); // the process "dies" without a run-finished record

    const reader = await openLedger(dir, { readOnly: true });
    expect(reader.status()).toEqual({
      site: 'dc1',
      lastAppliedRevision: REV_A,
      lastAppliedAt: at(3),
      lastRun: {
        runId: 'run-2',
        revision: REV_B,
        outcome: 'interrupted',
        startedAt: at(10),
        finishedAt: null,
      },
      nodes: {
        'node-a': { lastOutcome: 'created', revision: REV_A, at: at(3) },
        'node-b': { lastOutcome: 'interrupted', revision: REV_B, at: at(12) },
      },
      quarantined: [],
    });
    expect(reader.history()).toEqual([
      {
        runId: 'run-2',
        command: 'apply',
        revision: REV_B,
        outcome: 'interrupted',
        startedAt: at(10),
        finishedAt: null,
        counts: { nodes: {}, steps: { succeeded: 0, failed: 1, skipped: 0 } },
        provenance: PROVENANCE,
      },
      expect.objectContaining({
        runId: 'run-1',
        outcome: 'applied',
        finishedAt: at(3),
        counts: { nodes: { created: 2 }, steps: { succeeded: 1, failed: 0, skipped: 0 } },
      }),
    ]);
    expect(reader.history(1)).toHaveLength(1);
    expect(reader.history(0)).toEqual([]);
    await expect(reader.append(runStarted('run-3', REV_B, 20))).rejects.toMatchObject({
      code: 'LEDGER_READ_ONLY',
    });
    await reader.close();
  });

  it('reads an absent ledger as empty without creating anything', async () => {
    const dir = await stateDir();
    const reader = await openLedger(dir, { readOnly: true });
    expect(reader.status()).toEqual({
      site: null,
      lastAppliedRevision: null,
      lastAppliedAt: null,
      lastRun: null,
      nodes: {},
      quarantined: [],
    });
    await reader.close();
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a run of another site, so that two sites never share one state directory', async () => {
    const dir = await stateDir();
    await seeded(dir);
    const ledger = await openLedger(dir);
    await expect(ledger.append({ ...runStarted('run-2', REV_B, 5), site: 'dc2' })).rejects.toMatchObject({
      code: 'LEDGER_SITE_MISMATCH',
      details: { ledgerSite: 'dc1', site: 'dc2' },
    });
    expect(ledger.status().lastAppliedRevision).toBe(REV_A);
    expect((await ledger.append(runStarted('run-2', REV_B, 5))).seq).toBe(5);
    await ledger.close();
  });
});

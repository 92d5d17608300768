import type { Database } from '../../../src/adapters/postgres/index.js';

interface StoredRecord {
  readonly type: string;
  readonly runId?: string;
  readonly changeId?: string;
  readonly node?: string;
  readonly step?: string;
  readonly attempt?: number;
}

export interface StoredRow {
  readonly seq: number;
  readonly epoch: number;
  readonly record: StoredRecord;
}

export async function ledgerRows(db: Database, site = 'dc1'): Promise<StoredRow[]> {
  const rows = await db.query<{ seq: string; epoch: string; record: StoredRecord }>(
    'SELECT seq, epoch, record FROM phoenix_ledger_records WHERE site = $1 ORDER BY seq',
    [site],
  );
  return rows.map((r) => ({ seq: Number(r.seq), epoch: Number(r.epoch), record: r.record }));
}

/**
 * What is wrong with a shared journal, as sentences: a gap in the numbering, a step started or finished twice, a
 * step finished that never started, or a run that finished with a step still open.
 */
export function journalProblems(rows: readonly StoredRow[]): string[] {
  const problems: string[] = [];
  rows.forEach((row, i) => {
    if (row.seq !== i + 1) problems.push(`record ${i + 1} is numbered ${row.seq}`);
  });
  const started = new Map<string, number>();
  const finished = new Map<string, number>();
  const finishedRuns = new Set<string>();
  for (const { record } of rows) {
    if (record.type === 'run-finished' && record.runId !== undefined) finishedRuns.add(record.runId);
    if (record.type !== 'step-started' && record.type !== 'step-finished') continue;
    const key = [record.runId, record.changeId, record.node, record.step, record.attempt].join(' ');
    const counts = record.type === 'step-started' ? started : finished;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const [key, n] of started) if (n > 1) problems.push(`step started ${n} times: ${key}`);
  for (const [key, n] of finished) {
    if (n > 1) problems.push(`step finished ${n} times: ${key}`);
    if (!started.has(key)) problems.push(`step finished without a start: ${key}`);
  }
  for (const key of started.keys())
    if (!finished.has(key) && finishedRuns.has(key.split(' ')[0]!))
      problems.push(`step of a finished run left open: ${key}`);
  return problems;
}

import { describe, expect, it } from 'vitest';
import {
  REV_A,
  REV_B,
  openLedger,
  runFinished,
  runStarted,
  stateDir,
  stepFinished,
  stepStarted,
} from './ledger-fixtures.js';

describe('FileLedger.records', () => {
  it('lists a node’s own records and the runs that recorded it, oldest first', async () => {
    const dir = await stateDir();
    const ledger = await openLedger(dir);
    await ledger.append(runStarted('run-1', REV_A, 0));
    await ledger.append(stepStarted('run-1', 'node-a', 'compose', 1));
    await ledger.append(stepStarted('run-1', 'node-b', 'compose', 2));
    await ledger.append(stepFinished('run-1', 'node-a', 'compose', 3));
    await ledger.append(
      runFinished('run-1', REV_A, 'applied', { 'node-a': 'created', 'node-b': 'created' }, 4),
    );
    await ledger.append(runStarted('run-2', REV_B, 5));
    await ledger.append(runFinished('run-2', REV_B, 'applied', { 'node-b': 'unchanged' }, 6));

    const own = await ledger.records({ node: 'node-a' });
    expect(own.map((r) => [r.type, r.seq])).toEqual([
      ['step-started', 2],
      ['step-finished', 4],
      ['run-finished', 5],
    ]);
    const runs = await ledger.records({ types: ['run-finished'], limit: 1 });
    expect(runs.map((r) => r.seq)).toEqual([7]);
    await ledger.close();

    const reader = await openLedger(dir, { readOnly: true });
    expect((await reader.records({ node: 'node-b' })).map((r) => r.seq)).toEqual([3, 5, 7]);
    await reader.close();
  });
});

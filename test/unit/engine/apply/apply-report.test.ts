import { describe, expect, it } from 'vitest';
import {
  countOutcomes,
  runOutcome,
  successOutcome,
  type ChangeReport,
} from '../../../../src/engine/apply/apply-report.js';

const report = (outcome: ChangeReport['outcome']): ChangeReport => ({
  id: outcome,
  node: outcome,
  action: 'create',
  outcome,
  skipReason: null,
  failedStep: null,
  errorCode: null,
  message: null,
  hardwareUri: null,
  quarantined: [],
  attempts: 0,
  durationMs: 0,
});

describe('apply outcomes', () => {
  it.each([
    ['create', 'created'],
    ['replace', 'replaced'],
    ['delete', 'deleted'],
    ['heal', 'healed'],
    ['noop', 'unchanged'],
  ] as const)('a %s that succeeds is %s', (action, outcome) => {
    expect(successOutcome(action)).toBe(outcome);
  });

  it.each([
    [['created', 'unchanged'], false, 'applied'],
    [['created', 'failed'], false, 'partial'],
    [['failed', 'skipped'], false, 'failed'],
    [['unchanged', 'skipped'], false, 'partial'],
    [['created'], true, 'interrupted'],
  ] as const)('%j (interrupted %s) is %s', (outcomes, interrupted, expected) => {
    expect(runOutcome(outcomes.map(report), interrupted)).toBe(expected);
  });

  it('counts every outcome', () => {
    expect(
      countOutcomes(['created', 'created', 'failed'].map((o) => report(o as ChangeReport['outcome']))),
    ).toMatchObject({
      created: 2,
      failed: 1,
      skipped: 0,
    });
  });
});

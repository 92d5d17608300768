import { describe, expect, it } from 'vitest';
import { summarizePlan } from '../../../src/core/plan/summarize-plan.js';
import { holdDestructiveChanges } from '../../../src/daemon/hold-destructive.js';
import { mixedPlan } from '../../support/builders/sample-plans.js';

describe('holdDestructiveChanges', () => {
  it('holds replace, delete and heal, and counts the summary by the planner’s own rule', () => {
    const plan = mixedPlan();
    const { plan: held, held: ids } = holdDestructiveChanges(plan);
    expect(ids.length).toBeGreaterThan(0);
    expect(held.changes.filter((c) => ['replace', 'delete', 'heal'].includes(c.action))).toEqual([]);
    expect(held.summary).toEqual(summarizePlan(held.changes));
    expect(held.summary.blocked).toBe(plan.summary.blocked + ids.length);
  });

  it('returns a plan without destructive changes as it is', () => {
    const plan = mixedPlan();
    const calm = { ...plan, changes: plan.changes.filter((c) => c.action === 'noop') };
    expect(holdDestructiveChanges(calm)).toEqual({ plan: calm, held: [] });
  });
});

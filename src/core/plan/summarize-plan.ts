import type { PlanChange, PlanSummary } from './reconcile-plan.js';

export function summarizePlan(changes: readonly PlanChange[]): PlanSummary {
  const count = { create: 0, replace: 0, heal: 0, delete: 0, noop: 0, blocked: 0 };
  for (const change of changes) count[change.action]++;
  return {
    ...count,
    total: changes.length,
    hasChanges: count.create + count.replace + count.heal + count.delete > 0,
  };
}

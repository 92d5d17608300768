import type { ReconcilePlan } from '../../../core/plan/reconcile-plan.js';

/** The plan itself, two-space indented: stable for identical plans, so files can be diffed and reviewed. */
export function renderPlanJson(plan: ReconcilePlan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

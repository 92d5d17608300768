import type { DesiredState } from '../../../src/core/desired/desired-state.js';
import { EMPTY_LEDGER_VIEW, type LedgerView } from '../../../src/core/ledger/ledger-view.js';
import type { InventorySnapshot } from '../../../src/core/observed/inventory.js';
import { buildPlan } from '../../../src/core/plan/build-plan.js';
import { DEFAULT_PLAN_OPTIONS, type PlanOptions } from '../../../src/core/plan/plan-options.js';
import type { PlanChange, ReconcilePlan } from '../../../src/core/plan/reconcile-plan.js';
import { REVISION } from './inventory.js';

export function planOptions(options: Partial<PlanOptions> = {}): PlanOptions {
  return { ...DEFAULT_PLAN_OPTIONS, revision: REVISION, ...options };
}

export function plan(
  desired: DesiredState,
  observed: InventorySnapshot,
  input: { ledger?: Partial<LedgerView>; options?: Partial<PlanOptions> } = {},
): ReconcilePlan {
  return buildPlan(desired, observed, { ...EMPTY_LEDGER_VIEW, ...input.ledger }, planOptions(input.options));
}

export function changeOf(result: ReconcilePlan, id: string): PlanChange {
  const change = result.changes.find((c) => c.id === id);
  if (change === undefined) throw new Error(`no change ${id} in the plan`);
  return change;
}

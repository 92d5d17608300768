import type { DesiredState } from '../../core/desired/desired-state.js';
import { EMPTY_LEDGER_VIEW, type LedgerView } from '../../core/ledger/ledger-view.js';
import type { InventorySnapshot } from '../../core/observed/inventory.js';
import { buildPlan } from '../../core/plan/build-plan.js';
import { DEFAULT_PLAN_OPTIONS, type PlanOptions } from '../../core/plan/plan-options.js';
import type { ReconcilePlan } from '../../core/plan/reconcile-plan.js';

export interface PlanRevisionInput {
  readonly desired: DesiredState;
  readonly revision: string;
  readonly observed: InventorySnapshot;
  readonly ledger?: LedgerView;
  readonly options?: Partial<Omit<PlanOptions, 'revision'>>;
}

/** The reconcile plan of one revision against one inventory: the pure planner with the CLI's defaults. */
export function planRevision(input: PlanRevisionInput): ReconcilePlan {
  return buildPlan(input.desired, input.observed, input.ledger ?? EMPTY_LEDGER_VIEW, {
    ...DEFAULT_PLAN_OPTIONS,
    ...input.options,
    revision: input.revision,
  });
}

import type { DesiredState } from '../../../core/desired/desired-state.js';
import { EMPTY_LEDGER_VIEW } from '../../../core/ledger/ledger-view.js';
import { buildPlan } from '../../../core/plan/build-plan.js';
import { DEFAULT_PLAN_OPTIONS, type PlanOptions } from '../../../core/plan/plan-options.js';
import type { ReconcilePlan } from '../../../core/plan/reconcile-plan.js';
import { synthesizeBaseInventory } from './base-inventory.js';

export interface PlanAgainstBaseInput {
  readonly base: DesiredState;
  readonly baseRevision: string;
  readonly head: DesiredState;
  readonly revision: string;
  readonly options?: Partial<Omit<PlanOptions, 'revision' | 'baseRevision' | 'baseline'>>;
}

/**
 * What merging `head` into `base` would change, from declarations alone (a pull-request check without an
 * appliance): the same planner, run against an inventory in which the base commit is applied. Placeholder
 * hardware says nothing about a real frame, so hardware field changes are left out; everything else (actions,
 * reasons, attribute diffs, guards, waves) is the planner's own.
 */
export function planAgainstBase(input: PlanAgainstBaseInput): ReconcilePlan {
  const observed = synthesizeBaseInventory(input.base, input.head, input.baseRevision);
  const plan = buildPlan(input.head, observed, EMPTY_LEDGER_VIEW, {
    ...DEFAULT_PLAN_OPTIONS,
    ...input.options,
    revision: input.revision,
    baseRevision: input.baseRevision,
    baseline: input.base,
  });
  return {
    ...plan,
    // Only changes that name hardware are copied: most (every unchanged node) have no field changes at all.
    changes: plan.changes.map((change) =>
      change.fieldChanges.some((f) => f.path === 'hardware')
        ? { ...change, fieldChanges: change.fieldChanges.filter((f) => f.path !== 'hardware') }
        : change,
    ),
  };
}

import type { ReconcilePlan } from '../../core/plan/reconcile-plan.js';
import type { PlanTarget } from './targets/plan-targets.js';

/**
 * Who says yes to a plan: nobody (`plan-only`: `phoenix plan`, a daemon without auto-apply), the caller up front
 * (`auto`: `--auto-approve`, a daemon with auto-apply), or a person asked once the plan is known (`ask`: throws
 * APPLY_NOT_APPROVED unless they agree). Only a plan with changes is asked about.
 */
export type Approval =
  | { readonly mode: 'plan-only' }
  | { readonly mode: 'auto' }
  | { readonly mode: 'ask'; readonly ask: (plan: ReconcilePlan) => Promise<void> };

/** A plan with its destructive changes held back (outside a maintenance window), and the ids held. */
export interface HeldPlan {
  readonly plan: ReconcilePlan;
  readonly held: readonly string[];
}

/** What the caller decides about one reconcile of a revision; everything else comes from the ports. */
export interface ReconcilePolicy {
  readonly approval: Approval;
  /** `--allow-deletions`: owned nodes that are no longer declared may be deleted. */
  readonly allowDeletions: boolean;
  /** `--parallelism`: cap of concurrent OneView mutations; null keeps the Site's. */
  readonly parallelism: number | null;
  /** `--target`: only these nodes and pools are planned and applied; empty for the whole revision. */
  readonly targets: readonly PlanTarget[];
  /**
   * Drift between plan and apply (the inventory changed after the plan was read): `refuse` the stale plan with
   * PLAN_STALE (the CLI: the operator approved that plan and no other), or `replan` up to three times (the
   * daemon: it never showed the plan to anyone).
   */
  readonly drift: 'refuse' | 'replan';
  /** Holds changes back before the apply (the daemon outside a maintenance window); none when absent. */
  readonly hold?: (plan: ReconcilePlan) => HeldPlan;
}

export const PLAN_ONLY: Approval = { mode: 'plan-only' };
export const AUTO_APPROVE: Approval = { mode: 'auto' };

/** Plan the whole revision and apply nothing: what `describe` and the demo's plan step show. */
export const PLAN_WHOLE_REVISION: ReconcilePolicy = {
  approval: PLAN_ONLY,
  allowDeletions: false,
  parallelism: null,
  targets: [],
  drift: 'refuse',
};

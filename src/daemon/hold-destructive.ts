import type { PlanAction, PlanChange, ReconcilePlan } from '../core/plan/reconcile-plan.js';
import { summarizePlan } from '../core/plan/summarize-plan.js';

/** Actions that take a running server away: only inside a maintenance window. */
export const DESTRUCTIVE_ACTIONS: readonly PlanAction[] = ['replace', 'delete', 'heal'];

export const HELD_REASON =
  'held until the next maintenance window: replace, delete and heal run only inside one';

/**
 * The plan with its destructive changes held: each becomes a blocked change without steps (so the executor
 * skips it and everything that depends on it), and the summary is counted again by the planner's own rule. Returns the ids held.
 */
export function holdDestructiveChanges(plan: ReconcilePlan): {
  readonly plan: ReconcilePlan;
  readonly held: readonly string[];
} {
  const held = plan.changes.filter((c) => DESTRUCTIVE_ACTIONS.includes(c.action)).map((c) => c.id);
  if (held.length === 0) return { plan, held };
  const changes: PlanChange[] = plan.changes.map((change) =>
    held.includes(change.id)
      ? {
          ...change,
          action: 'blocked',
          blockedBy: null,
          reason: HELD_REASON,
          steps: [],
          wave: null,
          disruption: null,
          surge: false,
        }
      : change,
  );
  const summary = summarizePlan(changes);
  const rolloutGroups = plan.rolloutGroups.map((group) => ({
    ...group,
    changes: group.changes.filter((id) => !held.includes(id)),
  }));
  return { plan: { ...plan, changes, summary, rolloutGroups }, held };
}

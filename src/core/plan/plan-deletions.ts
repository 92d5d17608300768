import type { DesiredNode } from '../desired/desired-state.js';
import { block, type ChangeDraft } from './change-draft.js';
import type { ObservedInstance } from './classify-observed.js';
import { poolOf, type PlanContext } from './plan-context.js';

function deleteDraft(
  id: string,
  instance: ObservedInstance,
  former: DesiredNode | undefined,
  cause: 'undeclared' | 'duplicate',
  pool: string | null,
  isProtected: boolean,
): ChangeDraft {
  const draft: ChangeDraft = {
    id,
    node: instance.node,
    pool,
    action: 'delete',
    cause,
    blockedBy: null,
    fault: instance.fault,
    condition: instance.condition,
    protected: isProtected,
    desired: former ?? null,
    instance,
    conflict: null,
    target: null,
    surge: false,
    quarantine: instance.fault === 'hardware-critical',
    dependsOn: new Set(),
  };
  if (instance.condition === 'in-flight') {
    block(draft, { kind: 'in-flight', profileUri: instance.profile.uri, taskUri: instance.profile.taskUri });
  } else if (isProtected) {
    block(draft, { kind: 'protected' });
  }
  return draft;
}

/**
 * Deletes: owned profiles of nodes that are no longer declared, and extra instances of a node (left by an
 * interrupted run). A former node keeps its pool and protection from the baseline desired state.
 */
export function planDeletions(ctx: PlanContext): ChangeDraft[] {
  const baseline = new Map((ctx.options.baseline?.nodes ?? []).map((n) => [n.name, n]));
  const drafts: ChangeDraft[] = [];
  // Strings without a comparator sort by code unit, compareText's order, without a call per comparison.
  const nodes = [...ctx.classification.owned.keys()].sort();
  for (const node of nodes) {
    const instances = ctx.classification.owned.get(node)!;
    const desired = ctx.desiredByName.get(node);
    const former = desired ?? baseline.get(node);
    const pool = former === undefined ? null : poolOf(former);
    const isProtected = former?.protected ?? false;
    instances.forEach((instance, i) => {
      if (desired !== undefined && i === 0) return;
      const id = i === 0 ? node : `${node}@${instance.profile.name}`;
      drafts.push(
        deleteDraft(
          id,
          instance,
          former,
          desired === undefined ? 'undeclared' : 'duplicate',
          pool,
          isProtected,
        ),
      );
    });
  }
  applyDeletionGuards(drafts, ctx);
  return drafts;
}

/**
 * Guards over the deletes of undeclared nodes, all-or-nothing per guard: deletes need --allow-deletions or
 * guards.autoDelete; no pool emptied unless allowed; at most maxDeletionsPerRun and maxDeletionsPercent of the
 * owned nodes. Extra instances of a declared node are cleanup, not deletions of a node: only protection and
 * running tasks stop them.
 */
export function applyDeletionGuards(drafts: readonly ChangeDraft[], ctx: PlanContext): void {
  const guards = ctx.desired.site.guards;
  const live = (): ChangeDraft[] => drafts.filter((d) => d.action === 'delete' && d.cause === 'undeclared');
  if (!ctx.options.allowDeletions && !guards.autoDelete) {
    for (const d of live()) block(d, { kind: 'deletions-not-allowed' });
    return;
  }
  if (!ctx.options.allowEmptyPools && !guards.allowEmptyPools) {
    const declared = new Set(ctx.desired.nodes.map(poolOf));
    for (const d of live()) {
      if (d.pool !== null && !declared.has(d.pool)) block(d, { kind: 'pool-emptied', pool: d.pool });
    }
  }
  const requested = live();
  if (requested.length > guards.maxDeletionsPerRun) {
    for (const d of requested) {
      block(d, {
        kind: 'max-deletions-per-run',
        limit: guards.maxDeletionsPerRun,
        requested: requested.length,
      });
    }
    return;
  }
  const owned = ctx.classification.owned.size;
  if (requested.length * 100 > guards.maxDeletionsPercent * owned) {
    for (const d of requested) {
      block(d, {
        kind: 'max-deletions-percent',
        limit: guards.maxDeletionsPercent,
        requested: requested.length,
        owned,
      });
    }
  }
}

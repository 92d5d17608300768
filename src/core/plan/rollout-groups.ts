import type { RolloutSpec } from '../desired/desired-state.js';
import { isMutating, type ChangeDraft } from './change-draft.js';
import type { DiagnosticCollector } from './collect-diagnostics.js';
import { compareText } from './inventory-index.js';
import type { PlanContext } from './plan-context.js';
import type { RolloutGroup } from './reconcile-plan.js';

export function rolloutGroupId(pool: string): string {
  return `pool:${pool}`;
}

/**
 * One rollout group per pool with mutating changes, carrying the pool's limits. A replacement takes its node
 * out of service (a node's name and FQDN are its identity), so maxUnavailable 0 is raised to 1 for a group
 * that replaces nodes, with a warning.
 */
export function buildRolloutGroups(
  drafts: readonly ChangeDraft[],
  ctx: PlanContext,
  diagnostics: DiagnosticCollector,
): RolloutGroup[] {
  const rollouts = new Map<string, RolloutSpec>();
  for (const pool of ctx.options.baseline?.pools ?? []) rollouts.set(pool.name, pool.rollout);
  for (const pool of ctx.desired.pools) rollouts.set(pool.name, pool.rollout);
  const members = new Map<string, ChangeDraft[]>();
  for (const d of drafts) {
    if (d.pool === null || !rollouts.has(d.pool)) continue;
    const list = members.get(d.pool) ?? [];
    list.push(d);
    members.set(d.pool, list);
  }
  const groups: RolloutGroup[] = [];
  for (const pool of [...members.keys()].sort(compareText)) {
    const list = members.get(pool)!;
    const changes = list.filter(isMutating);
    if (changes.length === 0) continue;
    const rollout = rollouts.get(pool)!;
    const replaces = changes.filter((d) => d.action === 'replace');
    let maxUnavailable = rollout.maxUnavailable;
    if (maxUnavailable < 1 && replaces.length > 0) {
      maxUnavailable = 1;
      for (const d of replaces)
        diagnostics.add('warning', 'PLAN_MAX_UNAVAILABLE_ZERO', pool, d.node, d.desired?.source ?? null);
    }
    groups.push({
      id: rolloutGroupId(pool),
      pool,
      maxUnavailable,
      maxSurge: rollout.maxSurge,
      maxInFlight: rollout.maxInFlight,
      changes: changes.map((d) => d.id).sort(compareText),
      unavailable: list
        .filter((d) => d.cause !== 'undeclared' && d.cause !== 'duplicate')
        .filter((d) => d.condition !== 'ready' && d.condition !== 'absent' && d.condition !== 'drifted')
        .map((d) => d.node)
        .sort(compareText),
    });
  }
  return groups;
}

import type { DesiredState } from '../../../core/desired/desired-state.js';
import { PhoenixError } from '../../../core/errors/phoenix-error.js';
import type { ReconcilePlan } from '../../../core/plan/reconcile-plan.js';
import { narrowPlan } from '../../../core/plan/unresolved-references.js';

/** What `--target` names: one node, or every node of one pool. */
export interface PlanTarget {
  readonly kind: 'node' | 'pool';
  readonly name: string;
}

const TARGET = /^(?:(node|pool)\/)?([^/\s]+)$/;

/**
 * A `--target` value: `node/NAME`, `pool/NAME`, or a bare node name (read as `node/NAME`). Anything else is a
 * usage error naming the value.
 */
export function parseTarget(text: string): PlanTarget {
  const match = TARGET.exec(text.trim());
  if (match === null)
    throw new PhoenixError('CLI_INVALID_OPTION', {
      option: '--target',
      target: text,
      expected: 'node/NAME, pool/NAME or a node name',
    });
  return { kind: match[1] === 'pool' ? 'pool' : 'node', name: match[2]! };
}

/** The target as the ledger and the views write it: `node/NAME` or `pool/NAME`. */
export function formatTarget(target: PlanTarget): string {
  return `${target.kind}/${target.name}`;
}

/** Sorted, without duplicates, in their written form. */
export function formatTargets(targets: readonly PlanTarget[]): string[] {
  return [...new Set(targets.map(formatTarget))].sort();
}

/**
 * The nodes the targets stand for. A node is known when it is declared or has a change in the plan (an
 * undeclared node to delete); a pool when it is declared or a planned change belongs to it. An unknown target
 * is a usage error that names it, raised before anything is applied.
 */
export function targetNodes(
  targets: readonly PlanTarget[],
  desired: DesiredState,
  plan: ReconcilePlan,
): string[] {
  const nodes = new Set<string>([...desired.nodes.map((n) => n.name), ...plan.changes.map((c) => c.node)]);
  const pools = new Map<string, Set<string>>();
  const addToPool = (pool: string, node: string): void => {
    const members = pools.get(pool) ?? new Set<string>();
    members.add(node);
    pools.set(pool, members);
  };
  for (const pool of desired.pools) for (const node of pool.nodeNames) addToPool(pool.name, node);
  for (const change of plan.changes) if (change.pool !== null) addToPool(change.pool, change.node);
  const chosen = new Set<string>();
  for (const target of targets) {
    if (target.kind === 'node') {
      if (!nodes.has(target.name)) throw unknownTarget(target, 'no declared or planned node has this name');
      chosen.add(target.name);
      continue;
    }
    const members = pools.get(target.name);
    if (members === undefined) throw unknownTarget(target, 'no declared or planned pool has this name');
    for (const node of members) chosen.add(node);
  }
  return [...chosen].sort();
}

function unknownTarget(target: PlanTarget, problem: string): PhoenixError {
  return new PhoenixError('CLI_INVALID_OPTION', {
    option: '--target',
    target: formatTarget(target),
    problem,
  });
}

/** The plan narrowed to the targets' nodes and the templates they compose from; the plan itself without targets. */
export function narrowToTargets(
  plan: ReconcilePlan,
  targets: readonly PlanTarget[],
  desired: DesiredState,
): ReconcilePlan {
  return targets.length === 0 ? plan : narrowPlan(plan, targetNodes(targets, desired, plan));
}

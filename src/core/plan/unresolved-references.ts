import type { SourceLocation } from '../diagnostics/diagnostic.js';
import type { BlockedKind } from './blocked-by.js';
import type { PlanChange, ReconcilePlan } from './reconcile-plan.js';
import { summarizePlan } from './summarize-plan.js';
import { isMutatingTemplate } from './template-change.js';

/** A reference of the declarations that the appliance cannot resolve: the plan is refused while one remains. */
export interface UnresolvedReference {
  /** The node or template change it blocks. */
  readonly id: string;
  readonly reason: string;
  readonly source: SourceLocation | null;
}

const UNRESOLVED: ReadonlySet<BlockedKind> = new Set<BlockedKind>([
  'conflict',
  'template-not-found',
  'template-blocked',
  'deployment-plan-not-found',
  'hardware-type-not-found',
  'pinned-hardware-not-found',
]);

/**
 * What makes a plan an error rather than a partial success: a template, network, firmware bundle, hardware type
 * or pinned bay that does not exist, a template or profile name taken by something Phoenix does not own. Found
 * when planning, so nothing is applied (not even the unaffected nodes) until the declarations are fixed or the
 * apply is narrowed to other targets.
 */
export function unresolvedReferences(
  plan: ReconcilePlan,
  sourceOf: (node: string) => SourceLocation | null = () => null,
): UnresolvedReference[] {
  const out: UnresolvedReference[] = [];
  for (const t of plan.templates) {
    const kind = t.blockedBy?.kind;
    if (kind === 'conflict' || kind === 'unresolved-reference' || kind === 'invalid-connection')
      out.push({ id: `template ${t.template}`, reason: t.reason, source: t.source });
  }
  for (const c of plan.changes) {
    if (c.blockedBy !== null && UNRESOLVED.has(c.blockedBy.kind))
      out.push({ id: c.id, reason: c.reason, source: sourceOf(c.node) });
  }
  return out;
}

/**
 * The plan narrowed to some nodes (`--target`): their changes, the template changes they compose from, and
 * dependencies on changes left out dropped (those nodes are taken as they are).
 */
export function narrowPlan(plan: ReconcilePlan, targets: readonly string[]): ReconcilePlan {
  const wanted = new Set(targets);
  const changes: PlanChange[] = plan.changes
    .filter((c) => wanted.has(c.node))
    .map((c) => ({
      ...c,
      dependsOn: c.dependsOn.filter((d) => plan.changes.some((x) => x.id === d && wanted.has(x.node))),
    }));
  const kept = new Set(changes.map((c) => c.id));
  const used = new Set(
    changes.flatMap((c) => c.steps.flatMap((s) => (s.kind === 'compose' ? [s.template] : []))),
  );
  const templates = plan.templates.filter((t) => used.has(t.template) && t.action !== 'delete');
  const summary = summarizePlan(changes);
  return {
    ...plan,
    templates,
    changes,
    rolloutGroups: plan.rolloutGroups
      .map((g) => ({ ...g, changes: g.changes.filter((id) => kept.has(id)) }))
      .filter((g) => g.changes.length > 0),
    summary: templates.some(isMutatingTemplate) ? { ...summary, hasChanges: true } : summary,
  };
}

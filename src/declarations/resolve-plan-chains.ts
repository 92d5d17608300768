import type { Resource } from './classify-documents.js';
import type { DiagnosticList } from './diagnostic-list.js';

export interface PlanChain {
  /** Ancestors, root first, then the plan itself. */
  readonly plans: readonly Resource[];
}

/**
 * The extends chain of every plan. A plan whose chain is broken (unknown parent, cycle, invalid ancestor) has no
 * entry; unknown parents and cycles are reported once each, at the plan that names them.
 */
export function resolvePlanChains(
  plans: ReadonlyMap<string, Resource>,
  diagnostics: DiagnosticList,
  kind: 'Plan' | 'ProfileTemplate' = 'Plan',
): Map<string, PlanChain> {
  const plural = kind === 'Plan' ? 'Plans' : 'ProfileTemplates';
  const chains = new Map<string, PlanChain>();
  const broken = new Set<string>();
  for (const name of [...plans.keys()].sort()) {
    if (chains.has(name) || broken.has(name)) continue;
    const path: Resource[] = [];
    const onPath = new Set<string>();
    let current: Resource | undefined = plans.get(name);
    let failed = false;
    while (current !== undefined) {
      if (onPath.has(current.name)) {
        const start = path.findIndex((plan) => plan.name === current!.name);
        const cycle = path.slice(start);
        const first = cycle.reduce((a, b) => (a.name < b.name ? a : b));
        diagnostics.error(
          'DECL_EXTENDS_CYCLE',
          `${plural} extend each other in a cycle: ${[...cycle, current].map((p) => p.name).join(' -> ')}.`,
          first.document.locate(['spec', 'extends']),
          'spec.extends',
        );
        failed = true;
        break;
      }
      if (chains.has(current.name) || broken.has(current.name)) {
        failed = broken.has(current.name);
        break;
      }
      path.push(current);
      onPath.add(current.name);
      if (!current.valid) {
        failed = true;
        break;
      }
      const parent = current.spec['extends'];
      if (typeof parent !== 'string') {
        current = undefined;
        break;
      }
      const next = plans.get(parent);
      if (next === undefined) {
        diagnostics.error(
          'DECL_UNKNOWN_REFERENCE',
          `${kind} ${current.name} extends ${parent}, which is not a declared ${kind}.`,
          current.document.locate(['spec', 'extends']),
          'spec.extends',
        );
        failed = true;
        break;
      }
      current = next;
    }
    // path runs from `name` towards the root; a resolved ancestor (if we stopped at one) completes it.
    const tail = current !== undefined && !failed ? (chains.get(current.name)?.plans ?? []) : [];
    for (let i = path.length - 1; i >= 0; i -= 1) {
      const plan = path[i]!;
      if (failed) {
        broken.add(plan.name);
        continue;
      }
      const ancestors = i === path.length - 1 ? tail : chains.get(path[i + 1]!.name)!.plans;
      chains.set(plan.name, { plans: [...ancestors, plan] });
    }
  }
  return chains;
}

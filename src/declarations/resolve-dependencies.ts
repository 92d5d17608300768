import type { Resource } from './classify-documents.js';
import type { DiagnosticList } from './diagnostic-list.js';

/**
 * Expands each pool's and pet's dependsOn into node names. Unknown names and cycles are reported; returns the
 * node names each entity waits for.
 */
export function resolveDependencies(
  entities: readonly Resource[],
  nodesOf: ReadonlyMap<string, readonly string[]>,
  entityOfNode: ReadonlyMap<string, string>,
  known: ReadonlySet<string>,
  diagnostics: DiagnosticList,
): Map<string, readonly string[]> {
  const edges = new Map<string, string[]>();
  const expanded = new Map<string, readonly string[]>();
  for (const entity of entities) {
    const refs = Array.isArray(entity.spec['dependsOn'])
      ? (entity.spec['dependsOn'] as readonly unknown[])
      : [];
    const targets: string[] = [];
    const names = new Set<string>();
    refs.forEach((ref, index) => {
      if (typeof ref !== 'string') return;
      const target = nodesOf.has(ref) ? ref : entityOfNode.get(ref);
      if (target === undefined) {
        if (known.has(ref)) return; // declared but broken: its own diagnostics explain why
        diagnostics.error(
          'DECL_UNKNOWN_REFERENCE',
          `${entity.kind} ${entity.name} depends on ${ref}, which is neither a NodePool nor a node.`,
          entity.document.locate(['spec', 'dependsOn', index]),
          `spec.dependsOn[${index}]`,
        );
        return;
      }
      targets.push(target);
      for (const name of nodesOf.has(ref) ? (nodesOf.get(ref) ?? []) : [ref]) names.add(name);
    });
    edges.set(entity.name, targets);
    expanded.set(entity.name, [...names].sort());
  }
  reportCycles(entities, edges, diagnostics);
  return expanded;
}

function reportCycles(
  entities: readonly Resource[],
  edges: ReadonlyMap<string, readonly string[]>,
  diagnostics: DiagnosticList,
): void {
  const byName = new Map(entities.map((entity) => [entity.name, entity]));
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (name: string): void => {
    state.set(name, 'visiting');
    stack.push(name);
    for (const next of edges.get(name) ?? []) {
      const seen = state.get(next);
      if (seen === 'visiting') {
        const cycle = stack.slice(stack.indexOf(next));
        const first = [...cycle].sort()[0]!;
        const entity = byName.get(first)!;
        const rotated = [
          ...cycle.slice(cycle.indexOf(first)),
          ...cycle.slice(0, cycle.indexOf(first)),
          first,
        ];
        diagnostics.error(
          'DECL_DEPENDS_ON_CYCLE',
          `dependsOn forms a cycle: ${rotated.join(' -> ')}.`,
          entity.document.locate(['spec', 'dependsOn']),
          'spec.dependsOn',
        );
      } else if (seen === undefined) {
        visit(next);
      }
    }
    stack.pop();
    state.set(name, 'done');
  };
  for (const entity of [...entities].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (!state.has(entity.name)) visit(entity.name);
  }
}

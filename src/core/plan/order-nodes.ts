import type { DesiredNode } from '../desired/desired-state.js';
import { sortedByText, sortedTexts } from './inventory-index.js';

/**
 * Desired nodes with every node after the nodes it depends on, otherwise by name. Cycles are rejected by
 * validation; here a back edge is simply ignored so the order stays total.
 */
export function orderNodes(nodes: readonly DesiredNode[]): DesiredNode[] {
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const state = new Map<string, 'visiting' | 'done'>();
  const out: DesiredNode[] = [];
  const visitedLists = new WeakSet<readonly string[]>();
  const sorted = sortedByText(nodes, (n) => n.name);
  for (const root of sorted) {
    if (state.has(root.name)) continue;
    // Iterative depth-first post-order, so long dependency chains cannot overflow the stack.
    const stack: { node: DesiredNode; deps: readonly string[]; next: number }[] = [];
    const push = (node: DesiredNode): void => {
      state.set(node.name, 'visiting');
      // Nodes of a pool share one list: once a node's dependencies were all visited, the next node's are too.
      const deps = visitedLists.has(node.dependsOn) ? [] : sortedTexts(node.dependsOn);
      stack.push({ node, deps, next: 0 });
    };
    push(root);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const dep = top.deps[top.next++];
      if (dep === undefined) {
        stack.pop();
        state.set(top.node.name, 'done');
        out.push(top.node);
        visitedLists.add(top.node.dependsOn);
        continue;
      }
      const child = byName.get(dep);
      if (child !== undefined && !state.has(dep)) push(child);
    }
  }
  return out;
}

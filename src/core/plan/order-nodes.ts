import type { DesiredNode } from '../desired/desired-state.js';
import { sortedByText, sortedTexts } from './inventory-index.js';

interface Frame {
  readonly node: DesiredNode;
  readonly deps: readonly string[];
  next: number;
}

const NO_DEPS: readonly string[] = [];

/**
 * Desired nodes with every node after the nodes it depends on, otherwise by name. Cycles are rejected by
 * validation; here a back edge is simply ignored so the order stays total.
 */
export function orderNodes(nodes: readonly DesiredNode[]): DesiredNode[] {
  const byName = new Map<string, DesiredNode>();
  for (const node of nodes) byName.set(node.name, node);
  const state = new Map<string, 'visiting' | 'done'>();
  const out: DesiredNode[] = [];
  // Nodes of a pool share one list: once a node's dependencies were all visited, the next node's are too.
  const visitedLists = new WeakSet<readonly string[]>();
  const nothingToVisit = (node: DesiredNode): boolean =>
    node.dependsOn.length === 0 || visitedLists.has(node.dependsOn);
  // Iterative depth-first post-order, so long dependency chains cannot overflow the stack.
  const stack: Frame[] = [];
  const push = (node: DesiredNode): void => {
    state.set(node.name, 'visiting');
    stack.push({ node, deps: nothingToVisit(node) ? NO_DEPS : sortedTexts(node.dependsOn), next: 0 });
  };
  for (const root of sortedByText(nodes, (n) => n.name)) {
    if (state.has(root.name)) continue;
    if (nothingToVisit(root)) {
      // What the walk below does with such a node, without a frame for it.
      state.set(root.name, 'done');
      out.push(root);
      continue;
    }
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

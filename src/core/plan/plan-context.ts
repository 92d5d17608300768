import type { DesiredNode, DesiredState } from '../desired/desired-state.js';
import type { LedgerView } from '../ledger/ledger-view.js';
import type { ObservedClassification } from './classify-observed.js';
import type { DiagnosticCollector } from './collect-diagnostics.js';
import type { HardwareAllocator } from './hardware-allocator.js';
import type { InventoryIndex } from './inventory-index.js';
import type { PlanOptions } from './plan-options.js';
import type { ResolvedArtifacts } from './resolve-artifacts.js';

/** Everything the planning steps share while one plan is built. */
export interface PlanContext {
  readonly desired: DesiredState;
  readonly desiredByName: ReadonlyMap<string, DesiredNode>;
  readonly ledger: LedgerView;
  /** The ledger's unverified nodes, for lookup. */
  readonly unverified: ReadonlySet<string>;
  readonly options: PlanOptions;
  readonly index: InventoryIndex;
  readonly classification: ObservedClassification;
  readonly allocator: HardwareAllocator;
  readonly diagnostics: DiagnosticCollector;
  readonly resolveArtifacts: (node: DesiredNode) => ResolvedArtifacts;
}

/** The pool a node belongs to: a NodePool node's pool, else null. */
export function poolOf(node: DesiredNode): string | null {
  return node.owner.kind === 'NodePool' ? node.owner.name : null;
}

import { hash } from 'node:crypto';
import type { DesiredNode } from '../core/desired/desired-state.js';
import type { ExpandedPool } from './expand-pool.js';
import type { Layer } from './layer-stack.js';
import type { NodeDraft, NodeLookups } from './node-draft.js';
import type { ParsedDocument } from './parse-yaml-documents.js';

/**
 * What expanding a pool made, and the nodes built from it, kept for the next load that reads the same documents.
 *
 * A Git source hands the documents of an unchanged file to every load of that repository as the same objects
 * (by path and blob id; see load-desired-state.ts): a pull-request plan loads the base and the head commit, which
 * share most pools. A pool's nodes depend only on its document, the documents of its layers (the Site's defaults,
 * its plan chain), the Site's name, what the load knows beyond documents (declared templates' content hashes,
 * answer file templates: the context), and the nodes it depends on. When all of them are the same, the nodes are
 * the same: the second load takes them as they are instead of merging, templating and hashing each again.
 *
 * Kept by document identity in weak maps: what a source no longer hands out is collected with its documents;
 * documents parsed afresh (a working tree) are never found. Only expansions that reported nothing are kept, so
 * every finding is reported by every load.
 */
interface KeptExpansion {
  readonly layers: readonly ParsedDocument[];
  readonly site: string;
  readonly context: string;
  readonly expanded: ExpandedPool;
}

const expansions = new WeakMap<ParsedDocument, KeptExpansion>();
const built = new WeakMap<NodeDraft, DesiredNode>();

/**
 * A digest of what a load knows beyond documents: the content hash of each declared template and the text of
 * each answer file template. Two loads with the same context build the same node from the same layers.
 */
export function expansionContext(
  templateSpecs: ReadonlyMap<string, string>,
  files: ReadonlyMap<string, string>,
): string {
  const text = JSON.stringify([
    [...templateSpecs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  ]);
  return hash('sha256', text, 'hex');
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The expansion an earlier load made of this pool document from the same layers, site and context. */
export function keptExpansion(
  pool: ParsedDocument,
  layers: readonly Layer[],
  site: string,
  context: string,
): ExpandedPool | null {
  const kept = expansions.get(pool);
  if (kept === undefined || kept.site !== site || kept.context !== context) return null;
  if (
    !sameList(
      kept.layers,
      layers.map((layer) => layer.document),
    )
  )
    return null;
  return kept.expanded;
}

/** Keeps an expansion that reported nothing, for the next load of the same documents. */
export function keepExpansion(
  pool: ParsedDocument,
  layers: readonly Layer[],
  site: string,
  context: string,
  expanded: ExpandedPool,
): void {
  expansions.set(pool, { layers: layers.map((layer) => layer.document), site, context, expanded });
}

/**
 * The draft's node: the one built before when the draft is reused (so its layers and context are the same)
 * and it depends on the same nodes, else built now.
 */
export function buildOnce(draft: NodeDraft, dependsOn: readonly string[], lookups: NodeLookups): DesiredNode {
  const before = built.get(draft);
  if (before !== undefined && sameList(before.dependsOn, dependsOn)) return before;
  const node = draft.build(dependsOn, lookups);
  built.set(draft, node);
  return node;
}

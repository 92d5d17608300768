import { hash } from 'node:crypto';
import { canonicalJson } from '../core/desired/canonical-json.js';
import {
  specHashInput,
  type DesiredNode,
  type VirtualMediaDeployment,
} from '../core/desired/desired-state.js';

type SpecHashed = Pick<
  DesiredNode,
  'profileTemplate' | 'templateSpec' | 'deploymentPlan' | 'goldenImage' | 'attributes' | 'hardware'
> & { readonly osDeployment?: VirtualMediaDeployment | null };

/** sha256 hex of the canonical JSON of the node's immutable part. */
export function computeSpecHash(node: SpecHashed): string {
  // The one-shot hash: a Hash object per node costs more than hashing its few hundred bytes.
  return hash('sha256', canonicalJson(specHashInput(node)), 'hex');
}

/** How the canonical JSON of a spec hash input starts when its attributes are empty: `attributes` sorts first. */
const EMPTY_ATTRIBUTES = '{"attributes":{}';

/**
 * The canonical JSON of a node's spec hash input past its attributes: what the nodes of one stack share, written
 * once for all of them (see computeSpecHashAfter). Taken from specHashInput itself, the one definition.
 */
export function specHashTail(node: Omit<SpecHashed, 'attributes'>): string {
  const text = canonicalJson(specHashInput({ ...node, attributes: {} }));
  if (!text.startsWith(EMPTY_ATTRIBUTES))
    throw new Error('a spec hash input no longer starts with its attributes');
  return text.slice(EMPTY_ATTRIBUTES.length);
}

/**
 * computeSpecHash of a node with these attributes whose input past them is `tail` (specHashTail of the same
 * node): the canonical JSON of an object is its members in key order, and `attributes` comes first.
 */
export function computeSpecHashAfter(attributes: Readonly<Record<string, string>>, tail: string): string {
  return hash('sha256', `{"attributes":${canonicalJson(attributes)}${tail}`, 'hex');
}

import { hash } from 'node:crypto';
import { canonicalJson } from '../core/desired/canonical-json.js';
import {
  specHashInput,
  type DesiredNode,
  type VirtualMediaDeployment,
} from '../core/desired/desired-state.js';

/** sha256 hex of the canonical JSON of the node's immutable part. */
export function computeSpecHash(
  node: Pick<
    DesiredNode,
    'profileTemplate' | 'templateSpec' | 'deploymentPlan' | 'goldenImage' | 'attributes' | 'hardware'
  > & { readonly osDeployment?: VirtualMediaDeployment | null },
): string {
  // The one-shot hash: a Hash object per node costs more than hashing its few hundred bytes.
  return hash('sha256', canonicalJson(specHashInput(node)), 'hex');
}

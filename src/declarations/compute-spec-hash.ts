import { createHash } from 'node:crypto';
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
  return createHash('sha256')
    .update(canonicalJson(specHashInput(node)))
    .digest('hex');
}

import { checksForSite } from '../../../adapters/checks/index.js';
import type { SiteSpec } from '../../../core/desired/desired-state.js';
import type { VerifyNode } from '../../../engine/apply/apply-deps.js';
import { createVerifyNode } from '../../../engine/verify/create-verify-node.js';
import type { Logger } from '../../../ports/logger.js';
import type { Appliance } from '../../../ports/appliance.js';
import type { Clock } from '../../../ports/clock.js';
import type { RuntimeEnv } from './site-runtime.js';

/** The executor's verify step for a site: the implicit OneView check plus its Consul, tcp and http checks. */
export function buildVerify(
  site: SiteSpec,
  env: RuntimeEnv,
  appliance: Appliance,
  clock: Clock,
  logger: Logger,
): VerifyNode {
  return createVerifyNode({ appliance, checks: checksForSite(site, env, logger), clock, logger });
}

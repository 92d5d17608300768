import type { SiteSpec } from '../../../core/desired/desired-state.js';
import type { Logger } from '../../../ports/logger.js';
import type { Appliance } from '../../../ports/appliance.js';
import type { Clock } from '../../../ports/clock.js';

/** Environment variables a run reads (OV_*, CONSUL_HTTP_ADDR, ...); the demo passes its own. */
export type RuntimeEnv = Readonly<Record<string, string | undefined>>;

/**
 * Connects to the Site's appliance; OV_* variables of `env` override the Site. The OneView adapter is loaded
 * here, so that a command that plans without an appliance (--offline, --inventory) never loads it.
 */
export async function openSiteAppliance(
  site: SiteSpec,
  env: RuntimeEnv,
  logger: Logger,
  clock?: Clock,
): Promise<Appliance> {
  const { connectAppliance, resolveConnectionConfig } = await import('../../../adapters/oneview/index.js');
  const config = await resolveConnectionConfig(site, env);
  return connectAppliance(config, clock === undefined ? { logger } : { logger, clock });
}

/** Consul's address for verify checks: CONSUL_HTTP_ADDR wins over the Site, as with Consul's own tools. */
export function consulAddress(site: SiteSpec, env: RuntimeEnv): string | null {
  const fromEnv = env['CONSUL_HTTP_ADDR']?.trim();
  return fromEnv !== undefined && fromEnv !== '' ? fromEnv : site.consulUrl;
}

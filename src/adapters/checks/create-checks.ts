import type { Logger } from '../../ports/logger.js';
import type { Checks } from '../../ports/checks.js';
import { probeConsul, type ConsulConnection } from './consul-check.js';
import { probeHttp } from './http-check.js';
import { resolveConsulAddress, type Environment } from './resolve-consul-address.js';
import { probeTcp } from './tcp-check.js';

export interface ChecksOptions {
  readonly consul: ConsulConnection;
  /** Receives one debug line per probe (never the token). */
  readonly logger?: Logger;
}

/** The verify checks over the network: consul through its HTTP API, tcp with node:net, http with fetch. */
export function createChecks(options: ChecksOptions): Checks {
  const { consul, logger } = options;
  return {
    async probe(target, check, probeOptions) {
      let result;
      switch (check.type) {
        case 'consul':
          result = await probeConsul(target, check, consul, probeOptions);
          break;
        case 'tcp':
          result = await probeTcp(check, probeOptions);
          break;
        case 'http':
          result = await probeHttp(check, probeOptions);
          break;
      }
      logger?.debug(
        {
          node: target.node,
          check: check.name,
          type: check.type,
          passed: result.passed,
          failure: result.passed ? null : result.failure,
          detail: result.detail,
        },
        'verify check probed',
      );
      return result;
    },
  };
}

/**
 * The checks for a site: the Consul address from CONSUL_HTTP_ADDR, else the Site's consul.url, and the ACL
 * token from CONSUL_HTTP_TOKEN.
 */
export function checksForSite(
  site: { readonly consulUrl: string | null },
  env: Environment,
  logger?: Logger,
): Checks {
  const token = env['CONSUL_HTTP_TOKEN']?.trim();
  return createChecks({
    consul: { address: resolveConsulAddress(site.consulUrl, env), token: token ? token : null },
    ...(logger === undefined ? {} : { logger }),
  });
}

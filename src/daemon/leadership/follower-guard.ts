import type { FastifyInstance } from 'fastify';
import { errorCatalog } from '../../core/errors/error-catalog.js';
import type { SiteLeader } from './site-lease.js';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** One site's leadership as a replica sees it. */
export interface SiteLeadership {
  readonly isLeader: boolean;
  readonly leader: SiteLeader | null;
}

/** The site an API path acts on: /api/v1/sites/<site>/... names it; other paths act on the first site. */
export function siteOfPath(url: string): string | null {
  const match = /^\/api\/v1\/sites\/([^/?]+)\//.exec(url);
  return match === null ? null : decodeURIComponent(match[1]!);
}

/**
 * On a follower of the site a write call acts on, write calls of the API (POST, PUT, DELETE under /api/) are not
 * served: they are redirected to that site's leader (307 keeps the method and body) or, while nobody leads,
 * refused with 503. Either answer names the leader and its address. Reads are served by every replica.
 */
export function registerFollowerGuard(
  app: FastifyInstance,
  leadershipOf: (site: string | null) => SiteLeadership | null,
): void {
  app.addHook('onRequest', async (request, reply) => {
    if (READS.has(request.method) || !request.url.startsWith('/api/')) return;
    const replica = leadershipOf(siteOfPath(request.url));
    if (replica === null || replica.isLeader) return;
    const leader = replica.leader;
    const body = {
      code: 'LEASE_NOT_LEADER',
      message: errorCatalog.LEASE_NOT_LEADER.message,
      leader: leader === null ? null : { holder: leader.holder, epoch: leader.epoch, since: leader.since },
      leaderAddress: leader?.address ?? null,
    };
    if (leader?.address == null) return reply.code(503).header('retry-after', '5').send(body);
    const location = new URL(request.url, leader.address).toString();
    return reply.code(307).header('location', location).send(body);
  });
}

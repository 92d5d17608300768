import type { FastifyInstance } from 'fastify';
import { errorCatalog } from '../../core/errors/error-catalog.js';
import type { SiteLeader } from './site-lease.js';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * On a follower, write calls of the API (POST, PUT, DELETE under /api/) are not served: they are redirected to
 * the leader (307 keeps the method and body) or, while nobody leads, refused with 503. Reads are served from the
 * shared ledger by every replica.
 */
export function registerFollowerGuard(
  app: FastifyInstance,
  replica: { readonly isLeader: boolean; readonly leader: SiteLeader | null },
): void {
  app.addHook('onRequest', async (request, reply) => {
    if (READS.has(request.method) || !request.url.startsWith('/api/') || replica.isLeader) return;
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

import type { FastifyReply, FastifyRequest } from 'fastify';
import { secretsEqual } from '../webhooks/verify-signature.js';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

export function isLoopback(address: string | undefined): boolean {
  return address !== undefined && LOOPBACK.test(address);
}

function bearer(request: FastifyRequest): string | undefined {
  const value = request.headers.authorization;
  return value?.startsWith('Bearer ') === true ? value.slice('Bearer '.length) : undefined;
}

/**
 * Access rules of the API: write endpoints need the bearer token (and are refused when none is configured);
 * read endpoints need it too, except from a loopback address.
 */
export function accessGuard(token: string | null) {
  const hasToken = (request: FastifyRequest): boolean =>
    token !== null && secretsEqual(token, bearer(request));
  return {
    read: async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
      if (isLoopback(request.socket.remoteAddress) || hasToken(request)) return;
      await reply.code(401).header('www-authenticate', 'Bearer').send({ error: 'unauthorized' });
    },
    write: async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
      if (hasToken(request)) return;
      await reply
        .code(401)
        .header('www-authenticate', 'Bearer')
        .send({
          error:
            token === null ? 'write endpoints are disabled: PHOENIX_API_TOKEN is not set' : 'unauthorized',
        });
    },
  };
}

import type { FastifyInstance } from 'fastify';
import { hasErrorCode } from '../../core/errors/phoenix-error.js';
import {
  checkReleaseReason,
  MAX_RELEASE_REASON,
  releaseHardware,
} from '../../engine/quarantine/release-hardware.js';
import type { Logger } from '../../ports/logger.js';
import type { Clock } from '../../ports/clock.js';
import type { Ledger } from '../../ports/ledger.js';
import { accessGuard } from './api-auth.js';

export interface QuarantineApiDeps {
  readonly token: string | null;
  readonly ledger: Ledger;
  readonly clock: Clock;
  readonly logger: Logger;
}

const DEFAULT_REASON = 'released by an operator (POST /api/v1/quarantine/release)';

/**
 * GET /api/v1/quarantine (read access): quarantined hardware and the latest quarantines and releases.
 * POST /api/v1/quarantine/release (API token): `{"hardware": "<uri or id>", "reason": "..."}` records a release
 * in the ledger the daemon holds; 404 with LEDGER_HARDWARE_NOT_QUARANTINED when the hardware is not quarantined.
 */
export function registerQuarantineRoutes(app: FastifyInstance, deps: QuarantineApiDeps): void {
  const guard = accessGuard(deps.token);
  app.get('/api/v1/quarantine', { preHandler: guard.read }, (_request, reply) =>
    reply.send({
      quarantined: deps.ledger.readView().quarantined,
      events: deps.ledger.hardwareEvents(100),
    }),
  );
  app.post<{ Body: unknown }>(
    '/api/v1/quarantine/release',
    { preHandler: guard.write, bodyLimit: 4096 },
    async (request, reply) => {
      const body = request.body;
      const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
      const hardware = fields['hardware'];
      const givenReason = fields['reason'] ?? DEFAULT_REASON;
      const reason = typeof givenReason === 'string' ? checkReleaseReason(givenReason) : null;
      if (typeof hardware !== 'string' || hardware.trim() === '' || reason === null) {
        return reply.code(400).send({
          error: 'INTERNAL_INVALID_ARGUMENT',
          message: `The body must be {"hardware": "<uri or id>", "reason": "<one line of 1 to ${MAX_RELEASE_REASON} characters>"}.`,
        });
      }
      try {
        const entry = await releaseHardware(deps.ledger, deps.clock, hardware, reason);
        deps.logger.info(
          { hardwareUri: entry.hardwareUri, node: entry.node },
          'hardware released from quarantine through the API',
        );
        return await reply.send({ released: entry, reason });
      } catch (error) {
        if (!hasErrorCode(error, 'LEDGER_HARDWARE_NOT_QUARANTINED')) throw error;
        return reply.code(404).send({ error: error.code, message: error.message, hardware });
      }
    },
  );
}

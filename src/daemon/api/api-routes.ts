import type { FastifyInstance } from 'fastify';
import type { ReconcilePlan } from '../../core/plan/reconcile-plan.js';
import type { RunHistoryEntry } from '../../ports/ledger.js';
import type { DaemonStatus } from '../site-status.js';
import { accessGuard } from './api-auth.js';

/** What the API reads and drives; the daemon provides it. */
export interface ApiDeps {
  readonly token: string | null;
  readonly isReady: () => boolean;
  readonly status: () => DaemonStatus;
  readonly runs: (limit: number) => readonly RunHistoryEntry[];
  readonly pendingPlan: () => ReconcilePlan | null;
  /** Enqueues a pass; false when stopping. */
  readonly reconcile: () => boolean;
  /** Records the suspension durably before it answers. */
  readonly suspend: () => Promise<void>;
  readonly resume: () => Promise<void>;
  readonly metrics: () => Promise<{ readonly contentType: string; readonly body: string }>;
}

/**
 * /healthz (the process answers), /readyz (started and not stopping), /metrics, and /api/v1: status, runs,
 * the pending plan, and POST reconcile, suspend and resume.
 */
export function registerApiRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const guard = accessGuard(deps.token);
  app.get('/healthz', (_request, reply) => reply.send({ status: 'ok' }));
  app.get('/readyz', (_request, reply) => {
    if (deps.isReady()) return reply.send({ status: 'ready' });
    return reply.code(503).send({ status: 'not ready' });
  });
  app.get('/metrics', { preHandler: guard.read }, async (_request, reply) => {
    const { contentType, body } = await deps.metrics();
    return reply.type(contentType).send(body);
  });
  app.get('/api/v1/status', { preHandler: guard.read }, (_request, reply) => reply.send(deps.status()));
  app.get<{ Querystring: { limit?: string } }>(
    '/api/v1/runs',
    { preHandler: guard.read },
    (request, reply) => {
      const limit = Number(request.query.limit ?? '50');
      return reply.send({
        runs: deps.runs(Number.isInteger(limit) && limit > 0 ? Math.min(limit, 1000) : 50),
      });
    },
  );
  app.get('/api/v1/plan', { preHandler: guard.read }, (_request, reply) =>
    reply.send({ plan: deps.pendingPlan() }),
  );
  app.post('/api/v1/reconcile', { preHandler: guard.write }, (_request, reply) => {
    if (!deps.reconcile()) return reply.code(503).send({ result: 'stopping' });
    return reply.code(202).send({ result: 'accepted' });
  });
  app.post('/api/v1/suspend', { preHandler: guard.write }, async (_request, reply) => {
    await deps.suspend();
    return reply.send({ suspended: true });
  });
  app.post('/api/v1/resume', { preHandler: guard.write }, async (_request, reply) => {
    await deps.resume();
    return reply.send({ suspended: false });
  });
}

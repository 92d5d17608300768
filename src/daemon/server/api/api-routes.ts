import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ReconcilePlan } from '../../../core/plan/reconcile-plan.js';
import type { RunHistoryEntry } from '../../../ports/ledger.js';
import type { DaemonStatus } from '../../status/site-status.js';
import { accessGuard } from './api-auth.js';

/** What the API reads and drives for one site. */
export interface SiteApiDeps {
  /** Served as is; a replica that follows the site answers with what its leader last showed. */
  readonly status: () => DaemonStatus | Promise<DaemonStatus>;
  readonly runs: (limit: number) => readonly RunHistoryEntry[];
  readonly pendingPlan: () => ReconcilePlan | null | Promise<ReconcilePlan | null>;
  /** Enqueues a pass; false when stopping. */
  readonly reconcile: () => boolean;
  /** Records the suspension durably before it answers. */
  readonly suspend: () => Promise<void>;
  readonly resume: () => Promise<void>;
}

/** What the API reads and drives; the daemon provides it. The unscoped routes serve its first site. */
export interface ApiDeps extends SiteApiDeps {
  readonly token: string | null;
  readonly isReady: () => boolean;
  readonly metrics: () => Promise<{ readonly contentType: string; readonly body: string }>;
  /** The sites served by name, for /api/v1/sites/:site/...; absent when the daemon serves one unnamed site. */
  readonly site?: (name: string) => SiteApiDeps | null;
}

type SiteRoute = (site: SiteApiDeps, request: { query: { limit?: string } }, reply: FastifyReply) => unknown;

/**
 * /healthz (the process answers), /readyz (started and not stopping), /metrics, and /api/v1: status, runs,
 * the pending plan, and POST reconcile, suspend and resume, for the first site and, under
 * /api/v1/sites/:site/, for each site by name.
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

  const routes: readonly { method: 'GET' | 'POST'; path: string; handle: SiteRoute }[] = [
    { method: 'GET', path: 'status', handle: async (site, _r, reply) => reply.send(await site.status()) },
    {
      method: 'GET',
      path: 'runs',
      handle: (site, request, reply) => {
        const limit = Number(request.query.limit ?? '50');
        return reply.send({
          runs: site.runs(Number.isInteger(limit) && limit > 0 ? Math.min(limit, 1000) : 50),
        });
      },
    },
    {
      method: 'GET',
      path: 'plan',
      handle: async (site, _r, reply) => reply.send({ plan: await site.pendingPlan() }),
    },
    {
      method: 'POST',
      path: 'reconcile',
      handle: (site, _r, reply) => {
        if (!site.reconcile()) return reply.code(503).send({ result: 'stopping' });
        return reply.code(202).send({ result: 'accepted' });
      },
    },
    {
      method: 'POST',
      path: 'suspend',
      handle: async (site, _r, reply) => {
        await site.suspend();
        return reply.send({ suspended: true });
      },
    },
    {
      method: 'POST',
      path: 'resume',
      handle: async (site, _r, reply) => {
        await site.resume();
        return reply.send({ suspended: false });
      },
    },
  ];
  for (const route of routes) {
    const preHandler = route.method === 'GET' ? guard.read : guard.write;
    app.route<{ Querystring: { limit?: string } }>({
      method: route.method,
      url: `/api/v1/${route.path}`,
      preHandler,
      handler: (request, reply) => route.handle(deps, request, reply),
    });
    const siteOf = deps.site;
    if (siteOf === undefined) continue;
    app.route<{ Params: { site: string }; Querystring: { limit?: string } }>({
      method: route.method,
      url: `/api/v1/sites/:site/${route.path}`,
      preHandler,
      handler: (request, reply) => {
        const site = siteOf(request.params.site);
        if (site === null) return reply.code(404).send({ error: 'no such site', site: request.params.site });
        return route.handle(site, request, reply);
      },
    });
  }
}

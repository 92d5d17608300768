import type { FastifyInstance, FastifyReply } from 'fastify';
import type { DesiredState } from '../../core/desired/desired-state.js';
import type { ReconcilePlan } from '../../core/plan/reconcile-plan.js';
import { isPhoenixError } from '../../core/errors/phoenix-error.js';
import type { Ledger, RunStartedRecord } from '../../ports/ledger.js';
import type { RevisionSource } from '../../ports/revision-source.js';
import { accessGuard } from '../server/api/api-auth.js';
import { isInMaintenanceWindow } from '../loop/maintenance-window.js';
import type { SiteStatus } from '../status/status-view.js';
import { compareRevisions } from './compare-revisions.js';
import type { DashboardState } from './dashboard-state.js';
import type { SiteView, TimelineResponse } from './dashboard-types.js';
import { fleetView } from './fleet-view.js';
import { nodeTimeline } from './node-timeline.js';

/** What the dashboard's API reads; the daemon provides it. */
export interface DashboardDeps {
  readonly token: string | null;
  readonly state: DashboardState;
  readonly status: () => SiteStatus;
  readonly desired: () => DesiredState | null;
  readonly pendingPlan: () => ReconcilePlan | null;
  readonly ledger: Ledger;
  readonly source: RevisionSource;
  /** Declarations root inside the repository. */
  readonly path: string;
  readonly now: () => number;
}

/** Revisions and refs a compare accepts: hex SHAs and Git ref names, nothing that looks like an option. */
const REVISION = /^(?!-)[A-Za-z0-9._/-]{1,200}$/;
const NODE_NAME = /^[a-z0-9@._-]{1,253}$/;

/**
 * The read side of the web UI, beside /api/v1/status, runs and plan: the fleet per node, the rollout in
 * progress and its live event stream, the site's conditions, a node's timeline, and two revisions compared.
 * Read rules are the API's (the token, or a loopback address).
 */
export function registerDashboardRoutes(app: FastifyInstance, deps: DashboardDeps): void {
  const guard = accessGuard(deps.token);
  const read = { preHandler: guard.read };

  app.get('/api/v1/fleet', read, (_request, reply) => {
    return reply.send(
      fleetView({
        plan: deps.state.plan,
        pendingPlan: deps.pendingPlan(),
        desired: deps.desired(),
        ledger: deps.ledger.status(),
        observedAt: deps.state.observedAt,
        activity: (node) => (deps.state.rollout.isActive ? deps.state.rollout.activity(node) : null),
      }),
    );
  });

  app.get('/api/v1/rollout', read, (_request, reply) => reply.send(deps.state.rolloutView()));

  app.get('/api/v1/events', read, (request, reply) => {
    deps.state.events.serve(request, reply, () => deps.state.hello());
  });

  app.get('/api/v1/site', read, (_request, reply) => reply.send(siteView(deps)));

  app.get<{ Params: { name: string } }>('/api/v1/nodes/:name/timeline', read, async (request, reply) => {
    const node = request.params.name;
    if (!NODE_NAME.test(node)) return badRequest(reply, 'The node name is not a valid node name.');
    const { ledger } = deps;
    if (ledger.records === undefined)
      return reply.send({ node, entries: [], available: false } satisfies TimelineResponse);
    const [own, runs] = await Promise.all([
      ledger.records({ node, limit: 1000 }),
      ledger.records({ types: ['run-started'], limit: 10_000 }),
    ]);
    const revisions = new Map((runs as readonly RunStartedRecord[]).map((r) => [r.runId, r.revision]));
    const entries = nodeTimeline(node, own, {
      revisionOf: (runId) => revisions.get(runId) ?? null,
      hardwareName: (uri) => deps.state.hardwareName(uri),
    });
    return reply.send({ node, entries, available: true } satisfies TimelineResponse);
  });

  app.get<{ Querystring: { base?: string; head?: string } }>(
    '/api/v1/compare',
    read,
    async (request, reply) => {
      const { base, head } = request.query;
      if (base === undefined || head === undefined || !REVISION.test(base) || !REVISION.test(head))
        return badRequest(reply, 'Give two revisions as ?base=<sha or ref>&head=<sha or ref>.');
      try {
        return reply.send(
          await compareRevisions(
            { base, head, path: deps.path },
            { source: deps.source, ledger: deps.ledger },
          ),
        );
      } catch (error) {
        if (!isPhoenixError(error)) throw error;
        const status = error.code.startsWith('GIT_REF') || error.code === 'GIT_NOT_A_COMMIT' ? 404 : 422;
        return reply.code(status).send({ error: error.message, code: error.code });
      }
    },
  );
}

function badRequest(reply: FastifyReply, message: string): FastifyReply {
  return reply.code(400).send({ error: message });
}

function siteView(deps: DashboardDeps): SiteView {
  const status = deps.status();
  const site = deps.desired()?.site ?? null;
  const windows = site?.maintenanceWindows ?? [];
  return {
    site: status.site,
    repository: status.repository,
    branch: status.branch,
    conditions: status.conditions,
    suspended: status.suspended,
    autoApply: status.autoApply,
    observedRevision: status.observedRevision,
    lastAppliedRevision: status.lastAppliedRevision,
    lastAppliedAt: status.lastAppliedAt,
    lastPass: status.lastPass,
    nextRetryAt: status.nextRetryAt,
    replica: status.replica ?? null,
    leader: status.leader ?? null,
    maintenanceWindows: windows,
    inMaintenanceWindow: isInMaintenanceWindow(windows, deps.now()),
    driftMode: site !== null && 'drift' in site ? String(site.drift) : null,
    diagnostics: status.diagnostics,
    actionsEnabled: deps.token !== null,
  };
}

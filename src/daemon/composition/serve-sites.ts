import type { Logger } from '../../ports/logger.js';
import type { Clock } from '../../ports/clock.js';
import type { SiteApiDeps } from '../server/api/api-routes.js';
import { startServer, type DaemonServer, type ListenAddress } from '../server/start-server.js';
import type { WebhookSecrets } from '../server/webhooks/webhook-routes.js';
import type { DaemonMetrics } from '../status/daemon-metrics.js';
import {
  localStatus,
  replicaPendingPlan,
  replicaStatus,
  type SiteStatus,
  type StatusContext,
} from '../status/status-view.js';
import type { SiteUnit } from './site-units.js';

/** What the daemon knows beside its sites: version and settings. */
export type DaemonContext = Omit<StatusContext, 'repository'>;

/** The status this process holds for a site, with who leads it on a replica. */
export function ownStatus(unit: SiteUnit, context: DaemonContext): SiteStatus {
  const own = localStatus(unit.loop, unit.ledger, { ...context, repository: unit.source.description });
  return unit.replica === null ? own : { ...own, ...unit.replica.status() };
}

/** What the API serves and drives for one site; a follower serves what the site's leader last showed. */
export function siteApi(unit: SiteUnit, context: DaemonContext, isStopping: () => boolean): SiteApiDeps {
  const statusContext = { ...context, repository: unit.source.description };
  return {
    status: () =>
      unit.replica === null
        ? ownStatus(unit, context)
        : replicaStatus(unit.loop, unit.replica, statusContext),
    runs: (limit) => unit.ledger.history(limit),
    pendingPlan: () =>
      unit.replica === null ? unit.loop.pendingPlan : replicaPendingPlan(unit.loop, unit.replica),
    reconcile: () => !isStopping() && unit.loop.trigger('manual'),
    suspend: () => unit.loop.suspend(),
    resume: () => unit.loop.resume(),
  };
}

export interface ServeSitesOptions {
  readonly listen: ListenAddress;
  readonly secrets: WebhookSecrets;
  readonly apiToken: string | null;
  readonly context: DaemonContext;
  /** Replicas: every site by name under /api/v1/sites/, `sites` in the status, write calls sent to leaders. */
  readonly replicated: boolean;
  readonly isReady: () => boolean;
  readonly isStopping: () => boolean;
  /** A verified push. */
  readonly onPush: () => boolean;
  readonly metrics: DaemonMetrics;
  readonly clock: Clock;
  readonly logger: Logger;
}

/**
 * The HTTP server of the daemon's sites: the unscoped API, the dashboard and the quarantine API serve the first
 * site; on a replica, every site is served by name and the status lists them all.
 */
export function serveSites(units: readonly SiteUnit[], o: ServeSitesOptions): Promise<DaemonServer> {
  const first = units[0]!;
  const firstApi = siteApi(first, o.context, o.isStopping);
  const byName = new Map(units.map((unit) => [unit.name, unit]));
  return startServer({
    listen: o.listen,
    secrets: o.secrets,
    branch: o.context.branch,
    api: {
      ...firstApi,
      ...(o.replicated
        ? {
            status: async () => ({
              ...(await firstApi.status()),
              sites: await Promise.all(
                units.map(async (unit) => siteApi(unit, o.context, o.isStopping).status()),
              ),
            }),
            site: (name: string) => {
              const unit = byName.get(name);
              return unit === undefined ? null : siteApi(unit, o.context, o.isStopping);
            },
          }
        : {}),
      token: o.apiToken,
      isReady: o.isReady,
      metrics: () => o.metrics.render(),
    },
    dashboard: {
      token: o.apiToken,
      state: first.loop.dashboard,
      status: () => ownStatus(first, o.context),
      desired: () => first.loop.reconciler.desired,
      pendingPlan: () => first.loop.pendingPlan,
      ledger: first.ledger,
      source: first.source,
      path: first.path,
      now: () => o.clock.now(),
    },
    quarantineLedger: first.ledger,
    ...(o.replicated
      ? { leadershipOf: (name: string | null) => (name === null ? first : byName.get(name))?.replica ?? null }
      : {}),
    onPush: o.onPush,
    metrics: o.metrics,
    clock: o.clock,
    logger: o.logger,
  });
}

import Fastify, { type FastifyInstance } from 'fastify';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { Logger } from '../../ports/logger.js';
import type { Clock } from '../../ports/clock.js';
import type { Ledger } from '../../ports/ledger.js';
import { registerDashboardRoutes, type DashboardDeps } from '../dashboard/dashboard-routes.js';
import { registerUi } from '../dashboard/serve-ui.js';
import { registerFollowerGuard, type SiteLeadership } from '../leadership/follower-guard.js';
import type { DaemonMetrics } from '../status/daemon-metrics.js';
import { registerApiRoutes, type ApiDeps } from './api/api-routes.js';
import { registerQuarantineRoutes } from './api/quarantine-routes.js';
import { registerWebhookRoutes, type WebhookSecrets } from './webhooks/webhook-routes.js';

export interface ListenAddress {
  readonly host: string;
  readonly port: number;
}

export interface ServerOptions {
  readonly listen: ListenAddress;
  readonly secrets: WebhookSecrets;
  /** The tracked branch: webhooks for other refs are ignored. */
  readonly branch: string;
  readonly api: ApiDeps;
  readonly dashboard: DashboardDeps;
  /** The ledger whose quarantine the API shows and releases (the first site's). */
  readonly quarantineLedger: Ledger;
  /** Replicas only: a site's leadership by name (null: the first site); write calls follow its leader. */
  readonly leadershipOf?: (site: string | null) => SiteLeadership | null;
  /** Enqueues a pass for a verified push; false once stopping. */
  readonly onPush: () => boolean;
  readonly metrics: DaemonMetrics;
  readonly clock: Clock;
  readonly logger: Logger;
}

export interface DaemonServer {
  readonly app: FastifyInstance;
  /** `http://host:port` where the server listens. */
  readonly url: string;
}

/** The daemon's HTTP server: the API, the dashboard and its UI, quarantine and webhooks, listening. */
export async function startServer(options: ServerOptions): Promise<DaemonServer> {
  const { logger } = options;
  const app = Fastify({ logger: false, bodyLimit: 1024 * 1024 });
  try {
    if (options.leadershipOf !== undefined) registerFollowerGuard(app, options.leadershipOf);
    registerApiRoutes(app, options.api);
    registerDashboardRoutes(app, options.dashboard);
    const uiBuilt = await registerUi(app);
    if (!uiBuilt) logger.warn('web UI not built: /ui/ answers 503 until `npm run build` builds it');
    registerQuarantineRoutes(app, {
      token: options.api.token,
      ledger: options.quarantineLedger,
      clock: options.clock,
      logger,
    });
    await registerWebhookRoutes(app, {
      secrets: options.secrets,
      branch: options.branch,
      trigger: () => options.onPush(),
      onDelivery: (receiver, result) => options.metrics.webhook(receiver, result),
      logger,
    });
    const { host, port } = options.listen;
    try {
      await app.listen({ host, port });
    } catch (error) {
      throw new PhoenixError(
        'DAEMON_LISTEN_FAILED',
        { host, port, reason: (error as NodeJS.ErrnoException).code ?? null },
        { cause: error },
      );
    }
    const address = app.server.address();
    let url = `http://${host}:${port}`;
    if (address !== null && typeof address === 'object') {
      const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      url = `http://${shown}:${address.port}`;
    }
    logger.info({ url, ui: `${url}/ui/`, webhooks: ['github', 'gitlab', 'generic'] }, 'sync api listening');
    return { app, url };
  } catch (error) {
    await app.close();
    throw error;
  }
}

import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { openRevisionSource } from '../adapters/git/index.js';
import { openFileLedger } from '../adapters/ledger-file/index.js';
import { PhoenixError } from '../core/errors/phoenix-error.js';
import type { CommitPolicy } from '../engine/commit-signatures/commit-policy.js';
import { childLogger, type Logger } from '../ports/logger.js';
import type { ApplyEventListener } from '../engine/apply/apply-events.js';
import type { Clock } from '../ports/clock.js';
import type { Ledger } from '../ports/ledger.js';
import { registerApiRoutes } from './api/api-routes.js';
import { registerQuarantineRoutes } from './api/quarantine-routes.js';
import { DEFAULT_PASS_BACKOFF, type BackoffPolicy } from './backoff.js';
import { DaemonMetrics } from './daemon-metrics.js';
import { registerDashboardRoutes } from './dashboard/dashboard-routes.js';
import { DashboardState } from './dashboard/dashboard-state.js';
import { registerUi } from './dashboard/serve-ui.js';
import { KeyedQueue } from './keyed-queue.js';
import { registerFollowerGuard } from './leadership/follower-guard.js';
import { Replica, type ReplicaStatus, type ReplicationOptions } from './leadership/replica.js';
import { fileSuspensions } from './leadership/file-suspensions.js';
import { Notifier } from './notifier.js';
import { driftedOf, driftNotification, passNotification } from './pass-notification.js';
import type { PassOutcome } from './pass-outcome.js';
import { SiteReconciler, type TriggerKind } from './reconcile-pass.js';
import type { Schedule } from './schedule.js';
import { SiteConnection, type DaemonEnv } from './site-connection.js';
import { SiteStatusStore, type DaemonStatus } from './site-status.js';
import { registerWebhookRoutes, type WebhookSecrets } from './webhooks/webhook-routes.js';

export interface ListenAddress {
  readonly host: string;
  readonly port: number;
}

export interface SyncDaemonOptions {
  /** URL or local repository directory. */
  readonly repo: string;
  readonly branch: string;
  /** Declarations root inside the repository; '' for the root. */
  readonly path: string;
  readonly autoApply: boolean;
  /** Null: no HTTP listener (webhooks and API off). */
  readonly listen: ListenAddress | null;
  readonly stateDir: string;
  /** OV_*, CONSUL_HTTP_ADDR, PHOENIX_GIT_TOKEN...; secrets are read from here, never logged. */
  readonly env: DaemonEnv;
  readonly secrets: WebhookSecrets;
  readonly apiToken: string | null;
  readonly notifyUrls: readonly URL[];
  /** Which commits must be signed by the allow-list before anything is planned; none when absent. */
  readonly commitPolicy?: CommitPolicy;
  readonly backoff?: BackoffPolicy;
  /**
   * Longest settle time before a pass starts, on the daemon's clock: triggers of one burst join it. Default 1 s.
   * The pass starts earlier once no trigger arrived for `coalesceQuietMs`.
   */
  readonly coalesceMs?: number;
  /** Quiet time that ends the settle time early: an isolated trigger waits only this long. Default 50 ms. */
  readonly coalesceQuietMs?: number;
  /** Process metrics (CPU, memory, event loop) beside Phoenix's own. */
  readonly processMetrics?: boolean;
  /** One of several replicas sharing the site through PostgreSQL; absent: the one process with its state directory. */
  readonly replication?: ReplicationOptions;
  /** The version of Phoenix, for the status, the metrics and the first log line. */
  readonly version?: string;
}

export interface SyncDaemonDeps {
  readonly clock: Clock;
  readonly logger: Logger;
  readonly schedule: Schedule;
  /** Also told of every apply event (the demo prints progress from them). */
  readonly onApplyEvent?: ApplyEventListener;
}

export interface SyncDaemon {
  /** `http://host:port` of the API, or null without a listener. */
  readonly url: string | null;
  readonly metrics: DaemonMetrics;
  /** Passes run so far (suspended and skipped ones included). */
  readonly passCount: number;
  status(): DaemonStatus & Partial<ReplicaStatus>;
  /** Enqueues a pass; false once stopping. */
  trigger(kind: TriggerKind): boolean;
  /** Resolves when no pass runs and none is pending. */
  idle(): Promise<void>;
  /**
   * Graceful stop: no new trigger is taken, the running apply starts no new step and lets its OneView tasks
   * finish, then the ledger is closed and the session logged out. DAEMON_SHUTDOWN_TIMEOUT after `timeoutMs`.
   */
  stop(timeoutMs: number): Promise<void>;
}

const SITE_KEY = 'site';

/** Starts `phoenix sync`: the ledger (one writer per state directory), the API, the schedule and a first pass. */
export async function startSyncDaemon(options: SyncDaemonOptions, deps: SyncDaemonDeps): Promise<SyncDaemon> {
  const { clock, logger } = deps;
  const iso = (): string => new Date(clock.now()).toISOString();
  const version = options.version ?? 'unknown';
  const metrics = new DaemonMetrics({ processMetrics: options.processMetrics ?? false, version });
  const replica =
    options.replication === undefined
      ? null
      : await Replica.open(options.replication, { env: options.env, logger, clock, metrics });
  const ledger: Ledger = replica?.ledger ?? (await openFileLedger(options.stateDir, { logger, clock }));
  const suspensions = replica?.suspensions ?? fileSuspensions(options.stateDir, logger);
  const connection = new SiteConnection({
    env: options.env,
    clock,
    logger,
    onRequest: (request) => metrics.onRequest(request),
    ...(replica === null ? {} : { beforeMutation: replica.guardMutation }),
  });
  let app: FastifyInstance | null = null;
  try {
    const source = await openRevisionSource(options.repo, {
      stateDir: options.stateDir,
      logger,
      env: options.env,
    });
    const reconciler = new SiteReconciler(
      {
        branch: options.branch,
        path: options.path,
        autoApply: options.autoApply,
        backoff: options.backoff ?? DEFAULT_PASS_BACKOFF,
        ...(replica === null ? {} : { site: replica.site }),
      },
      {
        source,
        connection,
        ledger,
        clock,
        ...(options.commitPolicy === undefined ? {} : { commitPolicy: options.commitPolicy }),
      },
    );
    const status = new SiteStatusStore(iso());
    const dashboard = new DashboardState((at) => new Date(at ?? clock.now()).toISOString());
    const notifier = new Notifier(options.notifyUrls, logger);
    const shutdown = new AbortController();
    let retryTimer: AbortController | null = null;
    // A suspension asked for through the API is kept in the state directory, so a restart does not resume.
    const recordedSuspension = await suspensions.read();
    let apiSuspended = recordedSuspension !== null;
    if (recordedSuspension !== null)
      logger.warn(
        { since: recordedSuspension.since },
        'reconciliation stays suspended through the API until POST /api/v1/resume',
      );
    let stopping = false;
    let started = false;
    let passCount = 0;
    let notifiedStall: string | null = null;
    let notifiedDrift = '|';
    let lastTriggerAt = clock.now();

    const refreshLedgerMetrics = (): void => {
      const summary = ledger.status();
      metrics.setLastApplied(summary.lastAppliedRevision, summary.lastAppliedAt);
    };
    refreshLedgerMetrics();
    metrics.setSuspended(apiSuspended);
    if (apiSuspended) status.markSuspended(true, iso());

    const scheduleRetry = (at: number): void => {
      retryTimer?.abort();
      const timer = new AbortController();
      retryTimer = timer;
      clock.sleep(Math.max(0, at - clock.now()), timer.signal).then(
        () => {
          if (retryTimer === timer) retryTimer = null;
          trigger('retry');
        },
        () => undefined,
      );
    };

    const finishPass = (passId: string, kind: TriggerKind, startedAt: number, outcome: PassOutcome): void => {
      const finishedAt = clock.now();
      status.passFinished(
        {
          passId,
          trigger: kind,
          result: outcome.result,
          revision: outcome.revision,
          message: outcome.message,
          errorCode: outcome.errorCode,
          startedAt: new Date(startedAt).toISOString(),
          finishedAt: new Date(finishedAt).toISOString(),
        },
        outcome,
        iso(),
      );
      dashboard.passFinished(outcome);
      metrics.passFinished(outcome.result, (finishedAt - startedAt) / 1000);
      const counts: Record<string, number> = {};
      for (const node of status.nodes) counts[node.state] = (counts[node.state] ?? 0) + 1;
      metrics.setNodes(counts);
      metrics.setSuspended(apiSuspended || status.siteSuspended);
      refreshLedgerMetrics();
      // A stalled revision has no readable Site; the notification names the one the site last had.
      const notify = (): void =>
        notifier.notify(passNotification({ ...outcome, site: outcome.site ?? status.site }, iso()));
      if (outcome.result === 'stalled' && notifiedStall !== outcome.revision) {
        notifiedStall = outcome.revision;
        notify();
      }
      if (outcome.result !== 'stalled') notifiedStall = null;
      if (outcome.report !== null && outcome.report.changes.some((c) => c.action !== 'noop')) notify();
      // Drift is said once per set of drifted nodes and templates, not on every pass that sees it again.
      const drifted = driftedOf(outcome);
      const driftKey = [...drifted.nodes, '|', ...drifted.templates].join(',');
      if (driftKey !== notifiedDrift) {
        notifiedDrift = driftKey;
        const event = driftNotification(
          { ...outcome, site: outcome.site ?? status.site },
          reconciler.desired?.site.drift ?? 'correct',
          iso(),
        );
        if (event !== null) notifier.notify(event);
      }
      const retryAt = reconciler.retryAt;
      if (outcome.result === 'failed' && retryAt !== null && !stopping) scheduleRetry(retryAt);
    };

    // A pass starts once triggers have been quiet for coalesceQuietMs, and at the latest coalesceMs after the
    // first: an isolated webhook does not wait the whole window, a burst still joins one pass.
    const coalesceMs = options.coalesceMs ?? 1_000;
    const quietMs = Math.min(options.coalesceQuietMs ?? 50, coalesceMs);
    const settle = async (): Promise<void> => {
      const deadline = clock.now() + coalesceMs;
      for (;;) {
        const wait = Math.min(lastTriggerAt + quietMs, deadline) - clock.now();
        if (wait <= 0 || shutdown.signal.aborted) return;
        await clock.sleep(wait, shutdown.signal).catch(() => undefined);
      }
    };
    const queue = new KeyedQueue<TriggerKind>(async (_key, triggers) => {
      // Replicas share the suspension; a follower applies nothing, the replica that leads the site does.
      if (replica !== null) apiSuspended = (await suspensions.read().catch(() => null)) !== null;
      if (replica !== null && !replica.isLeader) return;
      const kind: TriggerKind = triggers.includes('manual')
        ? 'manual'
        : triggers.includes('leadership')
          ? 'leadership'
          : (triggers[0] ?? 'schedule');
      const passId = randomUUID();
      const passLogger = logger.child({ passId, ...(status.site === null ? {} : { site: status.site }) });
      const startedAt = clock.now();
      passCount += 1;
      if (apiSuspended) {
        passLogger.debug({ trigger: kind }, 'pass skipped: suspended');
        finishPass(passId, kind, startedAt, {
          result: 'suspended',
          revision: null,
          site: null,
          message: 'Reconciliation is suspended through the API.',
          plan: null,
          pendingPlan: status.pendingPlan,
          report: null,
          diagnostics: [],
          errorCode: null,
        });
        return;
      }
      status.passStarted(iso());
      dashboard.passStarted();
      passLogger.info({ trigger: kind }, 'pass started');
      const outcome = await reconciler.pass({
        trigger: kind,
        logger: passLogger,
        signal: replica?.passSignal(shutdown.signal) ?? shutdown.signal,
        onEvent: (event) => {
          metrics.onApplyEvent(event);
          dashboard.applyEvent(event);
          deps.onApplyEvent?.(event);
        },
        onApplying: (plan) => dashboard.planned(plan),
      });
      finishPass(passId, kind, startedAt, outcome);
      // The first pass learns the site's name from the revision it reads.
      const finishLogger =
        outcome.site === null ? passLogger : childLogger(passLogger, { site: outcome.site });
      finishLogger.info(
        {
          trigger: kind,
          coalesced: triggers.length,
          result: outcome.result,
          revision: outcome.revision,
          errorCode: outcome.errorCode,
          durationMs: clock.now() - startedAt,
        },
        'pass finished',
      );
    }, settle);

    const trigger = (kind: TriggerKind): boolean => {
      if (stopping) return false;
      lastTriggerAt = clock.now();
      return queue.enqueue(SITE_KEY, kind) !== 'closed';
    };

    const runs = (limit: number): ReturnType<Ledger['history']> => ledger.history(limit);
    const snapshot = (): DaemonStatus & Partial<ReplicaStatus> => {
      const summary = ledger.status();
      const retryAt = reconciler.retryAt;
      const site = status.snapshot({
        version,
        repository: source.description,
        branch: options.branch,
        suspended: apiSuspended,
        autoApply: options.autoApply,
        lastAppliedRevision: summary.lastAppliedRevision,
        lastAppliedAt: summary.lastAppliedAt,
        nextRetryAt: retryAt === null ? null : new Date(retryAt).toISOString(),
      });
      return replica === null ? site : { ...site, site: site.site ?? replica.site, ...replica.status() };
    };

    let url: string | null = null;
    if (options.listen !== null) {
      const server = Fastify({ logger: false, bodyLimit: 1024 * 1024 });
      app = server;
      if (replica !== null) registerFollowerGuard(server, replica);
      registerApiRoutes(server, {
        token: options.apiToken,
        isReady: () => started && !stopping,
        status: snapshot,
        runs,
        pendingPlan: () => status.pendingPlan,
        reconcile: () => trigger('manual'),
        suspend: async () => {
          await suspensions.write(iso());
          apiSuspended = true;
          metrics.setSuspended(true);
          status.markSuspended(true, iso());
          dashboard.suspended(true);
          logger.info('reconciliation suspended through the API');
        },
        resume: async () => {
          await suspensions.clear();
          const was = apiSuspended;
          apiSuspended = false;
          metrics.setSuspended(status.siteSuspended);
          dashboard.suspended(status.siteSuspended);
          logger.info('reconciliation resumed through the API');
          if (was) trigger('resume');
        },
        metrics: () => metrics.render(),
      });
      registerDashboardRoutes(server, {
        token: options.apiToken,
        state: dashboard,
        status: snapshot,
        desired: () => reconciler.desired,
        pendingPlan: () => status.pendingPlan,
        ledger,
        source,
        path: options.path,
        now: () => clock.now(),
      });
      const uiBuilt = await registerUi(server);
      if (!uiBuilt) logger.warn('web UI not built: /ui/ answers 503 until `npm run build` builds it');
      registerQuarantineRoutes(server, { token: options.apiToken, ledger, clock, logger });
      await registerWebhookRoutes(server, {
        secrets: options.secrets,
        branch: options.branch,
        trigger: () => trigger('webhook'),
        onDelivery: (receiver, result) => metrics.webhook(receiver, result),
        logger,
      });
      try {
        await server.listen({ host: options.listen.host, port: options.listen.port });
      } catch (error) {
        throw new PhoenixError(
          'DAEMON_LISTEN_FAILED',
          {
            host: options.listen.host,
            port: options.listen.port,
            reason: (error as NodeJS.ErrnoException).code ?? null,
          },
          { cause: error },
        );
      }
      const address = server.server.address();
      if (address !== null && typeof address === 'object') {
        const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
        url = `http://${host}:${address.port}`;
      }
      logger.info(
        { url, ui: url === null ? null : `${url}/ui/`, webhooks: ['github', 'gitlab', 'generic'] },
        'sync api listening',
      );
    }

    replica?.begin(url, { onLeading: () => trigger('leadership'), onFollowing: () => undefined });
    deps.schedule.start(() => trigger('schedule'));
    started = true;
    logger.info(
      {
        version,
        repository: source.description,
        branch: options.branch,
        path: options.path,
        autoApply: options.autoApply,
      },
      'sync daemon started',
    );
    trigger('start');

    const stop = async (timeoutMs: number): Promise<void> => {
      if (stopping) return;
      stopping = true;
      logger.info({ timeoutMs }, 'sync daemon stopping: no new pass; running OneView tasks are let finish');
      await deps.schedule.stop();
      retryTimer?.abort();
      shutdown.abort();
      let timer: NodeJS.Timeout | undefined;
      const drained = await Promise.race([
        queue.close().then(() => true),
        new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(false), timeoutMs);
        }),
      ]);
      clearTimeout(timer);
      dashboard.close();
      await app?.close();
      await notifier.flush();
      if (!drained) {
        logger.error(
          { timeoutMs },
          'shutdown timeout: exiting with work in flight; the next start resumes it',
        );
        throw new PhoenixError('DAEMON_SHUTDOWN_TIMEOUT', { timeoutMs });
      }
      await ledger.close();
      await replica?.close();
      await connection.close();
      logger.info('sync daemon stopped');
    };

    return {
      url,
      metrics,
      get passCount() {
        return passCount;
      },
      status: snapshot,
      trigger,
      idle: () => queue.idle(),
      stop,
    };
  } catch (error) {
    await app?.close();
    await connection.close();
    await ledger.close();
    await replica?.close();
    throw error;
  }
}

import type { Logger } from '../../ports/logger.js';
import type { Clock } from '../../ports/clock.js';
import {
  ONEVIEW_CLIENT_VERSIONS,
  STREAMER_CLIENT_VERSIONS,
  negotiateApiVersion,
  parseVersionRange,
} from './api-version.js';
import type { BackoffPolicy } from './backoff.js';
import type { ConnectionConfig } from './connection-config.js';
import { chooseImageStreamer } from './image-streamer-discovery.js';
import { OneViewAppliance } from './oneview-appliance.js';
import { OneViewSession } from './oneview-session.js';
import { OutageTracker } from './outage-tracker.js';
import { RequestStats } from './request-stats.js';
import { RestClient, type MutationGuard, type RequestObserver, type RetryOptions } from './rest-client.js';
import { systemClock } from '../clock/system-clock.js';
import { DEFAULT_TASK_POLICY, type TaskKind, type TaskPolicy } from './task-waiter.js';

export interface ConnectOptions {
  readonly logger: Logger;
  readonly clock?: Clock;
  /** [0, 1) source for back-off jitter. */
  readonly random?: () => number;
  /** Members per collection page (default 500): a snapshot costs ceil(total / pageSize) GETs per collection. */
  readonly pageSize?: number;
  /** Per-request timeout (default 60 s). */
  readonly requestTimeoutMs?: number;
  /** Connections per origin (default 8). */
  readonly connections?: number;
  readonly retry?: Partial<RetryOptions>;
  readonly taskPoll?: Partial<BackoffPolicy>;
  readonly taskTimeoutsMs?: Partial<Record<TaskKind, number>>;
  /** Told of every request sent to OneView or the Image Streamer, for metrics. */
  readonly onRequest?: RequestObserver;
  /** Checked before every request that is not a GET (login and logout included); throwing keeps it unsent. */
  readonly beforeMutation?: MutationGuard;
}

export const DEFAULT_RETRY: RetryOptions = {
  maxAttempts: 5,
  backoff: { initialMs: 500, maxMs: 30_000, factor: 2 },
  unavailableTimeoutMs: 15 * 60_000,
};

/**
 * Connects to an appliance: reads its API versions, picks one, logs in. The Image Streamer (configured or
 * discovered through /rest/deployment-servers) is reached lazily with the same session. Close the result to
 * log out.
 */
export async function connectAppliance(
  config: ConnectionConfig,
  options: ConnectOptions,
): Promise<OneViewAppliance> {
  const logger = options.logger.child({ component: 'oneview' });
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const pageSize = options.pageSize ?? 500;
  const retry: RetryOptions = { ...DEFAULT_RETRY, ...options.retry };
  const taskPolicy: TaskPolicy = {
    poll: { ...DEFAULT_TASK_POLICY.poll, ...options.taskPoll },
    timeoutsMs: { ...DEFAULT_TASK_POLICY.timeoutsMs, ...options.taskTimeoutsMs },
  };
  if (config.tls.insecureSkipVerify) {
    logger.warn({ origin: config.url }, 'TLS certificate verification of the appliance is turned off');
  }
  for (const setting of config.ignoredSiteSettings) {
    logger.warn(
      { setting, origin: config.url },
      'a Site setting that only the environment may give was ignored',
    );
  }
  // undici is loaded with the first connection, so commands that never reach an appliance do not pay for it.
  const { createHttpTransport } = await import('./http-transport.js');
  const transport = createHttpTransport({
    ca: config.tls.ca,
    insecureSkipVerify: config.tls.insecureSkipVerify,
    connections: options.connections ?? 8,
    keepAliveTimeoutMs: 30_000,
  });
  const stats = new RequestStats();
  const outages = new OutageTracker();
  const session = new OneViewSession(config, logger);
  const clientFor = (origin: string, apiVersion: () => number | null, withSession: boolean): RestClient =>
    new RestClient({
      transport,
      origin,
      apiVersion,
      session: withSession ? session : null,
      logger,
      clock,
      random,
      requestTimeoutMs: options.requestTimeoutMs ?? 60_000,
      retry,
      stats,
      outages,
      onRequest: options.onRequest,
      beforeMutation: options.beforeMutation,
    });

  try {
    const range = parseVersionRange(await clientFor(config.url, () => null, false).get('/rest/version'));
    const apiVersion = negotiateApiVersion(range, ONEVIEW_CLIENT_VERSIONS, config.apiVersion, 'oneview');
    logger.info(
      { origin: config.url, apiVersion, currentVersion: range.max, minimumVersion: range.min },
      'oneview api version chosen',
    );
    const oneview = clientFor(config.url, () => apiVersion, true);
    session.bind(oneview);
    await session.token();

    let streamer: Promise<RestClient | null> | null = null;
    const imageStreamer = (signal?: AbortSignal): Promise<RestClient | null> => {
      streamer ??= (async () => {
        const origin = await chooseImageStreamer(config, oneview, pageSize, signal);
        if (origin === null) {
          logger.info({ origin: config.url }, 'no image streamer on this appliance');
          return null;
        }
        const i3sRange = parseVersionRange(
          await clientFor(origin, () => null, false).get('/rest/version', signal),
        );
        const i3sVersion = negotiateApiVersion(i3sRange, STREAMER_CLIENT_VERSIONS, null, 'image-streamer');
        logger.info({ origin, apiVersion: i3sVersion }, 'image streamer api version chosen');
        return clientFor(origin, () => i3sVersion, true);
      })().catch((error: unknown) => {
        streamer = null;
        throw error;
      });
      return streamer;
    };

    return new OneViewAppliance({
      oneview,
      imageStreamer,
      session,
      transport,
      apiVersion,
      logger,
      clock,
      pageSize,
      taskPolicy,
      stats,
    });
  } catch (error) {
    await session.close();
    await transport.close();
    throw error;
  }
}

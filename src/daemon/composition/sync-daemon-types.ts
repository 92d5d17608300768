import type { CommitPolicy } from '../../engine/commit-signatures/commit-policy.js';
import type { ApplyEventListener } from '../../engine/apply/apply-events.js';
import type { Logger } from '../../ports/logger.js';
import type { Clock } from '../../ports/clock.js';
import type { ReplicationOptions } from '../leadership/replica.js';
import type { BackoffPolicy } from '../loop/backoff.js';
import type { Schedule } from '../loop/schedule.js';
import type { TriggerKind } from '../reconcile-pass.js';
import type { ListenAddress } from '../server/start-server.js';
import type { WebhookSecrets } from '../server/webhooks/webhook-routes.js';
import type { DaemonMetrics } from '../status/daemon-metrics.js';
import type { SiteStatus } from '../status/status-view.js';
import type { DaemonEnv } from './site-connection.js';

/** One site the daemon serves: the name of its Site and its declarations root in the repository. */
export interface SiteSource {
  readonly name: string;
  /** Declarations root inside the repository; '' for the root. */
  readonly path: string;
}

export interface SyncDaemonOptions {
  /** URL or local repository directory. */
  readonly repo: string;
  readonly branch: string;
  /** Declarations root inside the repository; '' for the root. The root of the one site when `sites` is absent. */
  readonly path: string;
  /**
   * The sites served, each led by one replica at a time; absent: one site at `path`, named by its declarations.
   * Replicas name their sites; several sites need replication (each has its own lease, ledger and loop).
   */
  readonly sites?: readonly SiteSource[];
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
  /** One of several replicas sharing its sites through PostgreSQL; absent: the one process with its state directory. */
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
  /** Passes run so far on every site (suspended and skipped ones included). */
  readonly passCount: number;
  /** The first site's status as this process holds it. */
  status(): SiteStatus;
  /** Enqueues a pass on every site; false once stopping. */
  trigger(kind: TriggerKind): boolean;
  /** Resolves when no pass runs and none is pending. */
  idle(): Promise<void>;
  /**
   * Graceful stop: no new trigger is taken, the running apply starts no new step and lets its OneView tasks
   * finish, then the ledger is closed and the session logged out. DAEMON_SHUTDOWN_TIMEOUT after `timeoutMs`.
   */
  stop(timeoutMs: number): Promise<void>;
}

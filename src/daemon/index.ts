export { startSyncDaemon } from './composition/start-sync-daemon.js';
export type {
  SiteSource,
  SyncDaemon,
  SyncDaemonDeps,
  SyncDaemonOptions,
} from './composition/sync-daemon-types.js';
export type { ListenAddress } from './server/start-server.js';
export {
  cronSchedule,
  manualSchedule,
  assertValidSchedule,
  DEFAULT_SCHEDULE,
  type Schedule,
} from './loop/schedule.js';
export { DEFAULT_PASS_BACKOFF, type BackoffPolicy } from './loop/backoff.js';
export type { DaemonStatus, Condition, NodeState } from './status/site-status.js';
export type { SiteStatus } from './status/status-view.js';
export type { PassResult } from './loop/pass-outcome.js';
export type { WebhookSecrets } from './server/webhooks/webhook-routes.js';
export type { ReplicaStatus, ReplicationOptions } from './leadership/replica.js';
export { DEFAULT_LEASE_TIMING, type LeaseTiming } from './leadership/lease-timing.js';

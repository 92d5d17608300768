export {
  startSyncDaemon,
  type ListenAddress,
  type SyncDaemon,
  type SyncDaemonDeps,
  type SyncDaemonOptions,
} from './sync-daemon.js';
export {
  cronSchedule,
  manualSchedule,
  assertValidSchedule,
  DEFAULT_SCHEDULE,
  type Schedule,
} from './schedule.js';
export { DEFAULT_PASS_BACKOFF, type BackoffPolicy } from './backoff.js';
export type { DaemonStatus, Condition, NodeState } from './site-status.js';
export type { PassResult } from './pass-outcome.js';
export type { WebhookSecrets } from './webhooks/webhook-routes.js';
export type { ReplicaStatus, ReplicationOptions } from './leadership/replica.js';
export { DEFAULT_LEASE_TIMING, type LeaseTiming } from './leadership/lease-timing.js';

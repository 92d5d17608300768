import type { ReconcilePlan } from '../../core/plan/reconcile-plan.js';
import type { Ledger } from '../../ports/ledger.js';
import type { ReplicaStatus, SiteReplica } from '../leadership/replica.js';
import type { SiteLoop } from '../loop/site-loop.js';
import type { DaemonStatus } from './site-status.js';

/** A site's status as the API serves it: the loop's view and, on a replica, who leads the site. */
export type SiteStatus = DaemonStatus & Partial<ReplicaStatus>;

/** What the daemon knows beside the loop: its version, repository and settings. */
export interface StatusContext {
  readonly version: string;
  readonly repository: string;
  readonly branch: string;
  readonly autoApply: boolean;
}

/** The status this process holds for a site (its own passes), with the ledger's last applied revision. */
export function localStatus(loop: SiteLoop, ledger: Ledger, context: StatusContext): DaemonStatus {
  const summary = ledger.status();
  const retryAt = loop.reconciler.retryAt;
  const status = loop.status.snapshot({
    ...context,
    suspended: loop.suspended,
    lastAppliedRevision: summary.lastAppliedRevision,
    lastAppliedAt: summary.lastAppliedAt,
    nextRetryAt: retryAt === null ? null : new Date(retryAt).toISOString(),
  });
  return status.site === null && loop.site !== null ? { ...status, site: loop.site } : status;
}

/**
 * The status a replica serves for a site: its own while it leads; while it follows, what the leader last showed
 * (from the shared database), with this replica's version, the last applied revision of the shared ledger, and
 * who leads now. Before any leader showed anything, its own (empty) view.
 */
export async function replicaStatus(
  loop: SiteLoop,
  replica: SiteReplica,
  context: StatusContext,
): Promise<SiteStatus> {
  const own = localStatus(loop, replica.ledger, context);
  if (replica.isLeader) return { ...own, ...replica.status() };
  const view = await replica.readView();
  if (view === null) return { ...own, ...replica.status() };
  const summary = replica.ledger.status();
  return {
    ...(view.status as DaemonStatus),
    version: context.version,
    lastAppliedRevision: summary.lastAppliedRevision,
    lastAppliedAt: summary.lastAppliedAt,
    ...replica.status(),
  };
}

/** The pending plan a replica serves: its own while it leads, else the one the leader last showed. */
export async function replicaPendingPlan(
  loop: SiteLoop,
  replica: SiteReplica,
): Promise<ReconcilePlan | null> {
  if (replica.isLeader) return loop.pendingPlan;
  const view = await replica.readView();
  return view === null ? loop.pendingPlan : (view.plan as ReconcilePlan | null);
}

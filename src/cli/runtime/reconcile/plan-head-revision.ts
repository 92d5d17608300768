import type { ReconcilePlan } from '../../../core/plan/reconcile-plan.js';
import { connectionChanges } from '../../../core/desired/connection-changes.js';
import type { LedgerView } from '../../../core/ledger/ledger-view.js';
import type { InventorySnapshot } from '../../../core/observed/inventory.js';
import type { PlanDiagnostic } from '../../../core/plan/plan-diagnostic.js';
import { planAgainstBase } from '../../../engine/reconcile/pull-request/plan-against-base.js';
import { PLAN_ONLY, type ReconcilePolicy } from '../../../engine/reconcile/reconcile-policy.js';
import { reconcileRevision } from '../../../engine/reconcile/reconcile-revision.js';
import { fixedBaseline, RevisionBaselines } from '../../../engine/reconcile/revision/revision-baselines.js';
import { narrowToTargets } from '../../../engine/reconcile/targets/plan-targets.js';
import type { Logger } from '../../../ports/logger.js';
import { runtimeClock } from '../clocks/runtime-clock.js';
import { readInventoryFile } from '../file-inputs/read-inventory-file.js';
import type { RevisionRead } from '../revisions/read-revision.js';
import { openSiteAppliance } from '../wiring/site-runtime.js';

/** What `phoenix plan` was asked for, as far as planning goes. */
export interface PlanRequest {
  readonly offline?: boolean | undefined;
  readonly inventory?: string | undefined;
  readonly path?: string | undefined;
}

/** The head revision, its base in pull-request mode, and the ledger's view (empty offline). */
export interface PlanRevisions {
  readonly head: RevisionRead;
  readonly base: RevisionRead | null;
  readonly ledgerView: LedgerView;
}

/**
 * The plan `phoenix plan` shows: offline, the plan between the base and the head commits without an
 * appliance; otherwise the reconcile use case, plan only, against the appliance or a snapshot, with a notice
 * when the head would reach the appliance otherwise than its base.
 */
export async function planHeadRevision(
  options: PlanRequest,
  revisions: PlanRevisions,
  policy: Pick<ReconcilePolicy, 'allowDeletions' | 'parallelism' | 'targets'>,
  logger: Logger,
): Promise<ReconcilePlan> {
  const { head, base, ledgerView } = revisions;
  if (options.offline === true && base !== null) {
    const offline = planAgainstBase({
      base: base.desired,
      baseRevision: base.revision,
      head: head.desired,
      revision: head.revision,
      options: { allowDeletions: policy.allowDeletions, parallelism: policy.parallelism },
    });
    return narrowToTargets(offline, policy.targets, head.desired);
  }
  const plan = await planHead(options, head, base, ledgerView, policy, logger);
  return base !== null && options.inventory === undefined
    ? withConnectionNotice(plan, base, head, logger)
    : plan;
}

/**
 * The inventory a plan compares with: a snapshot file, or the appliance (read only). With --base, the appliance
 * is reached with the base revision's Site: an unmerged revision never chooses where the credentials go.
 */
export async function readObservedInventory(
  options: Pick<PlanRequest, 'inventory'>,
  head: RevisionRead,
  base: RevisionRead | null,
  logger: Logger,
): Promise<InventorySnapshot> {
  if (options.inventory !== undefined) return readInventoryFile(options.inventory);
  const appliance = await openSiteAppliance(
    (base ?? head).desired.site,
    process.env,
    logger,
    runtimeClock(process.env),
  );
  try {
    return await appliance.readInventory();
  } finally {
    await appliance.close();
  }
}

/**
 * The plan of the head revision through the reconcile use case, plan only: against the appliance or a
 * snapshot, the ledger's view, and the baseline of --base (else of the last applied revision).
 */
async function planHead(
  options: PlanRequest,
  head: RevisionRead,
  base: RevisionRead | null,
  ledgerView: LedgerView,
  policy: Pick<ReconcilePolicy, 'allowDeletions' | 'parallelism' | 'targets'>,
  logger: Logger,
): Promise<ReconcilePlan> {
  const baseline =
    base === null
      ? new RevisionBaselines(head.source, options.path ?? '').forRevision(
          head.revision,
          head.desired,
          logger,
        )
      : fixedBaseline(base.revision, base.desired);
  const result = await reconcileRevision(
    {
      revision: { desired: head.desired, revision: head.revision, provenance: head.provenance, baseline },
      policy: { ...policy, approval: PLAN_ONLY, drift: 'refuse' },
      command: 'apply',
    },
    {
      inventory: { readInventory: () => readObservedInventory(options, head, base, logger) },
      ledger: { readView: () => ledgerView },
      clock: runtimeClock(process.env),
      logger,
    },
  );
  return result.plan;
}

/** The plan, with a warning when the head revision would reach the appliance otherwise than its base does. */
function withConnectionNotice(
  plan: ReconcilePlan,
  base: RevisionRead,
  head: RevisionRead,
  logger: Logger,
): ReconcilePlan {
  const changed = connectionChanges(base.desired.site, head.desired.site);
  if (changed.length === 0) return plan;
  logger.warn(
    { fields: changed, baseRevision: base.revision, revision: head.revision },
    'the revision changes the appliance connection; the plan used the settings of the base revision',
  );
  const notice: PlanDiagnostic = {
    severity: 'warning',
    code: 'PLAN_CONNECTION_FROM_BASE',
    message: `This revision changes ${changed.join(', ')} of the Site; the appliance was read with the settings of the base revision, which apply until the change is merged.`,
    subject: `site/${head.desired.site.name}`,
    nodes: [],
    source: head.desired.site.source,
  };
  return { ...plan, diagnostics: [...plan.diagnostics, notice] };
}

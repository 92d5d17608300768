import type { DesiredState } from '../../core/desired/desired-state.js';
import { hasErrorCode, PhoenixError } from '../../core/errors/phoenix-error.js';
import type { LedgerView } from '../../core/ledger/ledger-view.js';
import type { InventorySnapshot } from '../../core/observed/inventory.js';
import { buildPlan } from '../../core/plan/build-plan.js';
import { DEFAULT_PLAN_OPTIONS } from '../../core/plan/plan-options.js';
import type { ReconcilePlan } from '../../core/plan/reconcile-plan.js';
import { unresolvedReferences, type UnresolvedReference } from '../../core/plan/unresolved-references.js';
import type { Logger } from '../../ports/logger.js';
import type { AnswerMedia } from '../../ports/answer-media.js';
import type { Appliance } from '../../ports/appliance.js';
import type { Clock } from '../../ports/clock.js';
import type { Ledger, LedgerCommand, RecordProvenance, RunOutcome } from '../../ports/ledger.js';
import type { VerifyNode } from '../apply/apply-deps.js';
import type { ApplyEventListener } from '../apply/apply-events.js';
import type { ApplyReport } from '../apply/apply-report.js';
import type { ReconcilePolicy } from './reconcile-policy.js';
import type { Baseline } from './revision/revision-baselines.js';
import { formatTargets, narrowToTargets } from './targets/plan-targets.js';

/** The revision to reconcile: its desired state, where it came from, and what its guards compare with. */
export interface RevisionToReconcile {
  readonly desired: DesiredState;
  /** The commit SHA, or the content revision of a working tree. */
  readonly revision: string;
  /** Author, committer, subject (and signer) of the commit; null for a working tree. */
  readonly provenance: RecordProvenance | null;
  readonly baseline: Baseline;
}

export interface ReconcileRevisionInput {
  readonly revision: RevisionToReconcile;
  readonly policy: ReconcilePolicy;
  /** The command the ledger records the run under. */
  readonly command: LedgerCommand;
  /**
   * A plan made earlier (`phoenix plan --out`) to apply instead of planning now: refused when stale, whatever the
   * drift policy, because that plan is the one approved. Its targets are already applied.
   */
  readonly savedPlan?: { readonly plan: ReconcilePlan; readonly targets: readonly string[] };
}

/** One apply's listeners and resources, opened once a plan is approved and closed after its run. */
export interface ApplySession {
  /** Stops the run: no new step starts; running OneView tasks finish. */
  readonly signal?: AbortSignal;
  readonly onEvent?: ApplyEventListener;
  /** Serves the answer media of the plan's virtual-media installs. */
  readonly answerMedia?: AnswerMedia | null;
  close(): Promise<void>;
}

/** What applying needs besides planning; absent for a caller that only plans. */
export interface ApplyPorts {
  readonly appliance: Appliance;
  readonly ledger: Ledger;
  readonly verify: VerifyNode;
  /** Opens the session of one apply of `plan` (again for each new plan after a stale one). */
  readonly begin?: (plan: ReconcilePlan, desired: DesiredState) => Promise<ApplySession>;
}

export interface ReconcileRevisionDeps {
  /** The observed state: the appliance, or a snapshot of it. */
  readonly inventory: { readInventory(): Promise<InventorySnapshot> };
  readonly ledger: { readView(): LedgerView };
  readonly clock: Clock;
  readonly logger: Logger;
  readonly apply?: ApplyPorts;
  /** Told of the plan as soon as it is known, before anything is decided about it (views print it). */
  readonly onPlanned?: (plan: ReconcilePlan) => void;
}

/**
 * How a reconcile ended before any apply (`unresolved`, `blocked`, `in-sync`, `planned`, `held`), when the
 * inventory kept moving under the plan (`stale`), or how its run ended.
 */
export type ReconcileOutcome =
  'unresolved' | 'blocked' | 'in-sync' | 'planned' | 'held' | 'stale' | RunOutcome;

export interface ReconcileResult {
  readonly outcome: ReconcileOutcome;
  /** The plan read against the inventory (narrowed to the targets), before anything was held or applied. */
  readonly plan: ReconcilePlan;
  /** The plan the run applied (held changes blocked, planned again after a stale one); null without a run. */
  readonly applied: ReconcilePlan | null;
  /** Changes held back by the policy. */
  readonly held: readonly string[];
  /** References the appliance cannot resolve: nothing is applied while one remains. */
  readonly unresolved: readonly UnresolvedReference[];
  readonly report: ApplyReport | null;
  /** The targets of a targeted run, as recorded (`node/NAME`, `pool/NAME`); empty for the whole revision. */
  readonly targets: readonly string[];
}

const STALE_ATTEMPTS = 3;

/**
 * The use case everything else exists for: plan this revision against this site and, as the policy allows,
 * apply it. Reads the inventory and the ledger, plans (or takes the saved plan), narrows the plan to the
 * targets, and stops at the first of: a reference the appliance cannot resolve, nothing to do, every pending
 * change blocked, plan only, everything held. Otherwise it asks for approval, applies and records the run, and
 * plans again after a stale plan when the policy says so.
 */
export async function reconcileRevision(
  input: ReconcileRevisionInput,
  deps: ReconcileRevisionDeps,
): Promise<ReconcileResult> {
  const { policy } = input;
  const { desired, revision } = input.revision;
  const lastApplied = deps.ledger.readView().lastAppliedRevision;
  const targets = input.savedPlan?.targets ?? formatTargets(policy.targets);
  const planNow = async (): Promise<ReconcilePlan> =>
    narrowToTargets(await planRevision(input.revision, policy, deps), policy.targets, desired);
  const plan = input.savedPlan?.plan ?? (await planNow());
  deps.onPlanned?.(plan);
  const nodeSources = new Map(desired.nodes.map((n) => [n.name, n.source]));
  const unresolved = unresolvedReferences(plan, (node) => nodeSources.get(node) ?? null);
  const result = {
    plan,
    applied: null,
    held: [] as readonly string[],
    unresolved,
    report: null,
    targets,
  };
  if (unresolved.length > 0) return { ...result, outcome: 'unresolved' };
  if (!plan.summary.hasChanges) {
    if (plan.summary.blocked > 0) return { ...result, outcome: 'blocked' };
    // With nothing to change, an apply only records the revision as applied: not for a part of it.
    if (lastApplied === revision || policy.approval.mode === 'plan-only' || targets.length > 0)
      return { ...result, outcome: 'in-sync' };
  }
  if (policy.approval.mode === 'plan-only') return { ...result, outcome: 'planned' };
  const { plan: toApply, held } = policy.hold?.(plan) ?? { plan, held: [] };
  if (held.length > 0 && !toApply.summary.hasChanges) return { ...result, held, outcome: 'held' };
  if (policy.approval.mode === 'ask' && toApply.summary.hasChanges) await policy.approval.ask(toApply);
  const ports = deps.apply;
  if (ports === undefined)
    throw new PhoenixError('INTERNAL_UNEXPECTED', { reason: 'an approved plan without ports to apply it' });

  let current = toApply;
  const attempts = input.savedPlan === undefined && policy.drift === 'replan' ? STALE_ATTEMPTS : 1;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      const report = await applyOnce(current, input, targets, ports, deps);
      return { ...result, held, applied: current, report, outcome: report.outcome };
    } catch (error) {
      if (!hasErrorCode(error, 'PLAN_STALE') || attempts === 1) throw error;
      deps.logger.info({ attempt }, 'plan stale; planning again');
      const again = await planNow();
      current = policy.hold?.(again).plan ?? again;
    }
  }
  return { ...result, held, outcome: 'stale' };
}

/** The plan of the revision against the inventory and ledger as they are now: the pure planner. */
async function planRevision(
  revision: RevisionToReconcile,
  policy: ReconcilePolicy,
  deps: ReconcileRevisionDeps,
): Promise<ReconcilePlan> {
  const observed = await deps.inventory.readInventory();
  const view = deps.ledger.readView();
  return buildPlan(revision.desired, observed, view, {
    ...DEFAULT_PLAN_OPTIONS,
    revision: revision.revision,
    baseRevision: revision.baseline.baseRevision,
    allowDeletions: policy.allowDeletions,
    parallelism: policy.parallelism,
    baseline: await revision.baseline.read(view.lastAppliedRevision),
  });
}

async function applyOnce(
  plan: ReconcilePlan,
  input: ReconcileRevisionInput,
  targets: readonly string[],
  ports: ApplyPorts,
  deps: ReconcileRevisionDeps,
): Promise<ApplyReport> {
  const { desired, provenance } = input.revision;
  // The executor (and p-queue) is loaded only when a run applies: a plan never loads it.
  const { runApply } = await import('./recorded-run/run-apply.js');
  const session = (await ports.begin?.(plan, desired)) ?? null;
  try {
    return await runApply(
      {
        plan,
        desired,
        command: input.command,
        provenance,
        targets,
        ...(session?.signal === undefined ? {} : { options: { signal: session.signal } }),
      },
      {
        appliance: ports.appliance,
        ledger: ports.ledger,
        clock: deps.clock,
        logger: deps.logger,
        verify: ports.verify,
        ...(session?.onEvent === undefined ? {} : { onEvent: session.onEvent }),
        ...(session?.answerMedia == null ? {} : { answerMedia: session.answerMedia }),
      },
    );
  } finally {
    await session?.close();
  }
}

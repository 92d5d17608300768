import type { DesiredState } from '../core/desired/desired-state.js';
import type { Diagnostic } from '../core/diagnostics/diagnostic.js';
import { hasErrorCode, isPhoenixError, PhoenixError } from '../core/errors/phoenix-error.js';
import type { ReconcilePlan } from '../core/plan/reconcile-plan.js';
import type { ApplyEventListener } from '../engine/apply/apply-events.js';
import {
  AUTO_APPROVE,
  PLAN_ONLY,
  type Approval,
  type HeldPlan,
} from '../engine/reconcile/reconcile-policy.js';
import { reconcileRevision, type ReconcileResult } from '../engine/reconcile/reconcile-revision.js';
import { readCommitDesiredState } from '../engine/reconcile/revision/read-commit.js';
import { RevisionBaselines } from '../engine/reconcile/revision/revision-baselines.js';
import { childLogger, type Logger } from '../ports/logger.js';
import type { Appliance } from '../ports/appliance.js';
import type { Clock } from '../ports/clock.js';
import type { Ledger, RecordProvenance } from '../ports/ledger.js';
import type { RevisionSource } from '../ports/revision-source.js';
import type { CommitPolicy } from '../engine/commit-signatures/commit-policy.js';
import { withSignature } from '../engine/commit-signatures/signature-record.js';
import { backoffDelay, type BackoffPolicy } from './backoff.js';
import { holdDestructiveChanges } from './hold-destructive.js';
import { isInMaintenanceWindow } from './maintenance-window.js';
import type { PassOutcome, PassResult } from './pass-outcome.js';
import { RevisionGate, unverifiedOutcome } from './revision-gate.js';
import type { SiteConnection } from './site-connection.js';

/**
 * What started a pass. Manual passes (the API) and the first pass of a replica that starts leading do not wait out a
 * back-off (a pass cut short by the loss of the lease is not the revision's failure).
 */
export type TriggerKind = 'schedule' | 'webhook' | 'manual' | 'retry' | 'start' | 'resume' | 'leadership';

export interface ReconcilerOptions {
  readonly branch: string;
  /** Declarations root inside the repository ('' for the root). */
  readonly path: string;
  readonly autoApply: boolean;
  readonly backoff: BackoffPolicy;
  /** The Site this daemon serves (replicas share a site by name); a revision declaring another one fails. */
  readonly site?: string;
}

export interface ReconcilerDeps {
  readonly source: RevisionSource;
  /** Which commits must be signed by the allow-list; none when absent. */
  readonly commitPolicy?: CommitPolicy;
  readonly connection: SiteConnection;
  readonly ledger: Ledger;
  readonly clock: Clock;
}

export interface PassInput {
  readonly trigger: TriggerKind;
  readonly logger: Logger;
  /** Aborted on shutdown: no new step starts; running OneView tasks finish. */
  readonly signal: AbortSignal;
  readonly onEvent?: ApplyEventListener;
  /** Told of each plan just before it is applied (again, after a stale plan). */
  readonly onApplying?: (plan: ReconcilePlan) => void;
}

interface DesiredCache {
  readonly revision: string;
  readonly desired: DesiredState;
  readonly provenance: RecordProvenance;
}

/**
 * One site's reconcile loop state and its pass: ref check, fetch if needed, validate, plan against the live
 * inventory, then apply (auto-apply, guards and maintenance windows allowing) or hold the plan as pending.
 * Level-based: every pass reads the inventory again, so a fault is healed without a new commit.
 */
export class SiteReconciler {
  readonly #o: ReconcilerOptions;
  readonly #d: ReconcilerDeps;
  #knownRevision: string | null = null;
  #desired: DesiredCache | null = null;
  readonly #baselines: RevisionBaselines;
  #stalled: { readonly revision: string; readonly diagnostics: readonly Diagnostic[] } | null = null;
  #failures = 0;
  #failedRevision: string | null = null;
  #retryAt: number | null = null;
  readonly #gate: RevisionGate;

  constructor(options: ReconcilerOptions, deps: ReconcilerDeps) {
    this.#o = options;
    this.#d = deps;
    this.#gate = new RevisionGate(deps.commitPolicy, deps.source);
    this.#baselines = new RevisionBaselines(deps.source, options.path);
  }

  /** When the back-off of the last failure ends; null when the last pass did not fail. */
  get retryAt(): number | null {
    return this.#retryAt;
  }

  /** The desired state of the last revision read that validated; null before. */
  get desired(): DesiredState | null {
    return this.#desired?.desired ?? null;
  }

  get stalled(): { readonly revision: string; readonly diagnostics: readonly Diagnostic[] } | null {
    return this.#stalled;
  }

  async pass(input: PassInput): Promise<PassOutcome> {
    let revision: string | null = null;
    let site: string | null = null;
    let logger = input.logger;
    try {
      const ref = await this.#d.source.checkRef(this.#o.branch, this.#knownRevision);
      revision = ref.revision;
      logger = childLogger(logger, { revision });
      const isNew = revision !== this.#failedRevision;
      if (
        !isNew &&
        input.trigger !== 'manual' &&
        input.trigger !== 'leadership' &&
        this.#retryAt !== null &&
        this.#d.clock.now() < this.#retryAt
      )
        return outcome('skipped', revision, null, 'Backing off after a failed pass; no new revision.');
      if (this.#stalled?.revision === revision) {
        return {
          ...outcome('stalled', revision, null, 'The revision fails validation; waiting for a new commit.'),
          diagnostics: this.#stalled.diagnostics,
        };
      }
      if (ref.changed || this.#knownRevision === null) await this.#d.source.fetch();
      this.#knownRevision = revision;
      // Before the declarations are read: a refused commit's Site is never connected to.
      const lastApplied = this.#d.ledger.readView().lastAppliedRevision;
      const verification = await this.#gate.check(revision, lastApplied, logger);
      if (verification.failure !== null) return unverifiedOutcome(verification);
      const read = await this.#read(revision, logger);
      if ('diagnostics' in read) {
        this.#stalled = { revision, diagnostics: read.diagnostics };
        return {
          ...outcome('stalled', revision, null, 'The revision fails validation; nothing is applied from it.'),
          diagnostics: read.diagnostics,
        };
      }
      this.#stalled = null;
      const { desired } = read;
      const provenance = withSignature(read.provenance, verification);
      site = desired.site.name;
      logger = childLogger(logger, { site });
      if (this.#o.site !== undefined && site !== this.#o.site)
        throw new PhoenixError('DAEMON_SITE_MISMATCH', { expected: this.#o.site, declared: site });
      if (desired.site.suspend) {
        return { ...outcome('suspended', revision, null, 'The Site is suspended (spec.suspend).'), site };
      }
      const result = await this.#reconcile(desired, provenance, revision, { ...input, logger });
      if (result.result === 'failed') this.#backOff(revision);
      else if (result.result !== 'interrupted') {
        this.#failures = 0;
        this.#failedRevision = null;
        this.#retryAt = null;
      }
      return result;
    } catch (error) {
      if (input.signal.aborted && !isPhoenixError(error))
        return { ...outcome('interrupted', revision, null, 'Stopped by shutdown.'), site };
      this.#backOff(revision);
      await this.#d.connection.close();
      logger.warn(
        { err: error, failures: this.#failures, retryAt: new Date(this.#retryAt ?? 0).toISOString() },
        'pass failed',
      );
      return {
        ...outcome(
          'failed',
          revision,
          null,
          isPhoenixError(error) ? error.message : 'The pass failed unexpectedly.',
        ),
        site,
        errorCode: isPhoenixError(error) ? error.code : 'INTERNAL_UNEXPECTED',
      };
    }
  }

  #backOff(revision: string | null): void {
    this.#failures += 1;
    this.#failedRevision = revision;
    this.#retryAt = this.#d.clock.now() + backoffDelay(this.#o.backoff, this.#failures);
  }

  async #read(
    revision: string,
    logger: Logger,
  ): Promise<DesiredCache | { readonly diagnostics: readonly Diagnostic[] }> {
    if (this.#desired?.revision === revision) return this.#desired;
    try {
      const { desired, provenance } = await readCommitDesiredState(this.#d.source, revision, this.#o.path);
      this.#desired = { revision, desired, provenance };
      return this.#desired;
    } catch (error) {
      if (!hasErrorCode(error, 'DECL_INVALID')) throw error;
      const diagnostics = (error.details['diagnostics'] as readonly Diagnostic[] | undefined) ?? [];
      logger.warn({ errors: error.details['errors'] }, 'revision fails validation');
      return { diagnostics: diagnostics.filter((d) => d.severity === 'error') };
    }
  }

  /** The plan to apply now: all of it inside a maintenance window, else without its destructive changes. */
  #outsideWindowHeld(plan: ReconcilePlan, site: DesiredState['site']): HeldPlan {
    return isInMaintenanceWindow(site.maintenanceWindows, this.#d.clock.now())
      ? { plan, held: [] }
      : holdDestructiveChanges(plan);
  }

  /**
   * The reconcile use case for this pass: auto-apply or plan only, the maintenance window's hold, and a stale
   * plan planned again. With `approval` plan-only, the plan alone (after an apply, what is left pending).
   */
  async #reconcileRevision(
    cache: DesiredCache,
    appliance: Appliance,
    input: PassInput,
    approval: Approval,
  ): Promise<ReconcileResult> {
    const { desired } = cache;
    return reconcileRevision(
      {
        revision: {
          desired,
          revision: cache.revision,
          provenance: cache.provenance,
          baseline: this.#baselines.forRevision(cache.revision, desired, input.logger),
        },
        policy: {
          approval,
          allowDeletions: false,
          parallelism: null,
          targets: [],
          drift: 'replan',
          hold: (plan) => this.#outsideWindowHeld(plan, desired.site),
        },
        command: 'sync',
      },
      {
        inventory: appliance,
        ledger: this.#d.ledger,
        clock: this.#d.clock,
        logger: input.logger,
        apply: {
          appliance,
          ledger: this.#d.ledger,
          verify: this.#d.connection.verify(desired.site, appliance, input.logger),
          begin: async (plan) => {
            input.onApplying?.(plan);
            const answerMedia = await this.#d.connection.answerMedia(plan, desired, input.logger);
            return {
              signal: input.signal,
              ...(input.onEvent === undefined ? {} : { onEvent: input.onEvent }),
              answerMedia,
              close: async () => {
                await answerMedia?.close();
              },
            };
          },
        },
      },
    );
  }

  async #reconcile(
    desired: DesiredState,
    provenance: RecordProvenance,
    revision: string,
    input: PassInput,
  ): Promise<PassOutcome> {
    const cache: DesiredCache = { revision, desired, provenance };
    const site = desired.site.name;
    const appliance = await this.#d.connection.appliance(desired.site);
    const lastApplied = this.#d.ledger.readView().lastAppliedRevision;
    const reconciled = await this.#reconcileRevision(
      cache,
      appliance,
      input,
      this.#o.autoApply ? AUTO_APPROVE : PLAN_ONLY,
    );
    const { plan } = reconciled;
    const base = { revision, site, plan, diagnostics: [], errorCode: null };
    const pending = { ...base, pendingPlan: plan, report: null };
    switch (reconciled.outcome) {
      case 'unresolved':
        // As for the CLI: a reference the appliance cannot resolve holds the whole revision back.
        return {
          ...pending,
          result: 'blocked',
          message: 'A reference the appliance cannot resolve blocks the revision; nothing is applied.',
          errorCode: 'PLAN_UNRESOLVED_REFERENCE',
        };
      case 'blocked':
        return { ...pending, result: 'blocked', message: 'Every pending change is blocked.' };
      case 'in-sync':
        return {
          ...base,
          result: 'in-sync',
          message:
            lastApplied === revision
              ? 'The appliance matches the revision.'
              : 'The appliance matches the revision; with auto-apply off, it is not recorded as applied.',
          pendingPlan: null,
          report: null,
        };
      case 'planned':
        return { ...pending, result: 'out-of-sync', message: 'Changes are pending; auto-apply is off.' };
      case 'held':
        return { ...pending, result: 'held', message: 'Destructive changes wait for a maintenance window.' };
      case 'stale':
        return {
          ...pending,
          result: 'failed',
          message: 'The inventory kept changing while the plan was checked; the next pass plans again.',
          errorCode: 'PLAN_STALE',
        };
      case 'applied':
      case 'partial':
      case 'failed':
      case 'interrupted':
        return this.#applied(reconciled, cache, appliance, input, base);
    }
  }

  /** The pass outcome of an apply: what is left pending, and whether the pass failed, held or finished. */
  async #applied(
    reconciled: ReconcileResult,
    cache: DesiredCache,
    appliance: Appliance,
    input: PassInput,
    base: Pick<PassOutcome, 'revision' | 'site' | 'plan' | 'diagnostics' | 'errorCode'>,
  ): Promise<PassOutcome> {
    const report = reconciled.report!;
    const after =
      report.outcome === 'interrupted'
        ? null
        : (await this.#reconcileRevision(cache, appliance, input, PLAN_ONLY)).plan;
    const pendingPlan =
      after !== null && (after.summary.hasChanges || after.summary.blocked > 0) ? after : null;
    const unfinished = report.changes.filter(
      (c) => c.outcome === 'failed' || (c.outcome === 'skipped' && c.skipReason !== 'blocked'),
    );
    const blocked = report.changes.some((c) => c.outcome === 'skipped' && c.skipReason === 'blocked');
    const result: PassResult =
      report.outcome === 'interrupted'
        ? 'interrupted'
        : unfinished.length > 0
          ? 'failed'
          : reconciled.held.length > 0
            ? 'held'
            : blocked
              ? 'blocked'
              : 'applied';
    const done = {
      ...base,
      plan: after ?? reconciled.plan,
      result,
      message: `The apply ended ${report.outcome}.`,
      pendingPlan,
      report,
    };
    return result === 'failed'
      ? { ...done, errorCode: unfinished.find((c) => c.errorCode !== null)?.errorCode ?? null }
      : done;
  }
}

function outcome(
  result: PassResult,
  revision: string | null,
  site: string | null,
  message: string,
): PassOutcome {
  return {
    result,
    revision,
    site,
    message,
    plan: null,
    pendingPlan: null,
    report: null,
    diagnostics: [],
    errorCode: null,
  };
}

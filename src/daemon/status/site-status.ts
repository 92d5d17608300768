import type { Diagnostic } from '../../core/diagnostics/diagnostic.js';
import type { PlanAction, ReconcilePlan } from '../../core/plan/reconcile-plan.js';
import type { PassOutcome, PassResult } from '../loop/pass-outcome.js';

export type ConditionType = 'Ready' | 'Reconciling' | 'Stalled';

/** A condition as Kubernetes and Flux report them: PascalCase reasons, a sentence for people. */
export interface Condition {
  readonly type: ConditionType;
  readonly status: 'True' | 'False' | 'Unknown';
  readonly reason: string;
  readonly message: string;
  readonly lastTransitionTime: string;
}

/** One node as the last pass saw it, with what the pending plan would do. */
export interface NodeState {
  readonly name: string;
  readonly pool: string | null;
  /** ready, unverified, absent, incomplete, in-flight, drifted or faulted. */
  readonly state: string;
  /** What the pending plan does with the node; noop when nothing. */
  readonly pendingAction: PlanAction;
  readonly profile: string | null;
  readonly hardware: string | null;
}

export interface LastPass {
  readonly passId: string;
  readonly trigger: string;
  readonly result: PassResult;
  readonly revision: string | null;
  readonly message: string;
  readonly errorCode: string | null;
  readonly startedAt: string;
  readonly finishedAt: string;
}

export interface DaemonStatus {
  /** The version of Phoenix that answers. */
  readonly version: string;
  readonly site: string | null;
  readonly repository: string;
  readonly branch: string;
  readonly suspended: boolean;
  readonly autoApply: boolean;
  readonly conditions: readonly Condition[];
  /** The revision the last pass read from the branch. */
  readonly observedRevision: string | null;
  readonly lastAppliedRevision: string | null;
  readonly lastAppliedAt: string | null;
  readonly lastPass: LastPass | null;
  /** When a failed pass is tried again (back-off), if it failed. */
  readonly nextRetryAt: string | null;
  /** Validation errors of a stalled revision. */
  readonly diagnostics: readonly Diagnostic[];
  readonly nodes: readonly NodeState[];
}

const READY_REASON: Readonly<Record<Exclude<PassResult, 'skipped'>, [Condition['status'], string]>> = {
  'in-sync': ['True', 'ReconciliationSucceeded'],
  applied: ['True', 'ReconciliationSucceeded'],
  'out-of-sync': ['False', 'OutOfSync'],
  held: ['False', 'OutsideMaintenanceWindow'],
  blocked: ['False', 'ChangesBlocked'],
  stalled: ['False', 'ValidationFailed'],
  failed: ['False', 'ReconciliationFailed'],
  interrupted: ['False', 'Interrupted'],
  suspended: ['False', 'Suspended'],
};

/** The nodes of a plan: declared nodes and owned profiles no longer declared, by name. */
export function nodeStates(plan: ReconcilePlan): NodeState[] {
  return plan.changes.map((change) => {
    const instance = change.before ?? change.after;
    return {
      name: change.id,
      pool: change.pool,
      // On and matching but not verified since its last compose or boot (ADR 0004): not ready yet.
      state: change.condition === 'ready' && change.action === 'create' ? 'unverified' : change.condition,
      pendingAction: change.action,
      profile: change.before?.profileName ?? null,
      hardware: instance?.hardware?.name ?? null,
    };
  });
}

/** The daemon's view of its site, kept between passes and served by /api/v1/status. */
export class SiteStatusStore {
  #conditions = new Map<ConditionType, Condition>();
  #site: string | null = null;
  #observed: string | null = null;
  #lastPass: LastPass | null = null;
  #diagnostics: readonly Diagnostic[] = [];
  #nodes: readonly NodeState[] = [];
  #pendingPlan: ReconcilePlan | null = null;
  #siteSuspended = false;

  constructor(now: string) {
    this.#set('Ready', 'Unknown', 'Progressing', 'No pass has finished yet.', now);
    this.#set('Reconciling', 'False', 'Idle', 'No pass runs.', now);
    this.#set('Stalled', 'False', 'Idle', 'Nothing is stalled.', now);
  }

  get pendingPlan(): ReconcilePlan | null {
    return this.#pendingPlan;
  }

  get nodes(): readonly NodeState[] {
    return this.#nodes;
  }

  get site(): string | null {
    return this.#site;
  }

  get siteSuspended(): boolean {
    return this.#siteSuspended;
  }

  passStarted(now: string): void {
    this.#set('Reconciling', 'True', 'Progressing', 'A pass runs.', now);
  }

  passFinished(pass: LastPass, outcome: PassOutcome, now: string): void {
    this.#lastPass = pass;
    this.#set('Reconciling', 'False', 'Idle', 'No pass runs.', now);
    if (outcome.result === 'skipped') return;
    if (outcome.revision !== null) this.#observed = outcome.revision;
    if (outcome.site !== null) this.#site = outcome.site;
    this.#siteSuspended = outcome.result === 'suspended';
    const [status, reason] = READY_REASON[outcome.result];
    const stalledReason = outcome.stalledReason ?? 'ValidationFailed';
    this.#set('Ready', status, outcome.result === 'stalled' ? stalledReason : reason, outcome.message, now);
    if (outcome.result === 'stalled') {
      this.#set('Stalled', 'True', stalledReason, outcome.message, now);
      this.#diagnostics = outcome.diagnostics;
    } else {
      this.#set('Stalled', 'False', 'Idle', 'Nothing is stalled.', now);
      this.#diagnostics = [];
    }
    if (outcome.plan !== null) {
      this.#nodes = nodeStates(outcome.plan);
      this.#pendingPlan = outcome.pendingPlan;
    } else if (outcome.result !== 'failed' && outcome.result !== 'interrupted') {
      this.#pendingPlan = null;
    }
  }

  /** A pass suspended by the API: Ready says so. */
  markSuspended(suspended: boolean, now: string): void {
    if (suspended)
      this.#set('Ready', 'False', 'Suspended', 'Reconciliation is suspended through the API.', now);
  }

  snapshot(extra: {
    readonly version: string;
    readonly repository: string;
    readonly branch: string;
    readonly suspended: boolean;
    readonly autoApply: boolean;
    readonly lastAppliedRevision: string | null;
    readonly lastAppliedAt: string | null;
    readonly nextRetryAt: string | null;
  }): DaemonStatus {
    return {
      version: extra.version,
      site: this.#site,
      repository: extra.repository,
      branch: extra.branch,
      suspended: extra.suspended || this.#siteSuspended,
      autoApply: extra.autoApply,
      conditions: (['Ready', 'Reconciling', 'Stalled'] as const).map((type) => this.#conditions.get(type)!),
      observedRevision: this.#observed,
      lastAppliedRevision: extra.lastAppliedRevision,
      lastAppliedAt: extra.lastAppliedAt,
      lastPass: this.#lastPass,
      nextRetryAt: extra.nextRetryAt,
      diagnostics: this.#diagnostics,
      nodes: this.#nodes,
    };
  }

  #set(type: ConditionType, status: Condition['status'], reason: string, message: string, now: string): void {
    const previous = this.#conditions.get(type);
    const changed = previous === undefined || previous.status !== status || previous.reason !== reason;
    this.#conditions.set(type, {
      type,
      status,
      reason,
      message,
      lastTransitionTime: changed ? now : previous.lastTransitionTime,
    });
  }
}

/**
 * The JSON the dashboard API serves: one set of types for the daemon that writes it and the web UI (ui/) that
 * reads it. Type-only: nothing here runs, so the UI bundle imports no server code. Nothing here is a secret.
 */
import type { Diagnostic } from '../../core/diagnostics/diagnostic.js';
import type { MaintenanceWindow, VerifyCheck } from '../../core/desired/desired-state.js';
import type { QuarantineEntry } from '../../core/ledger/ledger-view.js';
import type { NodeCondition, PlanAction, ReconcilePlan } from '../../core/plan/reconcile-plan.js';
import type { StepKind } from '../../core/plan/plan-step.js';
import type { ChangeOutcome } from '../../engine/apply/apply-report.js';
import type { LedgerRecord, RunHistoryEntry } from '../../ports/ledger.js';
import type { PassResult } from '../loop/pass-outcome.js';
import type { Condition, LastPass } from '../status/site-status.js';

export type { ReconcilePlan, RunHistoryEntry, LedgerRecord, Condition, LastPass, PassResult, StepKind };

/**
 * A node's state as the fleet view groups it: what the last pass observed, overlaid with what the running pass
 * does to it (in-flight), the pending plan (blocked) and the ledger (quarantined hardware, unverified).
 */
export type FleetState =
  | 'ready'
  | 'unverified'
  | 'in-flight'
  | 'drifted'
  | 'faulted'
  | 'blocked'
  | 'quarantined'
  | 'absent'
  | 'incomplete';

export const FLEET_STATES: readonly FleetState[] = [
  'ready',
  'unverified',
  'in-flight',
  'drifted',
  'faulted',
  'blocked',
  'quarantined',
  'absent',
  'incomplete',
];

/** A verify check of the node, by name and kind (targets stay on the server). */
export interface FleetCheck {
  readonly name: string;
  readonly type: VerifyCheck['type'];
}

export interface FleetNode {
  readonly name: string;
  readonly pool: string | null;
  /** The OS build (Plan declaration); null for a node no longer declared. */
  readonly plan: string | null;
  readonly state: FleetState;
  /** What the last pass observed. */
  readonly condition: NodeCondition | 'unverified';
  /** What the pending plan does with the node. */
  readonly pendingAction: PlanAction;
  /** The revision the daemon reconciles towards (the branch head it last read). */
  readonly desiredRevision: string | null;
  /** The 12-hex revision in the profile's stamp: what built the server it runs on. */
  readonly appliedRevision: string | null;
  /** The stamp generation (1 for the first instance, +1 per replacement or heal). */
  readonly generation: number | null;
  readonly hardware: {
    readonly name: string;
    readonly enclosure: string | null;
    readonly bay: number | null;
  } | null;
  /** The implicit OneView check is always there; these are the declared ones. */
  readonly checks: readonly FleetCheck[];
  /** The last outcome the ledger recorded for the node, and when. */
  readonly lastOutcome: string | null;
  readonly lastOutcomeAt: string | null;
  /** The step the running pass is taking on the node. */
  readonly activity: NodeActivity | null;
  /** Why it is blocked or quarantined, for people. */
  readonly note: string | null;
}

export interface NodeActivity {
  readonly step: StepKind | null;
  /** running, waiting (for the rollout budget or dependencies), or finished in this pass. */
  readonly phase: RolloutChangeState;
  readonly waitingFor: 'rollout' | 'dependencies' | null;
}

export interface FleetResponse {
  readonly site: string | null;
  readonly revision: string | null;
  /** When the fleet was last observed (end of the last pass that read the inventory). */
  readonly observedAt: string | null;
  readonly counts: Readonly<Record<FleetState, number>>;
  readonly nodes: readonly FleetNode[];
  readonly quarantined: readonly QuarantineEntry[];
}

export type RolloutChangeState = 'pending' | 'waiting' | 'running' | 'done' | 'failed' | 'skipped';

export interface RolloutStep {
  readonly kind: StepKind;
  readonly state: 'pending' | 'running' | 'done' | 'failed';
  readonly attempt: number;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
}

export interface RolloutChange {
  readonly id: string;
  readonly node: string;
  readonly pool: string | null;
  readonly action: PlanAction;
  readonly wave: number | null;
  readonly phase: 'main' | 'cleanup';
  readonly state: RolloutChangeState;
  readonly step: StepKind | null;
  readonly steps: readonly RolloutStep[];
  /** What a waiting change waits for: the pool's rollout budget or changes it depends on (named). */
  readonly waitingFor: 'rollout' | 'dependencies' | null;
  readonly dependsOn: readonly string[];
  readonly outcome: ChangeOutcome | null;
  readonly errorCode: string | null;
  readonly message: string | null;
  readonly surge: boolean;
}

/** A pool's rollout budget, used and left. */
export interface RolloutBudget {
  readonly group: string;
  readonly pool: string;
  readonly maxUnavailable: number;
  readonly maxSurge: number;
  readonly maxInFlight: number;
  readonly inFlight: number;
  readonly unavailable: number;
  readonly surging: number;
}

export interface RolloutWave {
  readonly wave: number | null;
  readonly phase: 'main' | 'cleanup';
  readonly changes: readonly string[];
}

/** The apply of the running pass, or of the last one. */
export interface RolloutView {
  /** Increases with every update the daemon publishes. */
  readonly seq: number;
  readonly active: boolean;
  readonly runId: string | null;
  readonly site: string | null;
  readonly revision: string | null;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  readonly outcome: string | null;
  readonly maxConcurrentOperations: number | null;
  readonly budgets: readonly RolloutBudget[];
  readonly waves: readonly RolloutWave[];
  readonly changes: readonly RolloutChange[];
  /** The last events, newest last, for people watching. */
  readonly log: readonly RolloutLogEntry[];
}

export interface RolloutLogEntry {
  readonly at: string;
  readonly node: string | null;
  readonly text: string;
}

export interface SiteView {
  readonly site: string | null;
  readonly repository: string;
  readonly branch: string;
  readonly conditions: readonly Condition[];
  readonly suspended: boolean;
  readonly autoApply: boolean;
  readonly observedRevision: string | null;
  readonly lastAppliedRevision: string | null;
  readonly lastAppliedAt: string | null;
  /** The last pass: when the branch and the appliance were last read. */
  readonly lastPass: LastPass | null;
  readonly nextRetryAt: string | null;
  /** This replica's id; null for a single process (no election). */
  readonly replica: string | null;
  /** Who holds the site's lease, since when and at which epoch; null for a single process or while nobody does. */
  readonly leader: {
    readonly holder: string;
    readonly epoch: number;
    readonly since: string;
  } | null;
  readonly maintenanceWindows: readonly MaintenanceWindow[];
  /** True when no window is declared or one is open now. */
  readonly inMaintenanceWindow: boolean;
  /** How drift is handled (`correct` or `report`); null when the Site does not say. */
  readonly driftMode: string | null;
  readonly diagnostics: readonly Diagnostic[];
  /** Whether write actions are possible at all (a token is configured); never the token. */
  readonly actionsEnabled: boolean;
}

/** Two revisions compared: what the declarations say differently, and what the fleet went through. */
export interface CompareResponse {
  readonly base: RevisionInfo;
  readonly head: RevisionInfo;
  /** The planner run from base's declarations to head's: creates, replaces, deletes with field changes. */
  readonly plan: ReconcilePlan;
  /** Runs that applied a revision after base up to head, oldest first, with what each node reached. */
  readonly runs: readonly ComparedRun[];
}

export interface RevisionInfo {
  readonly revision: string;
  readonly subject: string;
  readonly author: string;
  readonly date: string;
}

export interface ComparedRun {
  readonly runId: string;
  readonly revision: string;
  readonly outcome: string;
  readonly finishedAt: string;
  /** Nodes whose outcome was not `unchanged`. */
  readonly nodes: Readonly<Record<string, string>>;
}

export interface TimelineEntry {
  readonly at: string;
  readonly runId: string | null;
  readonly kind: LedgerRecord['type'];
  readonly step: StepKind | null;
  readonly outcome: string | null;
  readonly attempt: number | null;
  readonly hardware: string | null;
  readonly errorCode: string | null;
  readonly text: string;
}

export interface TimelineResponse {
  readonly node: string;
  /** Newest first. */
  readonly entries: readonly TimelineEntry[];
  /** False when the ledger store cannot list its records. */
  readonly available: boolean;
}

/** Server-sent events of /api/v1/events (`event:` is the type, `data:` the JSON). */
export type DashboardEvent =
  | { readonly type: 'hello'; readonly seq: number }
  | { readonly type: 'rollout'; readonly rollout: RolloutView }
  | { readonly type: 'pass-started'; readonly at: string }
  | {
      readonly type: 'pass-finished';
      readonly at: string;
      readonly result: PassResult;
      readonly revision: string | null;
    }
  | { readonly type: 'site'; readonly suspended: boolean };

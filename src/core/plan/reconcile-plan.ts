import type { BlockedBy, FaultKind } from './blocked-by.js';
import type { PlanDiagnostic } from './plan-diagnostic.js';
import type { PlanStep } from './plan-step.js';
import type { TemplateChange } from './template-change.js';

/** Bumped on any incompatible change of the plan format (schemas/plan.schema.json). */
export const PLAN_FORMAT_VERSION = 1;

export type PlanAction = 'create' | 'replace' | 'heal' | 'delete' | 'noop' | 'blocked';

export const PLAN_ACTIONS: readonly PlanAction[] = ['create', 'replace', 'heal', 'delete', 'noop', 'blocked'];

/** How an observed node was classified (DESIGN.md §2), plus `absent` and `incomplete` for the planner. */
export type NodeCondition =
  | 'absent'
  /** Composed, spec matches, hardware On. */
  | 'ready'
  /** Composed, spec matches, hardware not On: a run stopped between compose and boot. */
  | 'incomplete'
  | 'in-flight'
  | 'drifted'
  | 'faulted';

/** What led to the action, for machines. */
export type ChangeCause =
  | 'not-found'
  | 'resume'
  | 'spec-changed'
  /** Edited outside Git: OneView reports the profile NonCompliant with its template. */
  | 'drift'
  | 'faulted'
  | 'undeclared'
  | 'duplicate'
  | 'matches';

/** One side of a change: what exists (before) or what the change builds (after). */
export interface InstanceView {
  readonly profileName: string;
  /** Null for an instance that does not exist yet. */
  readonly profileUri: string | null;
  readonly template: string | null;
  readonly deploymentPlan: string | null;
  /** Custom attributes by name, sorted, secrets masked. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly hardware: HardwareView | null;
  /** First 16 hex characters of the spec hash; null when unknown. */
  readonly spec: string | null;
  /** The profile's stamp line (written or to be written); null for an unstamped profile. */
  readonly stamp: string | null;
}

export interface HardwareView {
  readonly uri: string;
  readonly name: string;
  readonly hardwareType: string | null;
  readonly enclosure: string | null;
  readonly bay: number | null;
  readonly serialNumber: string;
}

export interface FieldChange {
  /** e.g. `template`, `deploymentPlan`, `hardwareType`, `hardware`, `attributes.VLAN_ID`. */
  readonly path: string;
  /** Masked when `sensitive`. */
  readonly before: string | null;
  readonly after: string | null;
  readonly sensitive: boolean;
}

/** When in its steps a change takes the node out of service, for `maxUnavailable`. */
export interface Disruption {
  /** The step that takes the node down. */
  readonly from: string;
  /** The step after which the node is Ready again. */
  readonly until: string;
}

export interface PlanChange {
  /** The node name, or `<node>@<profile name>` for an extra instance of a node. */
  readonly id: string;
  readonly node: string;
  /** The pool the node belongs (or belonged) to; null for a pet or an unknown former node. */
  readonly pool: string | null;
  readonly action: PlanAction;
  readonly cause: ChangeCause;
  /** Set when `action` is `blocked`. */
  readonly blockedBy: BlockedBy | null;
  /** Set when the observed node is faulted. */
  readonly fault: FaultKind | null;
  readonly condition: NodeCondition;
  /** For people; executors branch on the typed fields only. */
  readonly reason: string;
  readonly protected: boolean;
  readonly before: InstanceView | null;
  readonly after: InstanceView | null;
  readonly fieldChanges: readonly FieldChange[];
  /** Run in sequence, in this order. */
  readonly steps: readonly PlanStep[];
  /** Changes that must finish successfully (node Ready) first; a failure there skips this change. */
  readonly dependsOn: readonly string[];
  /** Depth in the dependsOn graph (cleanup changes come last); null for changes without steps. */
  readonly wave: number | null;
  /** `main`, or `cleanup`: starts only once every main change has finished, whatever its outcome. */
  readonly phase: 'main' | 'cleanup';
  /** The rollout group whose limits apply; null for pets. */
  readonly rolloutGroup: string | null;
  readonly disruption: Disruption | null;
  /** Holds an extra hardware (allocated before the old instance is recycled): counts against maxSurge. */
  readonly surge: boolean;
}

/** Per-pool limits the executor enforces across the pool's changes. */
export interface RolloutGroup {
  /** `pool:<name>`. */
  readonly id: string;
  readonly pool: string;
  /** Nodes of the pool that may be out of service at once (disruptions plus those already down). */
  readonly maxUnavailable: number;
  /** Changes of the pool that may hold an extra hardware at once. */
  readonly maxSurge: number;
  /** Changes of the pool that may run at once. */
  readonly maxInFlight: number;
  /** Mutating changes of the pool, sorted. */
  readonly changes: readonly string[];
  /** Declared nodes of the pool that are not Ready before the plan runs, sorted. */
  readonly unavailable: readonly string[];
}

export interface PlanSummary {
  readonly create: number;
  readonly replace: number;
  readonly heal: number;
  readonly delete: number;
  readonly noop: number;
  readonly blocked: number;
  readonly total: number;
  /** True when any change would mutate the appliance (the `--detailed-exitcode` 2). */
  readonly hasChanges: boolean;
}

/** The reconcile plan: an immutable, serialisable value (schemas/plan.schema.json). */
export interface ReconcilePlan {
  readonly formatVersion: typeof PLAN_FORMAT_VERSION;
  readonly site: string;
  readonly revision: string;
  readonly baseRevision: string | null;
  readonly inventory: {
    readonly appliance: string;
    readonly fingerprint: string;
    readonly takenAt: string;
  };
  readonly options: {
    readonly allowDeletions: boolean;
    readonly autoDelete: boolean;
    readonly allowEmptyPools: boolean;
    readonly maxDeletionsPerRun: number;
    readonly maxDeletionsPercent: number;
  };
  readonly limits: {
    /** Global cap of concurrent OneView mutations (steps with `mutates`). */
    readonly maxConcurrentOperations: number;
  };
  readonly summary: PlanSummary;
  /** Server profile template changes, sorted by name: creates and updates run before the node changes. */
  readonly templates: readonly TemplateChange[];
  /** Sorted by id. */
  readonly changes: readonly PlanChange[];
  /** Sorted by id. */
  readonly rolloutGroups: readonly RolloutGroup[];
  readonly diagnostics: readonly PlanDiagnostic[];
}

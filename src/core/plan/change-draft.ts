import type { DesiredNode } from '../desired/desired-state.js';
import type { ObservedDeploymentPlan, ObservedHardware } from '../observed/inventory.js';
import type { Stamp } from '../stamp/stamp.js';
import type { BlockedBy, FaultKind } from './blocked-by.js';
import type { ObservedInstance } from './classify-observed.js';
import type { AllocationSource, StepAttribute } from './plan-step.js';
import type { ResolvedTemplate } from './resolve-artifacts.js';
import type { ChangeCause, NodeCondition, PlanAction } from './reconcile-plan.js';

/** What compose will build: resolved while planning, turned into steps and the `after` view. */
export interface DraftTarget {
  readonly template: ResolvedTemplate;
  readonly deploymentPlan: ObservedDeploymentPlan | null;
  readonly customAttributes: readonly StepAttribute[];
  readonly hardware: ObservedHardware;
  readonly source: AllocationSource;
  readonly releasedBy: string | null;
  readonly stamp: Stamp;
}

/** A change while the plan is being built; finished into a PlanChange at the end. */
export interface ChangeDraft {
  readonly id: string;
  readonly node: string;
  readonly pool: string | null;
  action: PlanAction;
  readonly cause: ChangeCause;
  blockedBy: BlockedBy | null;
  readonly fault: FaultKind | null;
  readonly condition: NodeCondition;
  readonly protected: boolean;
  readonly desired: DesiredNode | null;
  /** The instance the change acts on (recycles, boots or keeps); null for a new node. */
  readonly instance: ObservedInstance | null;
  /** A profile Phoenix does not own that blocks the node. */
  readonly conflict: ObservedInstance['profile'] | null;
  target: DraftTarget | null;
  /** Allocated before the old instance is recycled. */
  surge: boolean;
  /** Recycling quarantines the old hardware. */
  quarantine: boolean;
  /** Changes that must succeed first (dependencies and capacity). */
  readonly dependsOn: Set<string>;
}

export function block(draft: ChangeDraft, blockedBy: BlockedBy): void {
  draft.action = 'blocked';
  draft.blockedBy = blockedBy;
  draft.target = null;
  draft.surge = false;
}

export function isMutating(draft: Pick<ChangeDraft, 'action'>): boolean {
  return draft.action !== 'noop' && draft.action !== 'blocked';
}

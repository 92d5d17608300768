/**
 * Why a change is blocked, typed for machines (the change's `reason` says it for people). A blocked change
 * has no steps; the node is left exactly as it is.
 */
export type BlockedBy =
  /** A profile Phoenix does not own carries the node's name: a conflict, never an adoption. */
  | {
      readonly kind: 'conflict';
      readonly profileUri: string;
      readonly profileName: string;
      readonly ownerSite: string | null;
    }
  /** A OneView task is running on the node's profile; the next pass looks again. */
  | { readonly kind: 'in-flight'; readonly profileUri: string; readonly taskUri: string | null }
  /** The node is faulted and its remediation is off. */
  | { readonly kind: 'remediation-disabled'; readonly fault: FaultKind }
  /** The change would recycle a protected node. */
  | { readonly kind: 'protected' }
  /** Deletes need --allow-deletions or Site guards.autoDelete. */
  | { readonly kind: 'deletions-not-allowed' }
  /** More deletions than Site guards.maxDeletionsPerRun. */
  | { readonly kind: 'max-deletions-per-run'; readonly limit: number; readonly requested: number }
  /** Deletions above Site guards.maxDeletionsPercent of the owned nodes. */
  | {
      readonly kind: 'max-deletions-percent';
      readonly limit: number;
      readonly requested: number;
      readonly owned: number;
    }
  /** The commit would leave this pool with no node. */
  | { readonly kind: 'pool-emptied'; readonly pool: string }
  | { readonly kind: 'template-not-found'; readonly template: string }
  /** The node's declared ProfileTemplate cannot be created or updated (see the plan's template changes). */
  | { readonly kind: 'template-blocked'; readonly template: string }
  | {
      readonly kind: 'deployment-plan-not-found';
      readonly deploymentPlan: string;
      readonly id: string | null;
    }
  | {
      readonly kind: 'golden-image-mismatch';
      readonly expected: string;
      readonly actual: string | null;
    }
  | { readonly kind: 'hardware-type-not-found'; readonly hardwareType: string }
  /** The profile template is for another hardware type or enclosure group than the node asks for. */
  | {
      readonly kind: 'template-hardware-mismatch';
      readonly template: string;
      readonly field: 'hardwareType' | 'enclosureGroup';
    }
  /** Attributes the deployment plan declares without a default, and that the node does not set. */
  | { readonly kind: 'attributes-missing'; readonly attributes: readonly string[] }
  /** No free, healthy, matching hardware. */
  | {
      readonly kind: 'no-spare-hardware';
      readonly hardwareType: string;
      readonly enclosureGroup: string | null;
    }
  | { readonly kind: 'pinned-hardware-not-found'; readonly pin: string }
  /** The pinned hardware carries another profile that this plan does not remove. */
  | {
      readonly kind: 'pinned-hardware-busy';
      readonly hardwareUri: string;
      readonly profileUri: string | null;
    }
  /** The pinned hardware is Critical, quarantined or of the wrong type. */
  | {
      readonly kind: 'pinned-hardware-unusable';
      readonly hardwareUri: string;
      readonly problem: 'critical' | 'quarantined' | 'wrong-type' | 'wrong-enclosure-group' | 'not-ready';
    }
  /** A node this one depends on is not Ready and cannot be made so by this plan. */
  | { readonly kind: 'dependency-blocked'; readonly node: string };

export type BlockedKind = BlockedBy['kind'];

/** Why an owned node counts as faulted. */
export type FaultKind = 'hardware-critical' | 'hardware-gone' | 'profile-error';

import type { VerifyCheck } from '../desired/desired-state.js';
import type { Stamp } from '../stamp/stamp.js';

/** The kinds of step, in the order a node's steps can run. */
export type StepKind = 'allocate' | 'recycle' | 'compose' | 'boot' | 'verify';

interface StepBase {
  /** `<change id>/<kind>`: unique in the plan. */
  readonly id: string;
  /** True for steps that send a OneView mutation: they count against the appliance's concurrency cap. */
  readonly mutates: boolean;
}

/** Where allocated hardware comes from. */
export type AllocationSource =
  /** A free spare. */
  | 'spare'
  /** The node's pinned hardware. */
  | 'pinned'
  /** The hardware of the instance this change recycles first. */
  | 'reuse'
  /** Hardware that a delete in this plan frees (the change depends on that delete). */
  | 'released';

/** Reserves hardware for the node; no OneView call. The executor re-checks it is still free before compose. */
export interface AllocateStep extends StepBase {
  readonly kind: 'allocate';
  readonly hardwareUri: string;
  readonly hardwareName: string;
  readonly serialNumber: string;
  readonly enclosure: string | null;
  readonly bay: number | null;
  readonly source: AllocationSource;
  /** The change that frees this hardware when `source` is `released`, else null. */
  readonly releasedBy: string | null;
}

/** Powers off (unless abandoned or gone) and deletes one owned profile, returning its hardware. */
export interface RecycleStep extends StepBase {
  readonly kind: 'recycle';
  readonly profileUri: string;
  readonly profileName: string;
  /** Null when the hardware is gone. */
  readonly hardwareUri: string | null;
  /** Power the hardware off before deleting the profile. */
  readonly powerOff: boolean;
  /** Delete with OneView's force flag (hardware gone, abandoned or in error). */
  readonly force: boolean;
  /** Hardware to quarantine in the ledger once recycled (heals of faulted hardware), else null. */
  readonly quarantine: { readonly hardwareUri: string; readonly reason: string } | null;
}

/** One custom attribute to send; sensitive values are never written into a plan. */
export interface StepAttribute {
  readonly name: string;
  /** The value; null when `sensitive`: the executor reads it from the desired node's attributes. */
  readonly value: string | null;
  readonly sensitive: boolean;
}

/** Creates the node's profile from its template on the allocated hardware (deploys the OS volume). */
export interface ComposeStep extends StepBase {
  readonly kind: 'compose';
  readonly profileName: string;
  readonly template: string;
  /** Null when the template is created by the same apply: the executor looks it up by name then. */
  readonly templateUri: string | null;
  readonly deploymentPlanUri: string | null;
  readonly hardwareUri: string;
  /** Sorted by name; NIC attributes expanded to their five keys. */
  readonly customAttributes: readonly StepAttribute[];
  /** The stamp line to write into the profile description. */
  readonly description: string;
  readonly stamp: Stamp;
}

export interface BootStep extends StepBase {
  readonly kind: 'boot';
  readonly hardwareUri: string;
}

/** Waits until the node is Ready: the implicit OneView check plus the declared checks, stable for a while. */
export interface VerifyStep extends StepBase {
  readonly kind: 'verify';
  readonly hardwareUri: string;
  readonly profileName: string;
  /** The name the node registers under in Consul (its SERVER_FQDN, else its fqdn, else its name). */
  readonly consulNodeName: string;
  readonly fqdn: string | null;
  readonly checks: readonly VerifyCheck[];
  readonly stableForMs: number;
  readonly timeoutMs: number;
}

export type PlanStep = AllocateStep | RecycleStep | ComposeStep | BootStep | VerifyStep;

import type { Stamp } from '../stamp/stamp.js';
import type { TemplateContent } from '../template/template-content.js';
import type { TemplateStamp } from '../template/template-stamp.js';

/**
 * Observed state: an immutable snapshot of the appliance inventory, filled by the OneView adapter from a
 * handful of paginated collection GETs. Plain JSON data (schemas/inventory.schema.json); `phoenix inventory
 * export` writes it and the simulator can be seeded from it.
 */
export interface InventorySnapshot {
  readonly formatVersion: 1;
  /** Appliance base URL it was read from (no credentials). */
  readonly appliance: string;
  readonly apiVersion: number;
  /** ISO-8601 time the snapshot was taken. */
  readonly takenAt: string;
  /** sha256 hex over exactly the fields the planner reads, eTags included. */
  readonly fingerprint: string;
  readonly enclosures: readonly ObservedEnclosure[];
  readonly enclosureGroups: readonly NamedResource[];
  readonly hardwareTypes: readonly ObservedHardwareType[];
  readonly hardware: readonly ObservedHardware[];
  readonly templates: readonly ObservedTemplate[];
  readonly profiles: readonly ObservedProfile[];
  readonly deploymentPlans: readonly ObservedDeploymentPlan[];
  readonly goldenImages: readonly ObservedGoldenImage[];
  /** Ethernet networks (and other networks a connection may carry). */
  readonly networks: readonly NamedResource[];
  readonly networkSets: readonly NamedResource[];
  /** Firmware bundles (/rest/firmware-drivers): the baselines a template may install. */
  readonly firmwareBundles: readonly ObservedFirmwareBundle[];
}

export interface ObservedHardwareType extends NamedResource {
  /** Maximum bandwidth per adapter port, keyed like a connection's portId without its function: `Mezz 3:1`. */
  readonly portMaxMbps: Readonly<Record<string, number>>;
}

export interface ObservedFirmwareBundle extends NamedResource {
  readonly version: string;
}

export interface NamedResource {
  readonly uri: string;
  readonly name: string;
}

export interface ObservedEnclosure extends NamedResource {
  readonly serialNumber: string;
  readonly enclosureGroupUri: string | null;
}

export type PowerState = 'On' | 'Off' | 'PoweringOn' | 'PoweringOff' | 'Resetting' | 'Unknown';
export type HealthStatus = 'OK' | 'Warning' | 'Critical' | 'Disabled' | 'Unknown';
/** OneView server-hardware `state`; other values are kept as they come. */
export type HardwareState =
  | 'NoProfileApplied'
  | 'ApplyingProfile'
  | 'ProfileApplied'
  | 'RemovingProfile'
  | 'ProfileError'
  | 'Monitored'
  | 'Unmanaged'
  | 'Adding'
  | 'Removing'
  | 'Removed'
  | 'Unknown'
  | (string & {});

export interface ObservedHardware extends NamedResource {
  readonly serialNumber: string;
  readonly hardwareTypeUri: string;
  readonly enclosureGroupUri: string | null;
  readonly enclosureUri: string | null;
  /** Device bay number inside the enclosure; null when not in a frame. */
  readonly bay: number | null;
  readonly powerState: PowerState;
  readonly powerLock: boolean;
  readonly state: HardwareState;
  readonly status: HealthStatus;
  readonly profileUri: string | null;
  readonly eTag: string;
}

export interface ObservedTemplate extends NamedResource {
  readonly hardwareTypeUri: string | null;
  readonly enclosureGroupUri: string | null;
  readonly deploymentPlanUri: string | null;
  readonly eTag: string;
  /** Verbatim template description; Phoenix's stamp is one line of it. */
  readonly description: string;
  /** The parsed stamp, or null for a template Phoenix does not own. */
  readonly stamp: TemplateStamp | null;
  /** What the template holds, with references as URIs. */
  readonly content: TemplateContent;
}

export interface ObservedProfile extends NamedResource {
  /** Verbatim profile description; Phoenix's stamp is one line of it. */
  readonly description: string;
  /** The parsed stamp, or null for a profile Phoenix does not own. */
  readonly stamp: Stamp | null;
  readonly hardwareUri: string | null;
  readonly templateUri: string | null;
  readonly deploymentPlanUri: string | null;
  readonly customAttributes: Readonly<Record<string, string>>;
  /** OneView profile `state` (Normal, Creating, CreateFailed, ...). */
  readonly state: string;
  readonly status: HealthStatus;
  /** True while a OneView task is running on this profile. */
  readonly inProgress: boolean;
  readonly taskUri: string | null;
  readonly eTag: string;
  /** OneView's consistency with the profile's template: Compliant, NonCompliant or Unknown. */
  readonly templateCompliance: string;
  /**
   * What OneView would change to make the profile compliant (compliance-preview, automatic and manual updates),
   * read only for profiles that are not Compliant; empty otherwise.
   */
  readonly complianceIssues: readonly string[];
  /**
   * The profile's template-managed sections (references as URIs), read only for profiles Phoenix owns that are
   * NonCompliant: compared with the template, they name the fields edited outside Git. Null otherwise.
   */
  readonly sections: TemplateContent | null;
}

export type CustomAttributeType =
  'string' | 'password' | 'ipv4' | 'hostname' | 'fqdn' | 'number' | 'option' | 'nic';

export interface DeploymentPlanAttribute {
  readonly name: string;
  readonly type: CustomAttributeType;
  readonly editable: boolean;
  /** The plan's default value ('' when none). */
  readonly defaultValue: string;
}

export interface ObservedDeploymentPlan extends NamedResource {
  /** Image Streamer id of the plan (the last segment of its native URI). */
  readonly id: string;
  readonly goldenImageUri: string | null;
  readonly attributes: readonly DeploymentPlanAttribute[];
}

export interface ObservedGoldenImage extends NamedResource {
  readonly id: string;
}

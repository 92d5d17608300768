import type { SourceLocation } from '../diagnostics/diagnostic.js';

/**
 * What a server profile template holds, in one normalised shape. Declared templates carry names (networks,
 * firmware bundle, hardware type...); templates read from the appliance carry URIs, which the planner maps back
 * to names against the inventory before comparing. Plain JSON data, deeply frozen by its producer.
 */
export interface TemplateContent {
  readonly serverHardwareType: string;
  readonly enclosureGroup: string | null;
  readonly affinity: 'Bay' | 'BayAndServer';
  /** Sorted by id. */
  readonly connections: readonly TemplateConnection[];
  /** Null: unmanaged. */
  readonly bootMode: {
    readonly mode: string;
    readonly pxeBootPolicy: string;
    readonly secureBoot: string;
  } | null;
  /** Null: unmanaged. */
  readonly bootOrder: readonly string[] | null;
  /** Overridden BIOS settings by id; null: BIOS unmanaged. */
  readonly bios: Readonly<Record<string, string>> | null;
  /** Null: firmware unmanaged (manageFirmware false). */
  readonly firmware: {
    readonly baseline: string;
    readonly installType: string;
    readonly force: boolean;
    readonly activation: string;
  } | null;
  /** Null: local storage unmanaged. */
  readonly localStorage: { readonly controllers: readonly StorageController[] } | null;
  /** Null: management processor unmanaged. */
  readonly managementProcessor: { readonly settings: readonly MpSetting[] } | null;
  readonly deploymentPlan: string | null;
}

/**
 * A template that manages nothing beyond its hardware type, enclosure group and deployment plan: what an inventory
 * snapshot written before templates had content stands for, and what a template without its content reads as.
 */
export function bareTemplateContent(
  serverHardwareType: string,
  enclosureGroup: string | null,
  deploymentPlan: string | null,
): TemplateContent {
  return {
    serverHardwareType,
    enclosureGroup,
    affinity: 'Bay',
    connections: [],
    bootMode: null,
    bootOrder: null,
    bios: null,
    firmware: null,
    localStorage: null,
    managementProcessor: null,
    deploymentPlan,
  };
}

export interface TemplateConnection {
  readonly id: number;
  readonly name: string;
  readonly portId: string;
  readonly functionType: string;
  readonly network: { readonly kind: 'network' | 'networkSet'; readonly name: string };
  /** Null: the appliance's default. */
  readonly requestedMbps: number | null;
  readonly bootPriority: string;
}

export interface StorageController {
  readonly deviceSlot: string;
  readonly mode: string;
  readonly initialize: boolean;
  readonly logicalDrives: readonly LogicalDrive[];
}

export interface LogicalDrive {
  readonly name: string;
  readonly raidLevel: string;
  readonly bootable: boolean;
  readonly numPhysicalDrives: number | null;
  readonly driveTechnology: string | null;
}

export interface MpSetting {
  readonly settingType: string;
  readonly args: Readonly<Record<string, string | number | boolean>>;
}

/** A declared ProfileTemplate after extends, merging and validation. */
export interface DesiredTemplate {
  /** metadata.name: also the template's name on the appliance. */
  readonly name: string;
  readonly content: TemplateContent;
  /** sha256 hex of the canonical JSON of the content. */
  readonly specHash: string;
  readonly source: SourceLocation;
  /** Where each reference to an appliance resource is declared, by field path (e.g. `connections[1].network`). */
  readonly references: readonly TemplateReference[];
}

export type TemplateReferenceKind =
  'hardwareType' | 'enclosureGroup' | 'network' | 'networkSet' | 'firmwareBundle' | 'deploymentPlan';

export interface TemplateReference {
  readonly kind: TemplateReferenceKind;
  readonly name: string;
  /** Field path in the template's spec, e.g. `connections[0].network`. */
  readonly path: string;
  readonly source: SourceLocation;
}

/** The default values OneView gives a connection's optional fields. */
export const CONNECTION_DEFAULTS = { functionType: 'Ethernet', bootPriority: 'NotBootable' } as const;

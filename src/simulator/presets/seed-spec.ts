/**
 * What a simulated appliance starts from: the few facts a preset, the generator or an inventory snapshot gives.
 * The state builder turns it into full wire resources (oneview-api.md shapes).
 */
export interface SeedSpec {
  readonly enclosureGroups: readonly SeedEnclosureGroup[];
  readonly logicalEnclosures: readonly SeedLogicalEnclosure[];
  readonly enclosures: readonly SeedEnclosure[];
  readonly hardwareTypes: readonly SeedHardwareType[];
  readonly hardware: readonly SeedHardware[];
  readonly networks: readonly SeedNetwork[];
  readonly networkSets: readonly SeedNetworkSet[];
  readonly fcNetworks: readonly SeedFcNetwork[];
  readonly firmwareBundles: readonly SeedFirmwareBundle[];
  readonly goldenImages: readonly SeedGoldenImage[];
  readonly deploymentPlans: readonly SeedDeploymentPlan[];
  readonly templates: readonly SeedTemplate[];
  readonly profiles: readonly SeedProfile[];
  readonly deploymentServer: { readonly name: string } | null;
}

export interface SeedEnclosureGroup {
  readonly uri: string;
  readonly name: string;
  /** OS deployment managed by Image Streamer (deploymentMode Internal). */
  readonly osDeployment: boolean;
}

export interface SeedLogicalEnclosure {
  readonly uri: string;
  readonly name: string;
  readonly enclosureGroupUri: string;
  readonly enclosureUris: readonly string[];
}

export interface SeedEnclosure {
  readonly uri: string;
  readonly name: string;
  readonly serialNumber: string;
  readonly enclosureGroupUri: string | null;
  readonly logicalEnclosureUri: string | null;
  readonly bayCount: number;
}

export interface SeedHardwareType {
  readonly uri: string;
  readonly name: string;
  readonly model: string;
}

export type SeedPowerState = 'On' | 'Off';
export type SeedHealth = 'OK' | 'Warning' | 'Critical' | 'Disabled' | 'Unknown';

export interface SeedHardware {
  readonly uri: string;
  readonly name: string;
  readonly serialNumber: string;
  readonly hardwareTypeUri: string;
  readonly enclosureGroupUri: string | null;
  readonly enclosureUri: string | null;
  readonly bay: number | null;
  readonly powerState: SeedPowerState;
  readonly status: SeedHealth;
}

export interface SeedNetwork {
  readonly uri: string;
  readonly name: string;
  readonly vlanId: number;
  readonly purpose: 'General' | 'Management' | 'ISCSI';
}

export interface SeedNetworkSet {
  readonly uri: string;
  readonly name: string;
  /** Ethernet networks of the set. */
  readonly networkUris: readonly string[];
  readonly nativeNetworkUri: string | null;
}

export interface SeedFcNetwork {
  readonly uri: string;
  readonly name: string;
  readonly fabricType: 'FabricAttach' | 'DirectAttach';
}

/** A firmware bundle (service pack) uploaded to the appliance: what a template's firmware baseline names. */
export interface SeedFirmwareBundle {
  /** /rest/firmware-drivers/<resourceId>. */
  readonly uri: string;
  readonly name: string;
  readonly version: string;
  readonly baselineShortName: string;
  readonly isoFileName: string;
  readonly releaseDate: string;
}

export interface SeedGoldenImage {
  /** Image Streamer id (the resource is /rest/golden-images/<id> on the Image Streamer). */
  readonly id: string;
  readonly name: string;
  readonly osType: string;
}

export type SeedAttributeType =
  'string' | 'password' | 'ipv4' | 'hostname' | 'fqdn' | 'number' | 'option' | 'nic';

export interface SeedPlanAttribute {
  readonly name: string;
  readonly type: SeedAttributeType;
  readonly editable: boolean;
  readonly defaultValue: string;
}

export interface SeedDeploymentPlan {
  /** OneView mirror URI: /rest/os-deployment-plans/<id>. */
  readonly uri: string;
  /** Image Streamer id: /rest/deployment-plans/<id> there. */
  readonly id: string;
  readonly name: string;
  readonly goldenImageId: string | null;
  readonly attributes: readonly SeedPlanAttribute[];
  /** Consul services the OS brings up when it boots (a simulator fact; not part of OneView). */
  readonly services: readonly string[];
}

export interface SeedTemplate {
  readonly uri: string;
  readonly name: string;
  readonly hardwareTypeUri: string | null;
  readonly enclosureGroupUri: string | null;
  readonly deploymentPlanUri: string | null;
  /** The OS lives on local disks (installed from virtual media): a RAID1 boot drive and a management connection. */
  readonly osOnLocalDisk?: boolean;
}

export interface SeedProfile {
  readonly uri: string;
  readonly name: string;
  readonly description: string;
  readonly hardwareUri: string | null;
  readonly templateUri: string | null;
  readonly deploymentPlanUri: string | null;
  readonly customAttributes: Readonly<Record<string, string>>;
}

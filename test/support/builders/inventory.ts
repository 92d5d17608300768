import { createHash } from 'node:crypto';
import { bareTemplateContent } from '../../../src/core/template/template-content.js';
import { inventoryFingerprint } from '../../../src/core/observed/inventory-fingerprint.js';
import type { DesiredNode } from '../../../src/core/desired/desired-state.js';
import type {
  DeploymentPlanAttribute,
  InventorySnapshot,
  ObservedDeploymentPlan,
  ObservedHardware,
  ObservedProfile,
  ObservedTemplate,
} from '../../../src/core/observed/inventory.js';
import { formatStamp, parseStamp, type Stamp } from '../../../src/core/stamp/stamp.js';

/** Builders for inventory snapshots shaped like the `synergy-demo` site (3 frames of 12 bays). */

export const FRAMES = ['SYN-FRAME-01', 'SYN-FRAME-02', 'SYN-FRAME-03'] as const;
export const GEN10 = '/rest/server-hardware-types/sy480-gen10-1';
export const GEN9 = '/rest/server-hardware-types/sy480-gen9-1';
export const EG = '/rest/enclosure-groups/eg-i3s';
export const REVISION = 'abcdef0123456789abcdef0123456789abcdef01';

export function hardwareUri(frame: number, bay: number): string {
  return `/rest/server-hardware/f${frame}b${String(bay).padStart(2, '0')}`;
}

function attr(
  name: string,
  type: DeploymentPlanAttribute['type'] = 'string',
  defaultValue = '',
): DeploymentPlanAttribute {
  return { name, type, editable: true, defaultValue };
}

const BASE_ATTRS = ['SERVER_FQDN', 'CONSUL_FQDN', 'DATADOG_TAG', 'VLAN_ID'];
const OPENSTACK = ['SERVER_IP', 'SERVER_MASK', 'SERVER_GW', 'DNS_IP'];

const PLANS: readonly [template: string, plan: string, image: string, type: string, extra: string[]][] = [
  ['spt-docker-centos74', 'DP-Docker-CentOS-7.4', 'GI-CentOS-7.4-x64', GEN10, []],
  ['spt-docker-fedora27', 'DP-Docker-Fedora-27', 'GI-Fedora-27-x64', GEN10, []],
  ['spt-k8s-master', 'DP-K8S-Master-Fedora-27', 'GI-Fedora-27-x64', GEN10, ['K8S_CLUSTER_NAME']],
  ['spt-k8s-worker', 'DP-K8S-Worker-Fedora-27', 'GI-Fedora-27-x64', GEN10, ['K8S_CLUSTER_NAME']],
  [
    'spt-openstack-aio',
    'DP-OpenStack-AIO-CentOS-7.4',
    'GI-CentOS-7.4-x64',
    GEN9,
    [...OPENSTACK, 'IP_ALLOC_POOL_START', 'IP_ALLOC_POOL_END', 'NEUTRON_EXT_CIDR', 'NEUTRON_EXT_GW'],
  ],
  ['spt-openstack-compute', 'DP-OpenStack-Compute-CentOS-7.4', 'GI-CentOS-7.4-x64', GEN9, OPENSTACK],
];

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

export function demoHardware(frames = 3, bays = 12): ObservedHardware[] {
  const out: ObservedHardware[] = [];
  for (let f = 1; f <= frames; f++) {
    for (let b = 1; b <= bays; b++) {
      out.push({
        uri: hardwareUri(f, b),
        name: `SYN-FRAME-${String(f).padStart(2, '0')}, bay ${b}`,
        serialNumber: `SN${String(f).padStart(2, '0')}${String(b).padStart(2, '0')}`,
        hardwareTypeUri: b <= 8 ? GEN10 : GEN9,
        enclosureGroupUri: EG,
        enclosureUri: `/rest/enclosures/frame-${f}`,
        bay: b,
        powerState: 'Off',
        powerLock: false,
        state: 'NoProfileApplied',
        status: 'OK',
        profileUri: null,
        eTag: `hw-${f}-${b}-1`,
      });
    }
  }
  return out;
}

/** The demo site's inventory with no profile at all. */
export function demoInventory(options: { frames?: number; bays?: number } = {}): InventorySnapshot {
  const frames = options.frames ?? 3;
  const templates: ObservedTemplate[] = PLANS.map(([t, p, , type]) => ({
    uri: `/rest/server-profile-templates/${slug(t)}`,
    name: t,
    hardwareTypeUri: type,
    enclosureGroupUri: EG,
    deploymentPlanUri: `/rest/os-deployment-plans/${slug(p)}`,
    eTag: `${t}-1`,
    description: '',
    stamp: null,
    content: bareTemplateContent(type, EG, `/rest/os-deployment-plans/${slug(p)}`),
  }));
  const deploymentPlans: ObservedDeploymentPlan[] = PLANS.map(([, p, image, , extra]) => ({
    uri: `/rest/os-deployment-plans/${slug(p)}`,
    name: p,
    id: slug(p),
    goldenImageUri: `/rest/golden-images/${slug(image)}`,
    attributes: [...BASE_ATTRS, ...extra].map((n) => attr(n)).concat(attr('ManagementNIC', 'nic')),
  }));
  return withFingerprint({
    formatVersion: 1,
    appliance: 'https://oneview.dc1.example.org',
    apiVersion: 2000,
    takenAt: '2026-01-01T00:00:00.000Z',
    fingerprint: '',
    enclosures: Array.from({ length: frames }, (_, i) => ({
      uri: `/rest/enclosures/frame-${i + 1}`,
      name: `SYN-FRAME-${String(i + 1).padStart(2, '0')}`,
      serialNumber: `ENC0${i + 1}`,
      enclosureGroupUri: EG,
    })),
    enclosureGroups: [{ uri: EG, name: 'EG-I3S' }],
    hardwareTypes: [
      { uri: GEN10, name: 'SY 480 Gen10 1', portMaxMbps: { 'Mezz 3:1': 20000, 'Mezz 3:2': 20000 } },
      { uri: GEN9, name: 'SY 480 Gen9 1', portMaxMbps: { 'Mezz 3:1': 20000, 'Mezz 3:2': 20000 } },
    ],
    hardware: demoHardware(frames, options.bays ?? 12),
    templates,
    profiles: [],
    deploymentPlans,
    goldenImages: [
      { uri: '/rest/golden-images/gi-centos-7-4-x64', name: 'GI-CentOS-7.4-x64', id: 'gi-centos-7-4-x64' },
      { uri: '/rest/golden-images/gi-fedora-27-x64', name: 'GI-Fedora-27-x64', id: 'gi-fedora-27-x64' },
    ],
    networks: [
      { uri: '/rest/ethernet-networks/deploy', name: 'I3S-Deployment' },
      { uri: '/rest/ethernet-networks/mgmt', name: 'Management' },
    ],
    networkSets: [{ uri: '/rest/network-sets/prod', name: 'Production' }],
    firmwareBundles: [
      { uri: '/rest/firmware-drivers/spp-2024-01', name: 'SPP-2024.01', version: '2024.01' },
      { uri: '/rest/firmware-drivers/spp-2024-07', name: 'SPP-2024.07', version: '2024.07' },
      { uri: '/rest/firmware-drivers/ssp-2023-10-01', name: 'SSP 2023.10.01', version: 'SY-2023.10.01' },
      { uri: '/rest/firmware-drivers/ssp-2024-04-02', name: 'SSP 2024.04.02', version: 'SY-2024.04.02' },
    ],
  });
}

export function withFingerprint(snapshot: InventorySnapshot): InventorySnapshot {
  return { ...snapshot, fingerprint: inventoryFingerprint(snapshot, createHash('sha256')) };
}

export interface ProfileInput {
  readonly name: string;
  readonly hardwareUri: string | null;
  /** Stamp fields; `null` for an unstamped (foreign) profile. */
  readonly stamp?: Partial<Stamp> | null;
  readonly template?: string;
  readonly customAttributes?: Readonly<Record<string, string>>;
  readonly profile?: Partial<ObservedProfile>;
  /** Hardware patch applied with the profile (default: ProfileApplied, On). */
  readonly hardware?: Partial<ObservedHardware>;
}

/** Adds a profile on a piece of hardware, marking the hardware as carrying it. */
export function withProfile(snapshot: InventorySnapshot, input: ProfileInput): InventorySnapshot {
  const template = snapshot.templates.find((t) => t.name === (input.template ?? 'spt-docker-centos74'))!;
  const uri = `/rest/server-profiles/${slug(input.name)}`;
  const stamp =
    input.stamp === null
      ? null
      : {
          site: 'dc1',
          node: input.name,
          spec: '0000000000000000',
          rev: REVISION.slice(0, 12),
          gen: 1,
          ...input.stamp,
        };
  const description = stamp === null ? 'Built by hand' : formatStamp(stamp);
  const profile: ObservedProfile = {
    uri,
    name: input.name,
    description,
    stamp: parseStamp(description),
    hardwareUri: input.hardwareUri,
    templateUri: template.uri,
    deploymentPlanUri: template.deploymentPlanUri,
    customAttributes: input.customAttributes ?? {},
    state: 'Normal',
    status: 'OK',
    inProgress: false,
    taskUri: null,
    eTag: `${input.name}-1`,
    templateCompliance: 'Compliant',
    complianceIssues: [],
    sections: null,
    ...input.profile,
  };
  return withFingerprint({
    ...snapshot,
    profiles: [...snapshot.profiles, profile],
    hardware: snapshot.hardware.map((h) =>
      h.uri === input.hardwareUri
        ? { ...h, state: 'ProfileApplied', powerState: 'On', profileUri: uri, ...input.hardware }
        : h,
    ),
  });
}

/** A ready, stamped profile for a desired node, matching its spec. */
export function withNodeProfile(
  snapshot: InventorySnapshot,
  node: DesiredNode,
  hardware: string,
  extra: Partial<ProfileInput> = {},
): InventorySnapshot {
  return withProfile(snapshot, {
    name: node.name,
    hardwareUri: hardware,
    stamp: { node: node.name, spec: node.specHash.slice(0, 16) },
    template: node.profileTemplate,
    // As OneView shows it: the NIC attribute expanded to its five keys.
    customAttributes: {
      ...node.attributes,
      'ManagementNIC.connectionid': '1',
      'ManagementNIC.constraint': 'auto',
      'ManagementNIC.dhcp': 'false',
      'ManagementNIC.ipv4disable': 'false',
      'ManagementNIC.networkuri': '',
    },
    ...extra,
  });
}

export function patchHardware(
  snapshot: InventorySnapshot,
  uri: string,
  patch: Partial<ObservedHardware>,
): InventorySnapshot {
  return withFingerprint({
    ...snapshot,
    hardware: snapshot.hardware.map((h) => (h.uri === uri ? { ...h, ...patch } : h)),
  });
}

export function removeHardware(snapshot: InventorySnapshot, uri: string): InventorySnapshot {
  return withFingerprint({ ...snapshot, hardware: snapshot.hardware.filter((h) => h.uri !== uri) });
}

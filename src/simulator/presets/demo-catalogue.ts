import { stableGuid } from '../state/ids.js';
import type {
  SeedDeploymentPlan,
  SeedFcNetwork,
  SeedFirmwareBundle,
  SeedGoldenImage,
  SeedNetwork,
  SeedNetworkSet,
  SeedPlanAttribute,
  SeedTemplate,
} from './seed-spec.js';

/** The OS builds of the demo site (site table): templates -> deployment plans -> golden images -> services. */
const BASE_ATTRIBUTES = ['SERVER_FQDN', 'CONSUL_FQDN', 'DATADOG_TAG', 'VLAN_ID'];
const OPENSTACK_NET = ['SERVER_IP', 'SERVER_MASK', 'SERVER_GW', 'DNS_IP'];

const attributeTypes: Record<string, SeedPlanAttribute['type']> = {
  SERVER_FQDN: 'fqdn',
  CONSUL_FQDN: 'fqdn',
  VLAN_ID: 'number',
  SERVER_IP: 'ipv4',
  SERVER_MASK: 'ipv4',
  SERVER_GW: 'ipv4',
  DNS_IP: 'ipv4',
  IP_ALLOC_POOL_START: 'ipv4',
  IP_ALLOC_POOL_END: 'ipv4',
};

interface Build {
  readonly template: string;
  readonly generation: 'Gen10' | 'Gen9';
  readonly plan: string;
  readonly image: string;
  readonly attributes: readonly string[];
  readonly services: readonly string[];
}

export const DEMO_BUILDS: readonly Build[] = [
  {
    template: 'spt-docker-centos74',
    generation: 'Gen10',
    plan: 'DP-Docker-CentOS-7.4',
    image: 'GI-CentOS-7.4-x64',
    attributes: BASE_ATTRIBUTES,
    services: ['docker'],
  },
  {
    template: 'spt-docker-fedora27',
    generation: 'Gen10',
    plan: 'DP-Docker-Fedora-27',
    image: 'GI-Fedora-27-x64',
    attributes: BASE_ATTRIBUTES,
    services: ['docker'],
  },
  {
    template: 'spt-k8s-master',
    generation: 'Gen10',
    plan: 'DP-K8S-Master-Fedora-27',
    image: 'GI-Fedora-27-x64',
    attributes: [...BASE_ATTRIBUTES, 'K8S_CLUSTER_NAME'],
    services: ['kube-apiserver'],
  },
  {
    template: 'spt-k8s-worker',
    generation: 'Gen10',
    plan: 'DP-K8S-Worker-Fedora-27',
    image: 'GI-Fedora-27-x64',
    attributes: [...BASE_ATTRIBUTES, 'K8S_CLUSTER_NAME'],
    services: ['kubelet'],
  },
  {
    template: 'spt-openstack-aio',
    generation: 'Gen9',
    plan: 'DP-OpenStack-AIO-CentOS-7.4',
    image: 'GI-CentOS-7.4-x64',
    attributes: [
      ...BASE_ATTRIBUTES,
      ...OPENSTACK_NET,
      'IP_ALLOC_POOL_START',
      'IP_ALLOC_POOL_END',
      'NEUTRON_EXT_CIDR',
      'NEUTRON_EXT_GW',
    ],
    services: ['nova-api'],
  },
  {
    template: 'spt-openstack-compute',
    generation: 'Gen9',
    plan: 'DP-OpenStack-Compute-CentOS-7.4',
    image: 'GI-CentOS-7.4-x64',
    attributes: [...BASE_ATTRIBUTES, ...OPENSTACK_NET],
    services: ['nova-compute'],
  },
];

export const HARDWARE_TYPES = {
  Gen10: { name: 'SY 480 Gen10 1', model: 'HPE Synergy 480 Gen10 Compute Module' },
  Gen9: { name: 'SY 480 Gen9 1', model: 'HPE Synergy 480 Gen9 Compute Module' },
} as const;

export function hardwareTypeUri(generation: 'Gen10' | 'Gen9'): string {
  return `/rest/server-hardware-types/${stableGuid(`sht:${generation}`, true)}`;
}

export const ENCLOSURE_GROUP_URI = `/rest/enclosure-groups/${stableGuid('eg:EG-I3S')}`;
export const LOGICAL_ENCLOSURE_URI = `/rest/logical-enclosures/${stableGuid('le:LE-SYNERGY-01')}`;

export const DEMO_NETWORKS: readonly SeedNetwork[] = [
  {
    uri: `/rest/ethernet-networks/${stableGuid('net:deploy')}`,
    name: 'I3S-Deployment',
    vlanId: 100,
    purpose: 'ISCSI',
  },
  {
    uri: `/rest/ethernet-networks/${stableGuid('net:mgmt')}`,
    name: 'Management',
    vlanId: 210,
    purpose: 'Management',
  },
  {
    uri: `/rest/ethernet-networks/${stableGuid('net:prod-300')}`,
    name: 'Prod-VLAN-300',
    vlanId: 300,
    purpose: 'General',
  },
  {
    uri: `/rest/ethernet-networks/${stableGuid('net:prod-301')}`,
    name: 'Prod-VLAN-301',
    vlanId: 301,
    purpose: 'General',
  },
  {
    uri: `/rest/ethernet-networks/${stableGuid('net:backup-400')}`,
    name: 'Backup-VLAN-400',
    vlanId: 400,
    purpose: 'General',
  },
];

function networkUri(name: string): string {
  const n = DEMO_NETWORKS.find((x) => x.name === name);
  if (!n) throw new Error(`no demo network ${name}`);
  return n.uri;
}

/** Network sets: the production VLANs as one trunk. */
export const DEMO_NETWORK_SETS: readonly SeedNetworkSet[] = [
  {
    uri: `/rest/network-sets/${stableGuid('netset:prod')}`,
    name: 'Prod-Set',
    networkUris: [networkUri('Prod-VLAN-300'), networkUri('Prod-VLAN-301')],
    nativeNetworkUri: null,
  },
];

export const DEMO_FC_NETWORKS: readonly SeedFcNetwork[] = [
  { uri: `/rest/fc-networks/${stableGuid('fc:san-a')}`, name: 'SAN-A', fabricType: 'FabricAttach' },
  { uri: `/rest/fc-networks/${stableGuid('fc:san-b')}`, name: 'SAN-B', fabricType: 'FabricAttach' },
];

function bundle(name: string, version: string, short: string, iso: string, date: string): SeedFirmwareBundle {
  return {
    uri: `/rest/firmware-drivers/${iso.replace(/\.iso$/, '').replace(/\./g, '_')}`,
    name,
    version,
    baselineShortName: short,
    isoFileName: iso,
    releaseDate: date,
  };
}

/** Firmware bundles uploaded to the demo appliance: two Synergy service packs and a ProLiant one. */
export const DEMO_FIRMWARE_BUNDLES: readonly SeedFirmwareBundle[] = [
  bundle(
    'HPE Synergy Service Pack',
    'SY-2023.10.01',
    'SSP 2023.10.01',
    'HPE_Synergy_SSP_SY-2023.10.01.iso',
    '2023-10-20T00:00:00.000Z',
  ),
  bundle(
    'HPE Synergy Service Pack',
    'SY-2024.04.02',
    'SSP 2024.04.02',
    'HPE_Synergy_SSP_SY-2024.04.02.iso',
    '2024-04-26T00:00:00.000Z',
  ),
  bundle(
    'Service Pack for ProLiant',
    '2023.09.00.00',
    'SPP 2023.09.00.00',
    'P71498_001_spp-2023.09.00.00-SPP2023090000.2023_0908.14.iso',
    '2023-09-08T00:00:00.000Z',
  ),
];

export function demoGoldenImages(): SeedGoldenImage[] {
  return ['GI-CentOS-7.4-x64', 'GI-Fedora-27-x64'].map((name) => ({
    id: stableGuid(`gi:${name}`),
    name,
    osType: name.includes('CentOS') ? 'CentOS' : 'Fedora',
  }));
}

export function demoDeploymentPlans(): SeedDeploymentPlan[] {
  return DEMO_BUILDS.map((b) => ({
    uri: `/rest/os-deployment-plans/${stableGuid(`osdp:${b.plan}`)}`,
    id: stableGuid(`dp:${b.plan}`),
    name: b.plan,
    goldenImageId: stableGuid(`gi:${b.image}`),
    attributes: [
      ...b.attributes.map((name) => ({
        name,
        type: attributeTypes[name] ?? 'string',
        editable: true,
        defaultValue: name === 'CONSUL_FQDN' ? 'consul.dc1.example.org' : '',
      })),
      { name: 'ManagementNIC', type: 'nic' as const, editable: true, defaultValue: '' },
    ],
    services: b.services,
  }));
}

export function demoTemplates(plans: readonly SeedDeploymentPlan[]): SeedTemplate[] {
  return [
    ...DEMO_BUILDS.map((b) => ({
      uri: `/rest/server-profile-templates/${stableGuid(`spt:${b.template}`)}`,
      name: b.template,
      hardwareTypeUri: hardwareTypeUri(b.generation),
      enclosureGroupUri: ENCLOSURE_GROUP_URI,
      deploymentPlanUri: plans.find((p) => p.name === b.plan)?.uri ?? null,
    })),
    // For OS installs from the iLO's virtual media: no deployment plan, the OS on a local RAID1 drive.
    {
      uri: `/rest/server-profile-templates/${stableGuid('spt:spt-rocky9-local')}`,
      name: 'spt-rocky9-local',
      hardwareTypeUri: hardwareTypeUri('Gen10'),
      enclosureGroupUri: ENCLOSURE_GROUP_URI,
      deploymentPlanUri: null,
      osOnLocalDisk: true,
    },
  ];
}

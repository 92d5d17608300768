import { stableGuid } from '../state/ids.js';
import type {
  SeedDeploymentPlan,
  SeedGoldenImage,
  SeedNetwork,
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
  return DEMO_BUILDS.map((b) => ({
    uri: `/rest/server-profile-templates/${stableGuid(`spt:${b.template}`)}`,
    name: b.template,
    hardwareTypeUri: hardwareTypeUri(b.generation),
    enclosureGroupUri: ENCLOSURE_GROUP_URI,
    deploymentPlanUri: plans.find((p) => p.name === b.plan)?.uri ?? null,
  }));
}

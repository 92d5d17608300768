import type { DesiredNode } from '../../../src/core/desired/desired-state.js';
import { desiredNode, poolNodes } from './desired.js';

const K8S = (name: string) => ({
  profileTemplate: 'spt-k8s-worker',
  plan: 'k8s-worker',
  deploymentPlan: { name: 'DP-K8S-Worker-Fedora-27', id: null },
  attributes: {
    SERVER_FQDN: `${name}.dc1.example.org`,
    CONSUL_FQDN: 'consul.dc1.example.org',
    DATADOG_TAG: 'k8s-worker',
    VLAN_ID: '210',
    K8S_CLUSTER_NAME: 'dc1-k8s',
  },
});

function openstack(name: string, ip: string, aio: boolean): Partial<DesiredNode> {
  const extra: Record<string, string> = aio
    ? {
        IP_ALLOC_POOL_START: '10.1.0.100',
        IP_ALLOC_POOL_END: '10.1.0.200',
        NEUTRON_EXT_CIDR: '10.2.0.0/24',
        NEUTRON_EXT_GW: '10.2.0.1',
      }
    : {};
  return {
    profileTemplate: aio ? 'spt-openstack-aio' : 'spt-openstack-compute',
    plan: aio ? 'openstack-aio' : 'openstack-compute',
    deploymentPlan: {
      name: aio ? 'DP-OpenStack-AIO-CentOS-7.4' : 'DP-OpenStack-Compute-CentOS-7.4',
      id: null,
    },
    attributes: {
      SERVER_FQDN: `${name}.dc1.example.org`,
      CONSUL_FQDN: 'consul.dc1.example.org',
      DATADOG_TAG: 'openstack',
      VLAN_ID: '220',
      SERVER_IP: ip,
      SERVER_MASK: '255.255.255.0',
      SERVER_GW: '10.1.0.1',
      DNS_IP: '10.1.0.2',
      ...extra,
    },
  };
}

/** The 11 desired nodes of example-repo/ (site dc1). */
export function demoNodes(): DesiredNode[] {
  const master = desiredNode({
    name: 'k8s-master-01',
    ...K8S('k8s-master-01'),
    profileTemplate: 'spt-k8s-master',
    plan: 'k8s-master',
    deploymentPlan: { name: 'DP-K8S-Master-Fedora-27', id: null },
    attributes: { ...K8S('k8s-master-01').attributes, DATADOG_TAG: 'k8s-master' },
    hardware: { pin: { enclosure: 'SYN-FRAME-01', bay: 1 } },
  });
  const workers = [1, 2, 3, 4].map((i) => {
    const name = `k8s-w-0${i}`;
    return desiredNode({
      name,
      pool: 'k8s-workers',
      index: i,
      ...K8S(name),
      hardware: { spread: 'enclosure' },
      dependsOn: ['k8s-master-01'],
    });
  });
  const docker = poolNodes('docker-hosts', 'docker', 3);
  const aio = desiredNode({
    name: 'openstack-aio-01',
    ...openstack('openstack-aio-01', '10.1.0.10', true),
    hardware: { serverHardwareType: 'SY 480 Gen9 1', pin: { enclosure: 'SYN-FRAME-02', bay: 9 } },
  });
  const compute = [1, 2].map((i) => {
    const name = `os-compute-0${i}`;
    return desiredNode({
      name,
      pool: 'openstack-compute',
      index: i,
      ...openstack(name, `10.1.0.${20 + i}`, false),
      hardware: { serverHardwareType: 'SY 480 Gen9 1' },
      dependsOn: ['openstack-aio-01'],
    });
  });
  return [master, ...workers, ...docker, aio, ...compute];
}

import { stableGuid } from './ids.js';

export interface ConsulService {
  readonly id: string;
  readonly service: string;
  readonly port: number;
}

export interface ConsulNode {
  readonly node: string;
  readonly id: string;
  readonly address: string;
  readonly hardwareUri: string;
  readonly services: readonly ConsulService[];
  serfStatus: 'passing' | 'critical';
  readonly createIndex: number;
  modifyIndex: number;
}

const SERVICE_PORTS: Record<string, number> = {
  docker: 2376,
  kubelet: 10250,
  'kube-apiserver': 6443,
  'nova-api': 8774,
  'nova-compute': 0,
};

/** The Consul catalog: nodes that booted and joined, with a serf health check and their services. */
export class ConsulCatalog {
  private readonly nodes = new Map<string, ConsulNode>();
  private index = 10;

  constructor(readonly datacenter: string) {}

  register(node: string, address: string, hardwareUri: string, services: readonly string[]): ConsulNode {
    this.deregisterHardware(hardwareUri);
    const entry: ConsulNode = {
      node,
      id: stableGuid(`consul:${node}`),
      address,
      hardwareUri,
      services: services.map((service) => ({ id: service, service, port: SERVICE_PORTS[service] ?? 0 })),
      serfStatus: 'passing',
      createIndex: ++this.index,
      modifyIndex: this.index,
    };
    this.nodes.set(node, entry);
    return entry;
  }

  deregisterHardware(hardwareUri: string): boolean {
    let removed = false;
    for (const [name, n] of this.nodes)
      if (n.hardwareUri === hardwareUri) {
        this.nodes.delete(name);
        removed = true;
      }
    if (removed) this.index++;
    return removed;
  }

  setSerfStatus(hardwareUri: string, status: 'passing' | 'critical'): void {
    for (const n of this.nodes.values())
      if (n.hardwareUri === hardwareUri && n.serfStatus !== status) {
        n.serfStatus = status;
        n.modifyIndex = ++this.index;
      }
  }

  get(node: string): ConsulNode | undefined {
    return this.nodes.get(node);
  }

  all(): ConsulNode[] {
    return [...this.nodes.values()].sort((a, b) => (a.node < b.node ? -1 : a.node > b.node ? 1 : 0));
  }

  lastIndex(): number {
    return this.index;
  }

  clear(): void {
    this.nodes.clear();
    this.index++;
  }
}

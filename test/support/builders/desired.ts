import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../src/core/desired/canonical-json.js';
import {
  specHashInput,
  type DesiredNode,
  type DesiredState,
  type Guards,
  type HardwareSpec,
  type PoolSpec,
  type RolloutSpec,
} from '../../../src/core/desired/desired-state.js';

/** Small builders for desired state, so planner tests do not depend on the declarations loader. */

export const DEFAULT_GUARDS: Guards = {
  maxDeletionsPerRun: 10,
  maxDeletionsPercent: 50,
  allowEmptyPools: false,
  autoDelete: false,
  maxConcurrentOperations: 8,
};

export const DEFAULT_ROLLOUT: RolloutSpec = { maxUnavailable: 1, maxSurge: 0, maxInFlight: 4 };

export type NodeInput = Partial<Omit<DesiredNode, 'hardware' | 'specHash'>> & {
  readonly name: string;
  readonly hardware?: Partial<HardwareSpec>;
  /** Pool name and index; sets `owner`. */
  readonly pool?: string;
  readonly index?: number;
};

export function specHashOf(node: Parameters<typeof specHashInput>[0]): string {
  return createHash('sha256')
    .update(canonicalJson(specHashInput(node)))
    .digest('hex');
}

/** A docker-centos74 node of the demo site unless told otherwise; the spec hash is computed. */
export function desiredNode(input: NodeInput): DesiredNode {
  const { pool, index, hardware, ...rest } = input;
  const fqdn = rest.fqdn ?? `${input.name}.dc1.example.org`;
  const base: Omit<DesiredNode, 'specHash'> = {
    owner:
      pool === undefined
        ? { kind: 'Node', name: input.name }
        : { kind: 'NodePool', name: pool, index: index ?? 1 },
    plan: 'docker-centos74',
    profileTemplate: 'spt-docker-centos74',
    templateSpec: null,
    deploymentPlan: { name: 'DP-Docker-CentOS-7.4', id: null },
    goldenImage: null,
    osDeployment: null,
    attributes: {
      SERVER_FQDN: fqdn,
      CONSUL_FQDN: 'consul.dc1.example.org',
      DATADOG_TAG: 'docker',
      VLAN_ID: '210',
    },
    fqdn,
    verify: {
      checks: [{ name: 'consul', type: 'consul', service: null }],
      stableForMs: 30_000,
      timeoutMs: 900_000,
    },
    rollout: DEFAULT_ROLLOUT,
    remediation: { enabled: true, strategy: 'recycle' },
    protected: false,
    dependsOn: [],
    source: {
      file: pool === undefined ? `nodes/${input.name}.yaml` : `pools/${pool}.yaml`,
      line: 1,
      column: 1,
    },
    ...rest,
    hardware: {
      serverHardwareType: 'SY 480 Gen10 1',
      enclosureGroup: 'EG-I3S',
      enclosures: null,
      spread: 'none',
      pin: null,
      ...hardware,
    },
    name: input.name,
  };
  // Object.assign onto a fresh object, not `{ ...base, specHash }`: such a copy with one more member gets a V8
  // hidden class of its own, unlike the nodes the loader builds (one literal each).
  return Object.assign({}, base, { specHash: specHashOf(base) });
}

/** A pool of `replicas` nodes named `<prefix>-NN`. */
export function poolNodes(
  pool: string,
  prefix: string,
  replicas: number,
  input: Partial<NodeInput> = {},
): DesiredNode[] {
  return Array.from({ length: replicas }, (_, i) =>
    desiredNode({ ...input, name: `${prefix}-${String(i + 1).padStart(2, '0')}`, pool, index: i + 1 }),
  );
}

export function desiredState(
  nodes: readonly DesiredNode[],
  options: { guards?: Partial<Guards>; rollouts?: Readonly<Record<string, Partial<RolloutSpec>>> } = {},
): DesiredState {
  const pools = new Map<string, DesiredNode[]>();
  for (const node of nodes) {
    if (node.owner.kind !== 'NodePool') continue;
    pools.set(node.owner.name, [...(pools.get(node.owner.name) ?? []), node]);
  }
  const poolSpecs: PoolSpec[] = [...pools.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, members]) => ({
      name,
      plan: members[0]!.plan,
      replicas: members.length,
      nodeNames: members.map((m) => m.name),
      dependsOn: [],
      rollout: { ...(members[0]?.rollout ?? DEFAULT_ROLLOUT), ...options.rollouts?.[name] },
      source: members[0]!.source,
    }));
  return {
    site: {
      name: 'dc1',
      oneview: {
        url: 'https://oneview.dc1.example.org',
        apiVersion: null,
        username: { env: 'OV_USERNAME' },
        password: { env: 'OV_PASSWORD' },
        authDomain: null,
        tls: { caFile: null, insecureSkipVerify: false },
      },
      imageStreamerUrl: null,
      consulUrl: null,
      guards: { ...DEFAULT_GUARDS, ...options.guards },
      maintenanceWindows: [],
      suspend: false,
      drift: 'correct',
      source: { file: 'site.yaml', line: 1, column: 1 },
    },
    pools: poolSpecs,
    nodes: [...nodes].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    plans: [],
    templates: [],
  };
}

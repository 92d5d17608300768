/**
 * Generated declaration repositories for the benchmarks: n / 50 pools of 50 replicas, 50 plans in chains three
 * deep, one Site. `changePools` rewrites some pools (an attribute every replica sets, so each of their nodes is
 * replaced) and drops others (their nodes are deleted), as a pull request that touches part of a site would.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const REPLICAS = 50;
const ROOT_PLANS = 10;
const MIDDLE_PLANS = 10;
const LEAF_PLANS = 30;

const header = (kind: string, name: string): string =>
  `apiVersion: phoenix/v1alpha1\nkind: ${kind}\nmetadata:\n  name: ${name}\n`;

export function poolYaml(p: number, extraAttribute: string | null = null): string {
  const dependsOn = p % 10 === 0 ? '' : `  dependsOn: [pool-${p - (p % 10)}]\n`;
  const extra = extraAttribute === null ? '' : `    RELEASE: '${extraAttribute}'\n`;
  return `${header('NodePool', `pool-${p}`)}spec:\n  plan: leaf-${p % LEAF_PLANS}\n  replicas: ${REPLICAS}\n  naming:\n    pattern: p${p}-n{index:03}\n    fqdn: '{name}.bench.example.org'\n  hardware: { spread: enclosure }\n  attributes:\n    NODE_INDEX: '{index}'\n    POOL: '{pool}'\n${extra}${dependsOn}  rollout: { maxUnavailable: '10%', maxSurge: 1 }\n  overrides:\n    p${p}-n001: { attributes: { CANARY: 'true' } }\n    p${p}-n002: { protected: true }\n`;
}

/** Writes a repository of `pools` pools into the empty folder `root`. */
export async function generateRepository(root: string, pools: number): Promise<void> {
  await mkdir(join(root, 'plans'), { recursive: true });
  await mkdir(join(root, 'pools'), { recursive: true });
  await writeFile(
    join(root, 'site.yaml'),
    `${header('Site', 'bench')}spec:\n  oneview:\n    url: https://oneview.bench.example.org\n    credentials:\n      username: { env: OV_USERNAME }\n      password: { env: OV_PASSWORD }\n  defaults:\n    hardware: { enclosureGroup: EG-1 }\n    verify: { stableFor: 30s, timeout: 30m }\n  guards: { autoDelete: true, maxDeletionsPercent: 100, maxDeletionsPerRun: 1000000 }\n`,
  );
  for (let i = 0; i < ROOT_PLANS; i += 1) {
    await writeFile(
      join(root, 'plans', `root-${i}.yaml`),
      `${header('Plan', `root-${i}`)}spec:\n  attributes:\n    SERVER_FQDN: '{fqdn}'\n    CONSUL_FQDN: consul.bench.example.org\n    VLAN_ID: '${200 + i}'\n  hardware:\n    serverHardwareType: SY 480 Gen10 1\n  verify:\n    checks:\n      - { name: consul-node, type: consul }\n  remediation: { enabled: true }\n`,
    );
  }
  for (let i = 0; i < MIDDLE_PLANS; i += 1) {
    await writeFile(
      join(root, 'plans', `middle-${i}.yaml`),
      `${header('Plan', `middle-${i}`)}spec:\n  extends: root-${i % ROOT_PLANS}\n  goldenImage: { name: GI-${i} }\n  attributes:\n    K8S_CLUSTER_NAME: cluster-${i}\n`,
    );
  }
  for (let i = 0; i < LEAF_PLANS; i += 1) {
    await writeFile(
      join(root, 'plans', `leaf-${i}.yaml`),
      `${header('Plan', `leaf-${i}`)}spec:\n  extends: middle-${i % MIDDLE_PLANS}\n  profileTemplate: spt-${i}\n  deploymentPlan: { name: DP-${i} }\n  attributes:\n    DATADOG_TAG: 'role:leaf-${i},site:{site}'\n  verify:\n    checks:\n      - { name: service, type: consul, service: svc-${i} }\n`,
    );
  }
  for (let p = 0; p < pools; p += 1) await writeFile(join(root, 'pools', `pool-${p}.yaml`), poolYaml(p));
}

/**
 * Changes about `share` of the pools of a generated repository: most get a new attribute (their nodes are
 * replaced), one in ten of those is removed instead (its nodes are deleted). Pools that others depend on stay.
 */
export async function changePools(root: string, pools: number, share: number): Promise<void> {
  const every = Math.max(1, Math.round(1 / share));
  for (let p = 0; p < pools; p += 1) {
    if (p % every !== 1) continue;
    const file = join(root, 'pools', `pool-${p}.yaml`);
    if (p % (every * 10) === 1) await rm(file);
    else await writeFile(file, poolYaml(p, 'r2'));
  }
}

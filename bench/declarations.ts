/**
 * Load, validate and resolve a generated repository of 10,000 nodes: 200 pools of 50 replicas, 50 plans in
 * chains three deep, one Site. Prints one JSON line with the time taken and the peak resident set size.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openWorkingTree } from '../src/adapters/working-tree/working-tree-source.js';
import { loadDesiredState } from '../src/declarations/load-desired-state.js';

const POOLS = 200;
const REPLICAS = 50;
const ROOT_PLANS = 10;
const MIDDLE_PLANS = 10;
const LEAF_PLANS = 30;

const header = (kind: string, name: string): string =>
  `apiVersion: phoenix/v1alpha1\nkind: ${kind}\nmetadata:\n  name: ${name}\n`;

async function generate(root: string): Promise<void> {
  await mkdir(join(root, 'plans'));
  await mkdir(join(root, 'pools'));
  await writeFile(
    join(root, 'site.yaml'),
    `${header('Site', 'bench')}spec:\n  oneview:\n    url: https://oneview.bench.example.org\n    credentials:\n      username: { env: OV_USERNAME }\n      password: { env: OV_PASSWORD }\n  defaults:\n    hardware: { enclosureGroup: EG-1 }\n    verify: { stableFor: 30s, timeout: 30m }\n`,
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
  for (let p = 0; p < POOLS; p += 1) {
    const dependsOn = p % 10 === 0 || p === 0 ? '' : `  dependsOn: [pool-${p - (p % 10)}]\n`;
    await writeFile(
      join(root, 'pools', `pool-${p}.yaml`),
      `${header('NodePool', `pool-${p}`)}spec:\n  plan: leaf-${p % LEAF_PLANS}\n  replicas: ${REPLICAS}\n  naming:\n    pattern: p${p}-n{index:03}\n    fqdn: '{name}.bench.example.org'\n  hardware: { spread: enclosure }\n  attributes:\n    NODE_INDEX: '{index}'\n    POOL: '{pool}'\n${dependsOn}  rollout: { maxUnavailable: '10%', maxSurge: 1 }\n  overrides:\n    p${p}-n001: { attributes: { CANARY: 'true' } }\n    p${p}-n002: { protected: true }\n`,
    );
  }
}

const root = await mkdtemp(join(tmpdir(), 'phoenix-bench-declarations-'));
try {
  await generate(root);
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await loadDesiredState(await openWorkingTree(root));
  const ms = performance.now() - start;
  const cpuUsed = process.cpuUsage(cpu);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (result.desired === null || errors.length > 0)
    throw new Error(`generated repository is invalid: ${JSON.stringify(errors.slice(0, 3))}`);
  process.stdout.write(
    `${JSON.stringify({
      bench: 'declarations',
      files: result.files,
      plans: result.desired.plans.length,
      pools: result.desired.pools.length,
      nodes: result.desired.nodes.length,
      ms: Math.round(ms),
      cpuMs: Math.round((cpuUsed.user + cpuUsed.system) / 1000),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      targets: { ms: 1000, peakRssMb: 300 },
    })}\n`,
  );
} finally {
  await rm(root, { recursive: true, force: true });
}

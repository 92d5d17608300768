/**
 * 10,000 nodes over 200 server profile templates: load the declarations and plan them against an inventory of
 * 12,000 free bays, once with the 200 templates declared (ProfileTemplate, hashed into each node's spec) and
 * once with the same Plans naming 200 existing, unmanaged templates. Each variant runs in a process of its own
 * so that its peak resident set size is its own. Prints one JSON line with both, next to the target.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { openWorkingTree } from '../src/adapters/working-tree/working-tree-source.js';
import { EMPTY_LEDGER_VIEW } from '../src/core/ledger/ledger-view.js';
import type { InventorySnapshot, ObservedTemplate } from '../src/core/observed/inventory.js';
import { buildPlan } from '../src/core/plan/build-plan.js';
import { DEFAULT_PLAN_OPTIONS } from '../src/core/plan/plan-options.js';
import { loadDesiredState } from '../src/declarations/load-desired-state.js';
import { demoInventory, GEN10, REVISION } from '../test/support/builders/inventory.js';

const TEMPLATES = 200;
const REPLICAS = 50;
const TARGET_MS = 10_000;

const header = (kind: string, name: string): string =>
  `apiVersion: phoenix/v1alpha1\nkind: ${kind}\nmetadata:\n  name: ${name}\n`;

async function generate(root: string, declared: boolean): Promise<void> {
  for (const dir of ['plans', 'pools', 'templates']) await mkdir(join(root, dir));
  await writeFile(
    join(root, 'site.yaml'),
    `${header('Site', 'dc1')}spec:\n  oneview:\n    url: https://oneview.bench.example.org\n    credentials:\n      username: { env: OV_USERNAME }\n      password: { env: OV_PASSWORD }\n  guards: { maxConcurrentOperations: 16 }\n  defaults:\n    hardware: { enclosureGroup: EG-I3S, serverHardwareType: SY 480 Gen10 1 }\n`,
  );
  if (declared) {
    await writeFile(
      join(root, 'templates', 'base.yaml'),
      `${header('ProfileTemplate', 'base')}spec:\n  serverHardwareType: SY 480 Gen10 1\n  enclosureGroup: EG-I3S\n  connections:\n    - { id: 1, portId: 'Mezz 3:1-a', network: I3S-Deployment, requestedMbps: 2500, bootPriority: Primary }\n    - { id: 2, portId: 'Mezz 3:2-a', network: Management, requestedMbps: 2500 }\n  bootMode: { mode: UEFIOptimized }\n  bootOrder: [HardDisk]\n  bios: { WorkloadProfile: Virtualization-MaxPerformance }\n  firmware: { baseline: SPP-2024.01 }\n  deploymentPlan: { name: DP-Docker-CentOS-7.4 }\n`,
    );
  }
  for (let t = 0; t < TEMPLATES; t += 1) {
    const name = `tpl-${String(t).padStart(3, '0')}`;
    if (declared)
      await writeFile(
        join(root, 'templates', `${name}.yaml`),
        `${header('ProfileTemplate', name)}spec:\n  extends: base\n  bios: { MinProcIdlePower: '${t % 2 === 0 ? 'C6' : 'NoCStates'}', ServerOtherInfo: '${name}' }\n`,
      );
    await writeFile(
      join(root, 'plans', `${name}.yaml`),
      `${header('Plan', name)}spec:\n  profileTemplate: ${name}\n  deploymentPlan: { name: DP-Docker-CentOS-7.4 }\n  attributes:\n    SERVER_FQDN: '{fqdn}'\n    CONSUL_FQDN: consul.bench.example.org\n    DATADOG_TAG: 'role:${name}'\n    VLAN_ID: '${200 + (t % 50)}'\n`,
    );
    await writeFile(
      join(root, 'pools', `${name}.yaml`),
      `${header('NodePool', name)}spec:\n  plan: ${name}\n  replicas: ${REPLICAS}\n  naming:\n    pattern: t${t}-n{index:02}\n    fqdn: '{name}.bench.example.org'\n`,
    );
  }
}

/** The demo inventory with 12,000 free Gen10 bays; the unmanaged variant also has the 200 templates. */
function inventory(declared: boolean): InventorySnapshot {
  const base = demoInventory({ frames: 1000, bays: 12 });
  const hardware = base.hardware.map((h) => ({ ...h, hardwareTypeUri: GEN10 }));
  const model = base.templates.find((t) => t.name === 'spt-docker-centos74')!;
  const templates: readonly ObservedTemplate[] = declared
    ? base.templates
    : [
        ...base.templates,
        ...Array.from({ length: TEMPLATES }, (_, t) => ({
          ...model,
          uri: `/rest/server-profile-templates/tpl-${t}`,
          name: `tpl-${String(t).padStart(3, '0')}`,
        })),
      ];
  return { ...base, hardware, templates };
}

async function variant(declared: boolean): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'phoenix-bench-templates-'));
  try {
    await generate(root, declared);
    const observed = inventory(declared);
    const start = performance.now();
    const loaded = await loadDesiredState(await openWorkingTree(root));
    const loadMs = performance.now() - start;
    if (loaded.desired === null) throw new Error(JSON.stringify(loaded.diagnostics.slice(0, 3)));
    const planStart = performance.now();
    const plan = buildPlan(loaded.desired, observed, EMPTY_LEDGER_VIEW, {
      ...DEFAULT_PLAN_OPTIONS,
      revision: REVISION,
    });
    const planMs = performance.now() - planStart;
    process.stdout.write(
      `${JSON.stringify({
        nodes: loaded.desired.nodes.length,
        declaredTemplates: loaded.desired.templates.length,
        templateChanges: plan.templates.filter((t) => t.action !== 'noop').length,
        creates: plan.summary.create,
        loadMs: Math.round(loadMs),
        planMs: Math.round(planMs),
        totalMs: Math.round(loadMs + planMs),
        peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      })}\n`,
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

const which = process.argv[2];
if (which === 'declared' || which === 'unmanaged') {
  await variant(which === 'declared');
} else {
  const self = fileURLToPath(import.meta.url);
  const run = (name: string): unknown => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', self, name], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(result.stderr);
    return JSON.parse(result.stdout) as unknown;
  };
  process.stdout.write(
    `${JSON.stringify({
      benchmark: 'plan-templates',
      declared: run('declared'),
      unmanaged: run('unmanaged'),
      targetMs: TARGET_MS,
    })}\n`,
  );
}

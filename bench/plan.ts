import { EMPTY_LEDGER_VIEW } from '../src/core/ledger/ledger-view.js';
import type { InventorySnapshot, ObservedHardware, ObservedProfile } from '../src/core/observed/inventory.js';
import { buildPlan } from '../src/core/plan/build-plan.js';
import { DEFAULT_PLAN_OPTIONS } from '../src/core/plan/plan-options.js';
import { formatStamp, parseStamp } from '../src/core/stamp/stamp.js';
import { desiredNode, desiredState } from '../test/support/builders/desired.js';
import { demoInventory, GEN10, REVISION } from '../test/support/builders/inventory.js';

/**
 * 10,000 desired nodes (100 pools of 100, spread across enclosures) against a snapshot of 10,000 stamped
 * profiles on 12,000 bays: 10% of the nodes drifted, 1% faulted, 500 new nodes, 500 undeclared profiles.
 * Prints one JSON line: median and worst wall time of buildPlan, and resident memory.
 */
const POOLS = 100;
const PER_POOL = 100;
const FRAMES = 1000;

const nodes = Array.from({ length: POOLS * PER_POOL }, (_, i) => {
  const pool = `pool-${String(Math.floor(i / PER_POOL)).padStart(3, '0')}`;
  return desiredNode({
    name: `${pool}-n${String(i % PER_POOL).padStart(3, '0')}`,
    pool,
    index: i % PER_POOL,
    hardware: { spread: 'enclosure' },
    rollout: { maxUnavailable: 2, maxSurge: 1, maxInFlight: 5 },
  });
});
const desired = desiredState(nodes, {
  guards: { maxDeletionsPerRun: 1000, maxDeletionsPercent: 10, autoDelete: true },
});

const base = demoInventory({ frames: FRAMES, bays: 12 });
// Every bay holds a Gen10 module here, so the 2,000 free bays are spares for creates, heals and surges.
const hardware: ObservedHardware[] = base.hardware.map((h) => ({ ...h, hardwareTypeUri: GEN10 }));
const profiles: ObservedProfile[] = [];
const slots = [...hardware];
const byUri = new Map(hardware.map((h, i) => [h.uri, i]));
for (let i = 0; i < 10_000; i++) {
  // Nodes 500..9999 exist; 10000..10499 are undeclared leftovers.
  const n = i + 500;
  const name = n < nodes.length ? nodes[n]!.name : `gone-${n}`;
  const spec =
    n < nodes.length
      ? n % 10 === 0
        ? 'ffffffffffffffff'
        : nodes[n]!.specHash.slice(0, 16)
      : '0123456789abcdef';
  const slot = slots[i]!;
  const uri = `/rest/server-profiles/p${i}`;
  const description = formatStamp({ site: 'dc1', node: name, spec, rev: REVISION.slice(0, 12), gen: 1 });
  profiles.push({
    uri,
    name,
    description,
    stamp: parseStamp(description),
    hardwareUri: slot.uri,
    templateUri: base.templates[0]!.uri,
    deploymentPlanUri: base.templates[0]!.deploymentPlanUri,
    customAttributes: n < nodes.length ? nodes[n]!.attributes : {},
    state: 'Normal',
    status: 'OK',
    inProgress: false,
    taskUri: null,
    eTag: `e${i}`,
    templateCompliance: 'Compliant',
    complianceIssues: [],
    sections: null,
  });
  hardware[byUri.get(slot.uri)!] = {
    ...slot,
    state: 'ProfileApplied',
    powerState: 'On',
    profileUri: uri,
    status: i % 100 === 7 ? 'Critical' : 'OK',
  };
}
const observed: InventorySnapshot = { ...base, hardware, profiles };
const options = { ...DEFAULT_PLAN_OPTIONS, revision: REVISION };

const runs: number[] = [];
let summary: unknown = null;
for (let i = 0; i < 7; i++) {
  const start = performance.now();
  const plan = buildPlan(desired, observed, EMPTY_LEDGER_VIEW, options);
  runs.push(performance.now() - start);
  summary = plan.summary;
}
const sorted = [...runs].sort((a, b) => a - b);
const json = JSON.stringify(buildPlan(desired, observed, EMPTY_LEDGER_VIEW, options));
process.stdout.write(
  `${JSON.stringify({
    benchmark: 'plan',
    desiredNodes: nodes.length,
    profiles: profiles.length,
    hardware: hardware.length,
    runs: runs.length,
    medianMs: Math.round(sorted[Math.floor(sorted.length / 2)]! * 10) / 10,
    maxMs: Math.round(sorted[sorted.length - 1]! * 10) / 10,
    firstRunMs: Math.round(runs[0]! * 10) / 10,
    planBytes: json.length,
    rssMb: Math.round(process.memoryUsage().rss / 1e5) / 10,
    targetMs: 1000,
    summary,
  })}\n`,
);

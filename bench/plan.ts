/**
 * buildPlan over generated sites of n desired nodes (pools of 100, spread across enclosures of 12 bays, 1.2 n
 * bays): 95 % of the nodes have stamped profiles, of which 10 % drifted and 1 % sit on faulted hardware; 5 % are
 * new and 5 % of the profiles are undeclared leftovers (about 15 % changes). Each size runs in its own process.
 * Prints one line per size and, last, `growth exponent: X`; exits non-zero when a figure misses its target by more
 * than the noise of its runs. Targets are judged on the median CPU time of buildPlan (process user + system): on
 * a shared machine wall time mostly measures the neighbours; wall figures are printed beside it.
 *
 *   npx tsx bench/plan.ts [--sizes 1000,10000,50000] [--runs N]
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { EMPTY_LEDGER_VIEW } from '../src/core/ledger/ledger-view.js';
import type { InventorySnapshot, ObservedHardware, ObservedProfile } from '../src/core/observed/inventory.js';
import { buildPlan } from '../src/core/plan/build-plan.js';
import { DEFAULT_PLAN_OPTIONS } from '../src/core/plan/plan-options.js';
import { formatStamp, parseStamp } from '../src/core/stamp/stamp.js';
import { desiredNode, desiredState } from '../test/support/builders/desired.js';
import { demoInventory, GEN10, REVISION } from '../test/support/builders/inventory.js';
import { median, noise, round, sizesOption } from './support/figures.js';
import { sweepSizes } from './support/child-runs.js';

const { values } = parseArgs({
  options: { sizes: { type: 'string' }, runs: { type: 'string' }, one: { type: 'string' } },
});

interface SizeFigures {
  size: number;
  medianMs: number;
  minMs: number;
  cpuMs: number;
  firstRunMs: number;
  noise: number;
  rssMb: number;
  inputHeapMb: number;
  planHeapMb: number;
  changes: number;
}

function scenario(size: number): Parameters<typeof buildPlan> {
  const perPool = 100;
  const nodes = Array.from({ length: size }, (_, i) => {
    const pool = `pool-${String(Math.floor(i / perPool)).padStart(4, '0')}`;
    return desiredNode({
      name: `${pool}-n${String(i % perPool).padStart(3, '0')}`,
      pool,
      index: i % perPool,
      hardware: { spread: 'enclosure' },
      rollout: { maxUnavailable: 2, maxSurge: 1, maxInFlight: 5 },
    });
  });
  const desired = desiredState(nodes, {
    guards: { maxDeletionsPerRun: size, maxDeletionsPercent: 10, autoDelete: true },
  });
  const base = demoInventory({ frames: Math.ceil(size / 10), bays: 12 });
  // Every bay holds a Gen10 module, so the free bays are spares for creates, heals and surges.
  const hardware: ObservedHardware[] = base.hardware.map((h) => ({ ...h, hardwareTypeUri: GEN10 }));
  const profiles: ObservedProfile[] = [];
  const slots = [...hardware];
  const byUri = new Map(hardware.map((h, i) => [h.uri, i]));
  const skipped = Math.round(size * 0.05);
  for (let i = 0; i < size; i++) {
    // Nodes skipped..size-1 exist; the last `skipped` profiles are undeclared leftovers.
    const n = i + skipped;
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
  return [desired, observed, EMPTY_LEDGER_VIEW, { ...DEFAULT_PLAN_OPTIONS, revision: REVISION }];
}

function measure(size: number, runs: number): SizeFigures {
  const args = scenario(size);
  globalThis.gc?.();
  const inputMb = process.memoryUsage().heapUsed / 1e6;
  const times: number[] = [];
  const cpu: number[] = [];
  let changes = 0;
  for (let i = 0; i < runs; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const plan = buildPlan(...args);
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    changes = plan.changes.filter((c) => c.action !== 'noop').length;
  }
  globalThis.gc?.();
  const kept = buildPlan(...args);
  globalThis.gc?.();
  const planMb = process.memoryUsage().heapUsed / 1e6 - inputMb;
  if (kept.changes.length === 0) throw new Error('empty plan');
  return {
    size,
    medianMs: round(median(times)),
    minMs: round(Math.min(...times)),
    cpuMs: round(median(cpu)),
    firstRunMs: round(times[0]!),
    noise: round(noise(cpu), 3),
    rssMb: round(process.memoryUsage().rss / 1e6),
    inputHeapMb: round(inputMb),
    planHeapMb: round(planMb),
    changes,
  };
}

if (values.one !== undefined) {
  const size = Number(values.one);
  const runs = Number(values.runs ?? (size > 20_000 ? 3 : 7));
  process.stdout.write(`${JSON.stringify(measure(size, runs))}\n`);
} else {
  sweepSizes<SizeFigures>({
    file: fileURLToPath(import.meta.url),
    sizes: sizesOption(values.sizes, [1000, 10_000, 50_000]),
    runs: values.runs,
    check: (figures, verdict) => [
      ...(figures.size === 10_000
        ? [
            verdict.atMost('cpu ms', figures.cpuMs, 250, figures.noise),
            verdict.atMost('rss MB', figures.rssMb, 200, 0.05),
          ]
        : []),
      ...(figures.size === 50_000 ? [verdict.atMost('cpu ms', figures.cpuMs, 1500, figures.noise)] : []),
    ],
    describe: (figures) =>
      `plan ${figures.size} nodes: cpu ${figures.cpuMs} ms, wall median ${figures.medianMs} ms, min ${figures.minMs} ms, first run ${figures.firstRunMs} ms, noise ${round(figures.noise * 100)} %, rss ${figures.rssMb} MB (heap: inputs ${figures.inputHeapMb} MB, plan ${figures.planHeapMb} MB), ${figures.changes} changes`,
  });
}

/**
 * Scaling run of the apply scheduler: 5,000 changes in 50 pools of 100, each pool depending on the one before
 * (pool-level dependsOn, so every change depends on the 100 changes of the previous pool), rollout groups of
 * maxInFlight 5, each change finishing a few microtasks after it starts. Measures the scheduling itself (no
 * appliance) for the scheduler and, once (it takes about half a minute of CPU), for the rescanning one it
 * replaced, in the same process; --no-reference leaves that out.
 *
 *   npx tsx bench/apply-scheduler.ts [--changes N] [--pool N] [--runs N]
 */
import { parseArgs } from 'node:util';
import type { PlanChange, RolloutGroup } from '../src/core/plan/reconcile-plan.js';
import type { ChangeReport } from '../src/engine/apply/apply-report.js';
import { RolloutGate } from '../src/engine/apply/rollout-gate.js';
import { scheduleChanges } from '../src/engine/apply/schedule-changes.js';
import { referenceScheduleChanges } from '../test/support/reference/reference-schedule-changes.js';
import { median, noise, round, Verdict } from './support/figures.js';

const { values } = parseArgs({
  options: {
    changes: { type: 'string', default: '5000' },
    pool: { type: 'string', default: '100' },
    runs: { type: 'string', default: '3' },
    reference: { type: 'boolean', default: true },
    'no-reference': { type: 'boolean', default: false },
  },
});
const CHANGES = Number(values.changes);
const POOL = Number(values.pool);
const RUNS = Number(values.runs);
const TARGET_MS = 500;

const id = (i: number): string => `change-${String(i).padStart(6, '0')}`;
const changes: PlanChange[] = Array.from({ length: CHANGES }, (_, i) => {
  const pool = Math.floor(i / POOL);
  const previous = pool === 0 ? [] : Array.from({ length: POOL }, (_, k) => id((pool - 1) * POOL + k));
  return {
    id: id(i),
    node: `p${pool}-n${i % POOL}`,
    action: 'replace',
    dependsOn: previous,
    wave: pool,
    phase: 'main',
    rolloutGroup: `pool:p${pool}`,
    surge: false,
  } as unknown as PlanChange;
});
const groups = Array.from({ length: Math.ceil(CHANGES / POOL) }, (_, p): RolloutGroup => ({
  id: `pool:p${p}`,
  pool: `p${p}`,
  maxInFlight: 5,
  maxSurge: 1,
  maxUnavailable: 5,
  changes: [],
  unavailable: [],
}));

function report(change: PlanChange, outcome: ChangeReport['outcome']): ChangeReport {
  return {
    id: change.id,
    node: change.node,
    action: change.action,
    outcome,
    skipReason: null,
    failedStep: null,
    errorCode: null,
    message: null,
    hardwareUri: null,
    quarantined: [],
    attempts: 0,
    durationMs: 0,
  };
}

async function measure(schedule: typeof scheduleChanges): Promise<{ cpuMs: number; wallMs: number }> {
  const finished: string[] = [];
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  await schedule(changes, new Map(), {
    gate: new RolloutGate(groups),
    stop: new AbortController().signal,
    skipped: (change) => report(change, 'skipped'),
    finish: (change) => finished.push(change.id),
    run: async (change) => {
      await Promise.resolve();
      await Promise.resolve();
      return report(change, 'replaced');
    },
  });
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpuStart);
  if (finished.length !== CHANGES) throw new Error(`only ${finished.length} of ${CHANGES} changes finished`);
  return { cpuMs: (used.user + used.system) / 1000, wallMs };
}

const verdict = new Verdict();
const edges = changes.reduce((sum, c) => sum + c.dependsOn.length, 0);
const lines: string[] = [];
const subjects: [string, typeof scheduleChanges][] = [['scheduler', scheduleChanges]];
if (values.reference && !values['no-reference'])
  subjects.push(['rescanning scheduler (before)', referenceScheduleChanges]);
for (const [label, schedule] of subjects) {
  const runs: { cpuMs: number; wallMs: number }[] = [];
  const count = label === 'scheduler' ? RUNS : 1;
  for (let i = 0; i < count; i++) runs.push(await measure(schedule));
  const cpu = runs.map((r) => r.cpuMs);
  const figure = median(cpu);
  const check = label === 'scheduler' ? ` | ${verdict.atMost('cpu ms', figure, TARGET_MS, noise(cpu))}` : '';
  lines.push(
    `${label}: ${CHANGES} changes, ${edges} dependency edges: cpu ${round(figure)} ms, wall median ${round(median(runs.map((r) => r.wallMs)))} ms, noise ${round(noise(cpu) * 100)} %${check}`,
  );
  process.stdout.write(`${lines[lines.length - 1]}\n`);
}
verdict.finish();

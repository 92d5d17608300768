/**
 * Converge benchmark: 200 nodes on a generated Synergy site (26 frames x 12 bays), appliance concurrency 16, the
 * built CLI against the simulator with fixed simulated step durations (the realistic figures, scaled down by the
 * same factor as Phoenix's own clock, so times below are simulated seconds; about 2.5 minutes of wall time).
 *
 * Two pools: `db` (8 nodes) and `app` (192 nodes, dependsOn db), so the run has two waves. Prints one JSON object:
 * the actual makespan, the ideal makespan of the plan's step graph under its limits (list scheduling of the
 * mutating steps on the appliance's concurrency, boots first; verify needs no slot), their ratio, and a
 * one-node-at-a-time baseline (parallelism 1 and maxInFlight 1, as a sequential provisioning script would run),
 * measured on a sample of nodes and extrapolated linearly, with the speed-up.
 *
 * Usage: npm run build && npx tsx bench/converge.ts [--nodes 200] [--concurrency 16] [--scale 0.03]
 *        [--baseline-nodes 10] [--baseline-scale 0.01]   (0 nodes skips the baseline)
 *
 * The scale compresses simulated time into wall time for the simulator and Phoenix alike; polling then runs that
 * many times more often per wall second, so too small a scale saturates the CPU and inflates the makespan. The
 * parallel run needs 0.03 or more; the baseline, one node at a time, is light and runs at 0.01. Its makespan is
 * linear in the number of nodes (each node runs alone), so a sample is measured and scaled to all of them.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { REALISTIC_DURATIONS, startSimulator, type Durations } from '../src/simulator/index.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CLI = join(ROOT, 'dist/cli/main.js');
const STABLE_FOR_MS = 30_000;

const { values: args } = parseArgs({
  options: {
    nodes: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '16' },
    scale: { type: 'string', default: '0.03' },
    'baseline-nodes': { type: 'string', default: '10' },
    'baseline-scale': { type: 'string', default: '0.01' },
  },
});
const NODES = Number(args.nodes);
const CONCURRENCY = Number(args.concurrency);
const SCALE = Number(args.scale);
const BASELINE_NODES = Number(args['baseline-nodes']);
const BASELINE_SCALE = Number(args['baseline-scale']);

interface PlanStepJson {
  readonly kind: 'allocate' | 'recycle' | 'compose' | 'boot' | 'verify';
  readonly mutates: boolean;
}
interface PlanJson {
  readonly limits: { readonly maxConcurrentOperations: number };
  readonly changes: readonly {
    readonly id: string;
    readonly steps: readonly PlanStepJson[];
    readonly dependsOn: readonly string[];
    readonly wave: number | null;
    readonly rolloutGroup: string | null;
  }[];
  readonly rolloutGroups: readonly { readonly id: string; readonly maxInFlight: number }[];
}

/** Simulated duration of a step: its OneView task, or for verify the OS boot plus the stability window. */
function stepMs(step: PlanStepJson, d: Durations): number {
  switch (step.kind) {
    case 'allocate':
      return 0;
    case 'recycle':
      return d.powerOff + d.profileDelete;
    case 'compose':
      return d.profileCreate;
    case 'boot':
      return d.powerOn;
    case 'verify':
      return d.osBoot + STABLE_FOR_MS;
  }
}

/**
 * The makespan of the plan's step graph with instantaneous polling: steps of a change in order, a change starts
 * once its dependencies finished and its pool has a free in-flight slot, mutating steps hold one of the
 * appliance's slots (a boot before any compose, since it finishes a node sooner), other steps run at once.
 */
function idealMakespan(plan: PlanJson, d: Durations): number {
  const slots = Math.max(1, plan.limits.maxConcurrentOperations);
  const maxInFlight = new Map(plan.rolloutGroups.map((g) => [g.id, Math.max(1, g.maxInFlight)]));
  const inFlight = new Map<string, number>();
  const changes = plan.changes
    .filter((c) => c.steps.length > 0)
    .sort((a, b) => (a.wave ?? 0) - (b.wave ?? 0) || (a.id < b.id ? -1 : 1));
  const done = new Set<string>();
  const next = new Map(changes.map((c) => [c.id, 0]));
  const busy = new Set<string>();
  const started = new Set<string>();
  let running: { id: string; endsAt: number; mutating: boolean }[] = [];
  let now = 0;
  let used = 0;
  for (;;) {
    const waiting = changes.filter((c) => !done.has(c.id) && !busy.has(c.id));
    const hasRoom = (group: string | null): boolean =>
      group === null || (inFlight.get(group) ?? 0) < (maxInFlight.get(group) ?? Infinity);
    const eligible = waiting.filter(
      (c) => started.has(c.id) || c.dependsOn.every((id) => done.has(id) || !next.has(id)),
    );
    const stepOf = (c: (typeof changes)[number]): PlanStepJson => c.steps[next.get(c.id)!]!;
    const byPriority = [...eligible].sort(
      (a, b) => Number(stepOf(b).kind === 'boot') - Number(stepOf(a).kind === 'boot'),
    );
    for (const c of byPriority) {
      const step = stepOf(c);
      if (step.mutates && used >= slots) continue;
      if (!started.has(c.id)) {
        if (!hasRoom(c.rolloutGroup)) continue;
        started.add(c.id);
        if (c.rolloutGroup !== null) inFlight.set(c.rolloutGroup, (inFlight.get(c.rolloutGroup) ?? 0) + 1);
      }
      if (step.mutates) used += 1;
      busy.add(c.id);
      running.push({ id: c.id, endsAt: now + stepMs(step, d), mutating: step.mutates });
    }
    if (running.length === 0) return now;
    now = Math.min(...running.map((r) => r.endsAt));
    const finished = running.filter((r) => r.endsAt === now);
    running = running.filter((r) => r.endsAt !== now);
    for (const r of finished) {
      if (r.mutating) used -= 1;
      busy.delete(r.id);
      const change = changes.find((c) => c.id === r.id)!;
      const i = next.get(r.id)! + 1;
      next.set(r.id, i);
      if (i === change.steps.length) {
        done.add(r.id);
        if (change.rolloutGroup !== null)
          inFlight.set(change.rolloutGroup, inFlight.get(change.rolloutGroup)! - 1);
      }
    }
  }
}

function run(args: readonly string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { env: { PATH: process.env['PATH'] ?? '', PHOENIX_LOG_LEVEL: 'warn', ...env }, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        if (error !== null && (error.code ?? 0) !== 0 && stdout === '')
          reject(new Error(`phoenix ${args[0]} failed: ${stderr}`));
        else resolve(stdout);
      },
    );
  });
}

async function writeRepo(dir: string, nodes: number, maxInFlight: string): Promise<void> {
  await mkdir(join(dir, 'pools'), { recursive: true });
  // The plans compose from the templates the example repository declares.
  for (const folder of ['plans', 'templates'])
    await cp(join(ROOT, 'example-repo', folder), join(dir, folder), { recursive: true });
  await writeFile(
    join(dir, 'site.yaml'),
    `apiVersion: phoenix/v1alpha1
kind: Site
metadata: { name: dc1 }
spec:
  oneview:
    url: https://oneview.dc1.example.org
    credentials: { username: { env: OV_USERNAME }, password: { env: OV_PASSWORD } }
  consul: { url: http://consul.dc1.example.org:8500 }
  guards: { maxConcurrentOperations: ${CONCURRENCY} }
  defaults:
    hardware: { enclosureGroup: EG-I3S }
    verify: { stableFor: ${STABLE_FOR_MS / 1000}s, timeout: 30m }
`,
  );
  const db = Math.max(1, Math.round((nodes * 8) / 200));
  const pool = (name: string, plan: string, replicas: number, extra: string): string =>
    `apiVersion: phoenix/v1alpha1
kind: NodePool
metadata: { name: ${name} }
spec:
  plan: ${plan}
  replicas: ${replicas}
  naming: { pattern: '${name}-{index:03}', fqdn: '{name}.dc1.example.org' }
  hardware: { spread: enclosure }
  rollout: { maxUnavailable: 1, maxInFlight: ${maxInFlight.endsWith('%') ? `'${maxInFlight}'` : maxInFlight} }
${extra}`;
  await writeFile(join(dir, 'pools/db.yaml'), pool('db', 'docker-fedora27', db, ''));
  await writeFile(
    join(dir, 'pools/app.yaml'),
    pool('app', 'docker-centos74', nodes - db, '  dependsOn: [db]\n'),
  );
}

interface Measured {
  readonly nodes: number;
  readonly parallelism: number;
  readonly maxInFlight: string;
  readonly outcome: string;
  readonly makespanS: number;
  readonly idealMakespanS: number;
  readonly wallS: number;
}

async function converge(
  nodes: number,
  parallelism: number,
  maxInFlight: string,
  scale: number,
): Promise<Measured> {
  const durations: Durations = { ...REALISTIC_DURATIONS };
  const scaled = Object.fromEntries(
    Object.entries(durations).map(([k, v]) => [k, Math.round(v * scale)]),
  ) as unknown as Durations;
  const frames = Math.ceil(nodes / 8) + 1;
  const sim = await startSimulator({ preset: { frames, bays: 12 }, speed: scale, durations: scaled });
  const dir = await mkdtemp(join(tmpdir(), 'phoenix-bench-converge-'));
  try {
    const repo = join(dir, 'repo');
    await writeRepo(repo, nodes, maxInFlight);
    const env = {
      OV_ADDRESS: sim.oneviewUrl,
      OV_USERNAME: sim.username,
      OV_PASSWORD: sim.password,
      OV_CA_FILE: sim.caFile,
      CONSUL_HTTP_ADDR: sim.consulUrl,
      PHOENIX_STATE_DIR: join(dir, 'state'),
      PHOENIX_TIME_SCALE: String(scale),
    };
    const flags = ['--repo', repo, '--parallelism', String(parallelism)];
    const plan = JSON.parse(await run(['plan', ...flags, '--format', 'json'], env)) as PlanJson;
    const wallStart = performance.now();
    const appliedText = await run(['apply', ...flags, '--auto-approve', '--json'], env);
    const applied = JSON.parse(appliedText) as {
      report?: { outcome: string; durationMs: number };
    };
    if (applied.report === undefined) throw new Error(`phoenix apply reported no run: ${appliedText}`);
    const wallS = (performance.now() - wallStart) / 1000;
    return {
      nodes,
      parallelism,
      maxInFlight,
      outcome: applied.report.outcome,
      makespanS: round(applied.report.durationMs / 1000),
      idealMakespanS: round(idealMakespan(plan, durations) / 1000),
      wallS: round(wallS),
    };
  } finally {
    await sim.close();
    await rm(dir, { recursive: true, force: true });
  }
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

if (!existsSync(CLI)) throw new Error('dist/cli/main.js is missing: run npm run build first');

const parallel = await converge(NODES, CONCURRENCY, '100%', SCALE);
const baseline =
  BASELINE_NODES > 0 ? await converge(Math.min(BASELINE_NODES, NODES), 1, '1', BASELINE_SCALE) : null;
const perNode = baseline === null ? null : baseline.makespanS / baseline.nodes;
const baselineS = perNode === null ? null : round(perNode * NODES);
console.log(
  JSON.stringify(
    {
      benchmark: 'converge',
      nodes: NODES,
      concurrency: CONCURRENCY,
      timeScale: SCALE,
      simulatedStepSeconds: {
        compose: REALISTIC_DURATIONS.profileCreate / 1000,
        boot: REALISTIC_DURATIONS.powerOn / 1000,
        osBoot: REALISTIC_DURATIONS.osBoot / 1000,
        stableFor: STABLE_FOR_MS / 1000,
      },
      outcome: parallel.outcome,
      makespanS: parallel.makespanS,
      idealMakespanS: parallel.idealMakespanS,
      idealOverActual: Math.round((parallel.idealMakespanS / parallel.makespanS) * 1000) / 1000,
      targetIdealOverActual: 0.9,
      wallS: parallel.wallS,
      baseline:
        baseline === null
          ? null
          : {
              measuredNodes: baseline.nodes,
              timeScale: BASELINE_SCALE,
              outcome: baseline.outcome,
              measuredMakespanS: baseline.makespanS,
              idealMakespanS: baseline.idealMakespanS,
              extrapolatedMakespanS: baselineS,
              wallS: baseline.wallS,
            },
      speedUp: baselineS === null ? null : round(baselineS / parallel.makespanS),
    },
    null,
    2,
  ),
);

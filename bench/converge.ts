/**
 * Converge benchmark: 200 nodes on a generated Synergy site (26 frames x 12 bays), appliance concurrency 16, the
 * built CLI against the simulator with fixed simulated step durations (the realistic figures, scaled down by the
 * same factor as Phoenix's own clock, so times below are simulated seconds; about 2.5 minutes of wall time).
 *
 * Two pools: `db` (8 nodes) and `app` (192 nodes, dependsOn db), so the run has two waves. Prints one JSON object:
 * the actual makespan, the ideal makespan of the plan's step graph under its limits (list scheduling of the
 * mutating steps on the appliance's concurrency, boots first; verify needs no slot) with the simulator's own step
 * durations (a compose whose template manages firmware installs it too: 180 s + 900 s), their ratio beside its
 * target, where the difference went (per step: the wait before its OneView task, the task, the time to notice its
 * end; appliance slots left idle while work waited), the requests the appliance answered per simulated second, and
 * a one-node-at-a-time baseline (parallelism 1 and maxInFlight 1, as a sequential provisioning script would run),
 * measured on a sample of nodes and extrapolated linearly, with the speed-up. Both makespans run from the start
 * of the node changes to the end of the last one (template changes, applied first, are in neither). Exits
 * non-zero when the ratio misses its target.
 *
 * Usage: npm run build && npx tsx bench/converge.ts [--nodes 200] [--concurrency 16] [--scale 0.03]
 *        [--baseline-nodes 10] [--baseline-scale 0.01]   (0 nodes skips the baseline)
 *        [--trace steps.jsonl]   (one line per step: actual start and end, its task, the ideal start and end)
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
import { request } from 'node:https';
import { REALISTIC_DURATIONS, startSimulator, type Durations } from '../src/simulator/index.js';
import type { RequestLogEntry } from '../src/simulator/state/request-log.js';
import {
  readLedgerSteps,
  summarize,
  traceSteps,
  type SimTask,
  type StepTrace,
} from './support/converge-trace.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CLI = join(ROOT, 'dist/cli/main.js');
const STABLE_FOR_MS = 30_000;
const TARGET_IDEAL_OVER_ACTUAL = 0.97;

const { values: args } = parseArgs({
  options: {
    nodes: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '16' },
    scale: { type: 'string', default: '0.03' },
    'baseline-nodes': { type: 'string', default: '10' },
    'baseline-scale': { type: 'string', default: '0.01' },
    trace: { type: 'string' },
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
  /** For compose: the template it composes from. */
  readonly template?: string;
}
interface PlanJson {
  readonly limits: { readonly maxConcurrentOperations: number };
  readonly templates: readonly {
    readonly template: string;
    readonly body: { readonly firmware: unknown } | null;
  }[];
  readonly changes: readonly {
    readonly id: string;
    readonly steps: readonly PlanStepJson[];
    readonly dependsOn: readonly string[];
    readonly wave: number | null;
    readonly rolloutGroup: string | null;
  }[];
  readonly rolloutGroups: readonly { readonly id: string; readonly maxInFlight: number }[];
}

/**
 * Simulated duration of a step: its OneView task, or for verify the OS boot plus the stability window. A profile
 * created from a template that manages firmware installs the baseline in the same task, as the simulator (and
 * OneView) does.
 */
function stepMs(step: PlanStepJson, d: Durations, firmware: ReadonlySet<string>): number {
  switch (step.kind) {
    case 'allocate':
      return 0;
    case 'recycle':
      return d.powerOff + d.profileDelete;
    case 'compose':
      return d.profileCreate + (firmware.has(step.template ?? '') ? d.firmwareInstall : 0);
    case 'boot':
      return d.powerOn;
    case 'verify':
      return d.osBoot + STABLE_FOR_MS;
  }
}

/** The templates of the plan that manage firmware; a compose from a template the plan does not write is refused. */
function firmwareTemplates(plan: PlanJson): Set<string> {
  const bodies = new Map(plan.templates.map((t) => [t.template, t.body]));
  const out = new Set<string>();
  for (const change of plan.changes)
    for (const step of change.steps) {
      if (step.kind !== 'compose') continue;
      const body = bodies.get(step.template ?? '');
      if (body === undefined || body === null)
        throw new Error(`the plan does not say whether template ${step.template} manages firmware`);
      if (body.firmware !== null) out.add(step.template!);
    }
  return out;
}

/**
 * A bound no schedule can beat (rollout limits left out): the longest chain of dependent changes, and for each
 * time r at which some change can first start (its dependencies' longest chain), r plus the slot work of the
 * changes that cannot start earlier, spread over every slot, plus the shortest tail after a last slot step among
 * them. The list schedule of idealSchedule meets it when slots never idle; it is printed beside it.
 */
function lowerBoundMs(plan: PlanJson, d: Durations): number {
  const firmware = firmwareTemplates(plan);
  const slots = Math.max(1, plan.limits.maxConcurrentOperations);
  const changes = plan.changes.filter((c) => c.steps.length > 0);
  const byId = new Map(changes.map((c) => [c.id, c]));
  const earliest = new Map<string, number>();
  const startOf = (id: string): number => {
    const known = earliest.get(id);
    if (known !== undefined) return known;
    const change = byId.get(id)!;
    const start = Math.max(0, ...change.dependsOn.filter((dep) => byId.has(dep)).map((dep) => endOf(dep)));
    earliest.set(id, start);
    return start;
  };
  const chainMs = (id: string): number =>
    byId.get(id)!.steps.reduce((sum, step) => sum + stepMs(step, d, firmware), 0);
  const endOf = (id: string): number => startOf(id) + chainMs(id);
  let bound = Math.max(0, ...changes.map((c) => endOf(c.id)));
  for (const release of new Set(changes.map((c) => startOf(c.id)))) {
    const later = changes.filter((c) => startOf(c.id) >= release);
    let work = 0;
    let tail = Infinity;
    for (const c of later) {
      const last = c.steps.findLastIndex((s) => s.mutates);
      work += c.steps.filter((s) => s.mutates).reduce((sum, s) => sum + stepMs(s, d, firmware), 0);
      tail = Math.min(
        tail,
        c.steps.slice(last + 1).reduce((sum, s) => sum + stepMs(s, d, firmware), 0),
      );
    }
    if (later.length > 0) bound = Math.max(bound, release + work / slots + tail);
  }
  return bound;
}

interface IdealStep {
  readonly change: string;
  readonly step: string;
  readonly startMs: number;
  readonly endMs: number;
}

/**
 * The makespan of the plan's step graph with instantaneous polling: steps of a change in order, a change starts
 * once its dependencies finished and its pool has a free in-flight slot, mutating steps hold one of the
 * appliance's slots (a boot before any compose, since it finishes a node sooner), other steps run at once. Also
 * returns when each step ran in that schedule.
 */
function idealSchedule(plan: PlanJson, d: Durations): { makespanMs: number; steps: IdealStep[] } {
  const firmware = firmwareTemplates(plan);
  const schedule: IdealStep[] = [];
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
  let running: { id: string; kind: string; startsAt: number; endsAt: number; mutating: boolean }[] = [];
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
      running.push({
        id: c.id,
        kind: step.kind,
        startsAt: now,
        endsAt: now + stepMs(step, d, firmware),
        mutating: step.mutates,
      });
    }
    if (running.length === 0) return { makespanMs: now, steps: schedule };
    now = Math.min(...running.map((r) => r.endsAt));
    const finished = running.filter((r) => r.endsAt === now);
    running = running.filter((r) => r.endsAt !== now);
    for (const r of finished) {
      schedule.push({ change: r.id, step: r.kind, startMs: r.startsAt, endMs: r.endsAt });
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
  readonly lowerBoundS: number;
  readonly wallS: number;
  /** Where the makespan went beyond the ideal (see summarize). */
  readonly losses: Record<string, unknown>;
  /** Requests the appliance answered during the apply, per simulated second of it. */
  readonly requestsPerSecond: Record<string, number>;
}

/** GET on the simulator's control API (bearer token, its own certificate). */
function simControl<T>(
  sim: { controlUrl: string; controlToken: string; caCertPem: string },
  route: string,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${sim.controlUrl}${route}`,
      { ca: sim.caCertPem, headers: { authorization: `Bearer ${sim.controlToken}` } },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          try {
            resolve(JSON.parse(text) as T);
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** What a request is for: task polls, hardware, profiles, Consul (verify), everything else. */
function requestKind(entry: RequestLogEntry): string {
  if (entry.listener !== 'oneview') return entry.listener;
  if (entry.mutating) return 'mutations';
  if (entry.path.startsWith('/rest/tasks')) return 'tasks';
  if (entry.path.startsWith('/rest/server-hardware/')) return 'hardware';
  if (entry.path.startsWith('/rest/server-profiles')) return 'profiles';
  return 'otherReads';
}

async function converge(
  nodes: number,
  parallelism: number,
  maxInFlight: string,
  scale: number,
  tracePath: string | null,
): Promise<Measured> {
  const durations: Durations = { ...REALISTIC_DURATIONS };
  const scaled = Object.fromEntries(
    Object.entries(durations).map(([k, v]) => [k, Math.round(v * scale)]),
  ) as unknown as Durations;
  const frames = Math.ceil(nodes / 8) + 1;
  const requests: RequestLogEntry[] = [];
  let logging = false;
  const sim = await startSimulator({
    preset: { frames, bays: 12 },
    speed: scale,
    durations: scaled,
    onRequest: (entry) => {
      if (logging) requests.push(entry);
    },
  });
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
    logging = true;
    const appliedText = await run(['apply', ...flags, '--auto-approve', '--json'], env);
    logging = false;
    const applied = JSON.parse(appliedText) as {
      report?: { outcome: string; durationMs: number; startedAt: string };
    };
    const report = applied.report;
    if (report === undefined) throw new Error(`phoenix apply reported no run: ${appliedText}`);
    const wallS = (performance.now() - wallStart) / 1000;
    const ideal = idealSchedule(plan, durations);

    // The run in simulated seconds from its start: the ledger and the simulator stamp wall-clock times.
    const runStart = Date.parse(report.startedAt);
    const toSimS = (iso: string): number => (Date.parse(iso) - runStart) / 1000 / scale;
    const runRequests = requests.filter((r) => {
      const at = toSimS(r.time);
      return at >= 0 && at <= report.durationMs / 1000;
    });
    const perSecond: Record<string, number> = { total: 0 };
    for (const r of runRequests) {
      const kind = requestKind(r);
      perSecond[kind] = (perSecond[kind] ?? 0) + 1;
      perSecond['total'] = perSecond['total']! + 1;
    }
    for (const kind of Object.keys(perSecond))
      perSecond[kind] = Math.round((perSecond[kind]! / (report.durationMs / 1000)) * 100) / 100;

    const state = await simControl<{ tasks: SimTask[] }>(sim, '/state');
    const steps = traceSteps(
      await readLedgerSteps(join(dir, 'state', 'ledger', 'journal.jsonl')),
      state.tasks,
      toSimS,
    );
    if (tracePath !== null) await writeTrace(tracePath, steps, ideal.steps);
    const lastEnd = Math.max(0, ...steps.map((s) => s.endS));
    return {
      nodes,
      parallelism,
      maxInFlight,
      outcome: report.outcome,
      makespanS: round(report.durationMs / 1000),
      idealMakespanS: round(ideal.makespanMs / 1000),
      lowerBoundS: round(lowerBoundMs(plan, durations) / 1000),
      wallS: round(wallS),
      losses: {
        firstStepS: round(Math.min(...steps.map((s) => s.startS))),
        afterLastStepS: round(report.durationMs / 1000 - lastEnd),
        ...summarize(steps, Math.max(1, plan.limits.maxConcurrentOperations)),
      },
      requestsPerSecond: perSecond,
    };
  } finally {
    await sim.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** One JSON line per step: when it ran, its task, and when it ran in the ideal schedule (simulated seconds). */
async function writeTrace(
  path: string,
  steps: readonly StepTrace[],
  ideal: readonly IdealStep[],
): Promise<void> {
  const planned = new Map(ideal.map((s) => [`${s.change}/${s.step}`, s]));
  const lines = steps.map((s) => {
    const p = planned.get(`${s.change}/${s.step}`);
    return JSON.stringify({
      ...s,
      idealStartS: p === undefined ? null : p.startMs / 1000,
      idealEndS: p === undefined ? null : p.endMs / 1000,
    });
  });
  await writeFile(path, `${lines.join('\n')}\n`);
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

if (!existsSync(CLI)) throw new Error('dist/cli/main.js is missing: run npm run build first');

const parallel = await converge(NODES, CONCURRENCY, '100%', SCALE, args.trace ?? null);
const baseline =
  BASELINE_NODES > 0 ? await converge(Math.min(BASELINE_NODES, NODES), 1, '1', BASELINE_SCALE, null) : null;
const perNode = baseline === null ? null : baseline.makespanS / baseline.nodes;
const baselineS = perNode === null ? null : round(perNode * NODES);
const ratio = Math.round((parallel.idealMakespanS / parallel.makespanS) * 1000) / 1000;
console.log(
  JSON.stringify(
    {
      benchmark: 'converge',
      nodes: NODES,
      concurrency: CONCURRENCY,
      timeScale: SCALE,
      simulatedStepSeconds: {
        compose: REALISTIC_DURATIONS.profileCreate / 1000,
        firmwareInstall: REALISTIC_DURATIONS.firmwareInstall / 1000,
        boot: REALISTIC_DURATIONS.powerOn / 1000,
        osBoot: REALISTIC_DURATIONS.osBoot / 1000,
        stableFor: STABLE_FOR_MS / 1000,
      },
      outcome: parallel.outcome,
      makespanS: parallel.makespanS,
      idealMakespanS: parallel.idealMakespanS,
      lowerBoundS: parallel.lowerBoundS,
      idealOverActual: ratio,
      targetIdealOverActual: TARGET_IDEAL_OVER_ACTUAL,
      losses: parallel.losses,
      requestsPerSimulatedSecond: parallel.requestsPerSecond,
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
if (parallel.outcome !== 'applied' || ratio < TARGET_IDEAL_OVER_ACTUAL) {
  process.stderr.write(
    `target missed: ideal / actual ${ratio} < ${TARGET_IDEAL_OVER_ACTUAL} (outcome ${parallel.outcome})\n`,
  );
  process.exitCode = 1;
}

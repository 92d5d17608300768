/**
 * The pull-request check through the built CLI (dist/; run `npm run build` first): `phoenix plan --offline
 * --base <base> --ref <head> --format markdown --detailed-exitcode` on a generated Git repository of n nodes
 * (pools of 50) whose head commit rewrites or removes about 15 % of the pools, as the CI templates run it. Each
 * run is a fresh process, its start included; prints CPU time (user + system), wall time and peak resident set
 * size per run and their medians, and exits non-zero when the median misses its target by more than the noise
 * of the runs. CPU time is judged: on a shared machine wall time mostly measures the neighbours.
 *
 *   npx tsx bench/pr-plan.ts [--nodes 50000] [--runs 3] [--cli path/to/main.js] [--format markdown]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { median, noise, round, Verdict } from './support/figures.js';
import { changePools, generateRepository, REPLICAS } from './support/generated-repo.js';

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '50000' },
    runs: { type: 'string', default: '3' },
    cli: { type: 'string', default: fileURLToPath(new URL('../dist/cli/main.js', import.meta.url)) },
    format: { type: 'string', default: 'markdown' },
  },
});
const NODES = Number(values.nodes);
const RUNS = Number(values.runs);
const CPU_TARGET_MS = 5000;
const RSS_TARGET_MB = 500;

// Reports the child's own accounting on a spare file descriptor when it exits, whatever its exit code.
const REPORT = `data:text/javascript,${encodeURIComponent(
  "import { writeSync } from 'node:fs'; process.on('exit', () => { const u = process.resourceUsage(); writeSync(3, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, rssMb: u.maxRSS / 1024 })); });",
)}`;

function commit(root: string, message: string): string {
  const git = (...args: string[]): string =>
    execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  git('add', '-A');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.org', 'commit', '-q', '-m', message);
  return git('rev-parse', 'HEAD').trim();
}

interface Run {
  cpuMs: number;
  wallMs: number;
  rssMb: number;
}

function runOnce(root: string, base: string, head: string): Run {
  const start = performance.now();
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      REPORT,
      values.cli,
      'plan',
      '--repo',
      root,
      '--base',
      base,
      '--ref',
      head,
      '--offline',
      '--format',
      values.format,
      '--detailed-exitcode',
    ],
    { stdio: ['ignore', 'pipe', 'pipe', 'pipe'], maxBuffer: 1024 * 1024 * 1024, encoding: 'utf8' },
  );
  const wallMs = performance.now() - start;
  if (result.status !== 2) throw new Error(`phoenix plan exited with ${result.status}: ${result.stderr}`);
  const report = JSON.parse(String(result.output[3])) as { cpuMs: number; rssMb: number };
  return { ...report, wallMs };
}

const root = await mkdtemp(join(tmpdir(), 'phoenix-bench-pr-plan-'));
try {
  const pools = Math.max(1, Math.round(NODES / REPLICAS));
  execFileSync('git', ['init', '-q', '-b', 'main', root]);
  await generateRepository(root, pools);
  const base = commit(root, 'base');
  await changePools(root, pools, 0.15);
  const head = commit(root, 'head');
  execFileSync('git', ['-C', root, 'gc', '-q']);
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    const run = runOnce(root, base, head);
    runs.push(run);
    process.stdout.write(
      `run ${i + 1}: cpu ${round(run.cpuMs)} ms, wall ${round(run.wallMs)} ms, peak rss ${round(run.rssMb)} MB\n`,
    );
  }
  const cpu = runs.map((r) => r.cpuMs);
  const rss = median(runs.map((r) => r.rssMb));
  const verdict = new Verdict();
  const checks = [
    verdict.atMost('cpu ms', median(cpu), CPU_TARGET_MS, noise(cpu)),
    verdict.atMost('peak rss MB', rss, RSS_TARGET_MB, 0.05),
  ];
  process.stdout.write(
    `offline PR plan of ${NODES} nodes (--format ${values.format}): cpu median ${round(median(cpu))} ms, wall median ${round(median(runs.map((r) => r.wallMs)))} ms, peak rss median ${round(rss)} MB, noise ${round(noise(cpu) * 100)} % | ${checks.join('; ')}\n`,
  );
  verdict.finish();
} finally {
  await rm(root, { recursive: true, force: true });
}

/**
 * CLI start: how long the built CLI (dist/; run `npm run build` first) takes to load what a command needs before
 * it does any work, less a bare `node -e 0` (Node's own start is not Phoenix's).
 *
 * - `phoenix <command> --help` for each command: it loads the command's definition and parses its options, and
 *   does no work.
 * - Two commands that do work: `phoenix validate` of the example repository (a working tree) and the
 *   pull-request plan `phoenix plan --offline` of the same declarations committed to a Git repository. Their
 *   start is the command less its work, where the work is the same action (cli/actions) called the same way in
 *   a fresh Node process after its modules are loaded: its first call, cold like the CLI's, and with whatever the
 *   action itself loads at the point of use (isomorphic-git for a Git revision) counted as work.
 *
 * Each process reports its CPU time (user + system, all its threads) and its wall time; a figure is the fastest
 * of several runs, and a start is the fastest command less the fastest bare Node (and the fastest of its work).
 * The target is judged on CPU time: on a shared machine wall time mostly measures the neighbours (both are
 * printed). Prints one line per command and, last, `slowest command start: X ms`; exits non-zero when a start
 * misses the target by more than its noise.
 *
 *   npx tsx bench/cli-start.ts [--runs N] [--cli path/to/main.js]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { median, round, Verdict } from './support/figures.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    cli: { type: 'string', default: fileURLToPath(new URL('../dist/cli/main.js', import.meta.url)) },
  },
});
const RUNS = Number(values.runs);
const TARGET_MS = 250;
const COMMANDS = ['validate', 'plan', 'apply', 'sync', 'status'];
/** The built tree the CLI belongs to: dist/ of `dist/cli/main.js`. */
const DIST = new URL('../', pathToFileURL(values.cli));
const EXAMPLE_REPO = fileURLToPath(new URL('../example-repo/', import.meta.url));

// Reports the child's CPU time on a spare file descriptor when it exits.
const REPORT = `data:text/javascript,${encodeURIComponent(
  "import { writeSync } from 'node:fs'; process.on('exit', () => { const u = process.resourceUsage(); writeSync(3, String((u.userCPUTime + u.systemCPUTime) / 1000)); });",
)}`;

interface Run {
  readonly cpuMs: number;
  readonly wallMs: number;
}

function runOnce(args: readonly string[]): Run {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--import', REPORT, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  const wallMs = performance.now() - start;
  if (result.status !== 0)
    throw new Error(`${args.join(' ')} exited with ${result.status}: ${result.stderr}`);
  return { cpuMs: Number(result.output[3]), wallMs };
}

/** Bare `node -e 0` runs, taken between the other runs so that a busy moment does not skew them. */
const nodeRuns: Run[] = [];

/** RUNS runs of `node args`, each checked for exit code 0, each after a bare Node start. */
function runs(args: readonly string[]): Run[] {
  const measured: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    nodeRuns.push(runOnce(['-e', '0']));
    measured.push(runOnce(args));
  }
  return measured;
}

/**
 * The work of a command: in a fresh process, loads `cli/actions/<file>.js` and a logger, then measures one call
 * of `name(...args, context, setExitCode)`, output discarded. Returns the figures of RUNS processes.
 */
function workRuns(file: string, name: string, args: readonly unknown[], stateDir: string): Run[] {
  const script = `
    import { Writable } from 'node:stream';
    const action = await import(${JSON.stringify(new URL(`cli/actions/${file}.js`, DIST).href)});
    const { createLogger } = await import(${JSON.stringify(new URL('logging/create-logger.js', DIST).href)});
    const { Terminal } = await import(${JSON.stringify(new URL('cli/views/terminal.js', DIST).href)});
    const stdout = new Writable({ write: (_chunk, _encoding, done) => done() });
    const terminal = new Terminal({ stdout, stderr: stdout });
    const globals = { stateDir: ${JSON.stringify(stateDir)}, logLevel: 'info', logFormat: 'json', json: false,
      color: false, logColor: false, live: false };
    const context = { globals, logger: createLogger({ level: 'info', sink: terminal.writeLog }), stdout,
      display: { terminal, live: false, color: false } };
    let exitCode = 0;
    const cpu = process.cpuUsage();
    const start = performance.now();
    await action[${JSON.stringify(name)}](...${JSON.stringify(args)}, context, (code) => { exitCode = code; });
    const used = process.cpuUsage(cpu);
    process.stdout.write(JSON.stringify({ cpuMs: (used.user + used.system) / 1000,
      wallMs: performance.now() - start, exitCode }));
  `;
  const measured: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    const report = result.status === 0 ? (JSON.parse(result.stdout) as Run & { exitCode: number }) : null;
    if (report === null || report.exitCode !== 0)
      throw new Error(`the work of ${name} failed (${result.status}): ${result.stderr}${result.stdout}`);
    measured.push({ cpuMs: report.cpuMs, wallMs: report.wallMs });
  }
  return measured;
}

/** The example repository committed to a throwaway Git repository, for the pull-request plan. */
async function exampleGitRepository(root: string): Promise<string> {
  await cp(EXAMPLE_REPO, root, { recursive: true });
  const git = (...args: string[]): string =>
    execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.org', 'commit', '-q', '-m', 'example');
  return git('rev-parse', 'HEAD').trim();
}

const fastest = (values: readonly number[]): number => Math.min(...values);
const cpu = (measured: readonly Run[]): number[] => measured.map((r) => r.cpuMs);
const wall = (measured: readonly Run[]): number[] => measured.map((r) => r.wallMs);

interface Measured {
  readonly label: string;
  readonly runs: readonly Run[];
  /** The work of a command that does some, measured apart; null for --help. */
  readonly work: readonly Run[] | null;
}
const measured: Measured[] = COMMANDS.map((command) => ({
  label: `phoenix ${command} --help`,
  runs: runs([values.cli, command, '--help']),
  work: null,
}));

const workDir = await mkdtemp(join(tmpdir(), 'phoenix-cli-start-'));
try {
  const stateDir = join(workDir, 'state');
  const repository = join(workDir, 'repository');
  const head = await exampleGitRepository(repository);
  measured.push({
    label: 'phoenix validate --repo example-repo',
    runs: runs([values.cli, '--state-dir', stateDir, 'validate', '--repo', EXAMPLE_REPO]),
    work: workRuns('validate', 'runValidate', [{ repo: EXAMPLE_REPO }], stateDir),
  });
  const plan = { repo: repository, ref: head, base: head, offline: true, format: 'markdown' };
  measured.push({
    label: 'phoenix plan --offline --base HEAD (example-repo in Git)',
    runs: runs([
      values.cli,
      '--state-dir',
      stateDir,
      'plan',
      ...['--repo', repository, '--ref', head, '--base', head, '--offline', '--format', 'markdown'],
    ]),
    work: workRuns('plan', 'runPlan', [plan], stateDir),
  });
} finally {
  await rm(workDir, { recursive: true, force: true });
}

const node = { cpu: fastest(cpu(nodeRuns)), wall: fastest(wall(nodeRuns)) };
process.stdout.write(
  `bare node start: fastest CPU ${round(node.cpu)} ms, wall ${round(node.wall)} ms of ${nodeRuns.length} (subtracted below)\n`,
);
const verdict = new Verdict();
let slowest = 0;
for (const { label, runs: figures, work } of measured) {
  const cpuTimes = cpu(figures).map((t) => t - node.cpu);
  const wallTimes = wall(figures).map((t) => t - node.wall);
  const workCpu = work === null ? 0 : fastest(cpu(work));
  const workWall = work === null ? 0 : fastest(wall(work));
  const start = fastest(cpuTimes) - workCpu;
  slowest = Math.max(slowest, start);
  const workText =
    work === null ? '' : `, of which work CPU ${round(workCpu)} ms (wall ${round(workWall)} ms)`;
  process.stdout.write(
    `${label}: CPU fastest ${round(fastest(cpuTimes))} ms (median ${round(median(cpuTimes))}), wall fastest ${round(fastest(wallTimes))} ms${workText}; start wall ${round(fastest(wallTimes) - workWall)} ms | ${verdict.atMost('start CPU ms', start, TARGET_MS, 0.05)}\n`,
  );
}
process.stdout.write(`slowest command start: ${round(slowest)} ms (target <= ${TARGET_MS})\n`);
verdict.finish();

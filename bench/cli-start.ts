/**
 * CLI start: how long the built CLI (dist/; run `npm run build` first) takes to load what a command needs before
 * it does any work, less the fastest start of a bare `node -e 0` (Node's own start is not Phoenix's).
 *
 * - `phoenix <command> --help` for each command: it loads the command's definition and parses its options, and
 *   does no work.
 * - Two commands that do work: `phoenix validate` of the example repository (a working tree) and the
 *   pull-request plan `phoenix plan --offline` of the same declarations committed to a Git repository. Their
 *   start is the wall time of the command less its work, where the work is the same action (cli/actions) called
 *   the same way in a fresh Node process after its modules are loaded: its first call, cold like the CLI's, and
 *   with whatever the action itself loads at the point of use (isomorphic-git for a Git revision) counted as work.
 *
 * Each figure is the fastest of several runs (on a shared machine the other runs mostly measure the neighbours);
 * the start of a working command is its fastest wall time less the fastest of its work. Prints the median and the
 * fastest run per command and, last, `slowest command start: X ms`; exits non-zero when a start misses the
 * target by more than its noise.
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

/** Wall times of bare `node -e 0`, taken between the other runs so that a busy moment does not skew it. */
const nodeTimes: number[] = [];

function wallTime(args: readonly string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const ms = performance.now() - start;
  if (result.status !== 0)
    throw new Error(`${args.join(' ')} exited with ${result.status}: ${result.stderr}`);
  return ms;
}

/** Wall times of RUNS runs of `node args`, each checked for exit code 0, each after a bare Node start. */
function wallTimes(args: readonly string[]): number[] {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    nodeTimes.push(wallTime(['-e', '0']));
    times.push(wallTime(args));
  }
  return times;
}

/**
 * The work of a command: in a fresh process, loads `cli/actions/<file>.js` and a logger, then times one call of
 * `name(...args, context, setExitCode)`, output discarded. Returns the times of RUNS processes.
 */
function workTimes(file: string, name: string, args: readonly unknown[], stateDir: string): number[] {
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
    const start = performance.now();
    await action[${JSON.stringify(name)}](...${JSON.stringify(args)}, context, (code) => { exitCode = code; });
    process.stdout.write(JSON.stringify({ ms: performance.now() - start, exitCode }));
  `;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    const report =
      result.status === 0 ? (JSON.parse(result.stdout) as { ms: number; exitCode: number }) : null;
    if (report === null || report.exitCode !== 0)
      throw new Error(`the work of ${name} failed (${result.status}): ${result.stderr}${result.stdout}`);
    times.push(report.ms);
  }
  return times;
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

const fastest = (times: readonly number[]): number => Math.min(...times);

interface Measured {
  readonly label: string;
  readonly wall: readonly number[];
  /** The work of a command that does some, measured apart; null for --help. */
  readonly work: readonly number[] | null;
}
const measured: Measured[] = COMMANDS.map((command) => ({
  label: `phoenix ${command} --help`,
  wall: wallTimes([values.cli, command, '--help']),
  work: null,
}));

const workDir = await mkdtemp(join(tmpdir(), 'phoenix-cli-start-'));
try {
  const stateDir = join(workDir, 'state');
  const repository = join(workDir, 'repository');
  const head = await exampleGitRepository(repository);
  measured.push({
    label: 'phoenix validate --repo example-repo',
    wall: wallTimes([values.cli, '--state-dir', stateDir, 'validate', '--repo', EXAMPLE_REPO]),
    work: workTimes('validate', 'runValidate', [{ repo: EXAMPLE_REPO }], stateDir),
  });
  const plan = { repo: repository, ref: head, base: head, offline: true, format: 'markdown' };
  measured.push({
    label: 'phoenix plan --offline --base HEAD (example-repo in Git)',
    wall: wallTimes([
      values.cli,
      '--state-dir',
      stateDir,
      'plan',
      ...['--repo', repository, '--ref', head, '--base', head, '--offline', '--format', 'markdown'],
    ]),
    work: workTimes('plan', 'runPlan', [plan], stateDir),
  });
} finally {
  await rm(workDir, { recursive: true, force: true });
}

const node = fastest(nodeTimes);
process.stdout.write(
  `bare node start: fastest ${round(node)} ms of ${nodeTimes.length} (subtracted below)\n`,
);
const verdict = new Verdict();
let slowest = 0;
for (const { label, wall, work } of measured) {
  const times = wall.map((t) => t - node);
  const start = fastest(times) - (work === null ? 0 : fastest(work));
  slowest = Math.max(slowest, start);
  const workText =
    work === null ? '' : `, of which work ${round(fastest(work))} ms (median ${round(median(work))})`;
  process.stdout.write(
    `${label}: median ${round(median(times))} ms, fastest ${round(fastest(times))} ms${workText} | ${verdict.atMost('start ms', start, TARGET_MS, 0.05)}\n`,
  );
}
process.stdout.write(`slowest command start: ${round(slowest)} ms (target <= ${TARGET_MS})\n`);
verdict.finish();

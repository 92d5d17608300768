/**
 * Benchmark of the Git source against the git CLI, over smart HTTP served by git http-backend on loopback.
 * A repository of 2,000 commits and 1,000 declaration files (made with git fast-import) is cloned, polled with
 * nothing changed, fetched after one new commit, and read in full at a commit, each beside the git CLI doing the
 * same. Each clone goes to a new folder and each read of a commit opens the source afresh, as each git CLI command
 * is a new process. Figures are medians of --runs timed runs after eight untimed ones, on both sides (the daemon
 * runs compiled code); reads take at least 21 timed runs, Phoenix's and git's in turn; each fetch of one commit
 * starts from its own copy of the clone. The first run of all (before the code is compiled) is printed beside. Prints one line per figure with its ratio to git and, last, `slowest ratio to git CLI: X`; exits
 * non-zero when a ratio exceeds 2 by more than the noise.
 *
 *   npx tsx bench/git.ts [--commits N] [--files N] [--runs N]
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { openLocalRepository, openRevisionSource } from '../src/adapters/git/index.js';
import { createLogger } from '../src/logging/create-logger.js';
import type { RevisionSource } from '../src/ports/revision-source.js';
import { createBareRepository, git, gitEnvironment } from '../test/support/git-cli.js';
import { startGitHttpServer } from '../test/support/git-http-server.js';
import { round, Verdict } from './support/figures.js';

const { values } = parseArgs({
  options: {
    commits: { type: 'string', default: '2000' },
    files: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '5' },
  },
});
const COMMITS = Number(values.commits);
const FILES = Number(values.files);
const RUNS = Number(values.runs);
const EPOCH = 1_704_067_200;
/** Tolerance on the ratios: both sides are medians of a few runs on a shared machine. */
const NOISE = 0.15;

function declaration(index: number, generation: number): string {
  const name = `pool-${String(index).padStart(4, '0')}`;
  return [
    'apiVersion: phoenix/v1alpha1',
    'kind: NodePool',
    `metadata: { name: ${name}, labels: { tier: t${index % 7} } }`,
    'spec:',
    '  plan: base',
    `  replicas: ${1 + (generation % 5)}`,
    `  naming: { pattern: "${name}-{index:02}", fqdn: "{name}.example.org" }`,
    '  hardware: { serverHardwareType: SY480-Gen10, enclosureGroup: EG-1 }',
    `  attributes: { generation: "${generation}" }`,
    '',
  ].join('\n');
}

function fileName(index: number): string {
  return `pools/group-${String(index % 20).padStart(2, '0')}/pool-${String(index).padStart(4, '0')}.yaml`;
}

function data(text: string): string {
  return `data ${Buffer.byteLength(text)}\n${text}\n`;
}

/** A fast-import stream: the first commit adds every file, each later one changes one file. */
function* importStream(fromCommit: number, toCommit: number): Generator<string> {
  for (let commit = fromCommit; commit <= toCommit; commit += 1) {
    let out = `commit refs/heads/main\ncommitter Bench <bench@example.org> ${EPOCH + commit * 60} +0000\n`;
    out += data(`Change ${commit}`);
    if (commit === fromCommit && commit > 1) out += 'from refs/heads/main^0\n';
    const changed = commit === 1 ? [...Array(FILES).keys()] : [commit % FILES];
    for (const index of changed) {
      out += `M 100644 inline ${fileName(index)}\n${data(declaration(index, commit))}`;
    }
    yield out;
  }
}

async function fastImport(bare: string, fromCommit: number, toCommit: number): Promise<void> {
  const child = spawn('git', ['fast-import', '--quiet'], {
    cwd: bare,
    env: gitEnvironment(),
    stdio: ['pipe', 'ignore', 'inherit'],
  });
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`fast-import ${code}`))));
  });
  for (const chunk of importStream(fromCommit, toCommit)) {
    if (!child.stdin.write(chunk)) await new Promise((resolve) => child.stdin.once('drain', resolve));
  }
  child.stdin.end();
  await done;
}

async function time<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: Math.round((performance.now() - start) * 10) / 10, value };
}

/** Untimed runs before the timed ones: a long-running process (the daemon) runs compiled code. */
const WARM_UPS = 8;

interface Timing {
  /** The median of RUNS timed runs after WARM_UPS untimed ones. */
  readonly median: number;
  /** The first run of all: code not yet compiled (a one-shot CLI process). Printed, not judged. */
  readonly first?: number;
}

/** Times `work(run)`, run 0 to WARM_UPS + RUNS - 1. */
async function measure(work: (run: number) => Promise<unknown>): Promise<Timing> {
  const samples: number[] = [];
  for (let run = 0; run < WARM_UPS + RUNS; run += 1) samples.push((await time(() => work(run))).ms);
  const timed = samples.slice(WARM_UPS).sort((a, b) => a - b);
  return { median: timed[Math.floor(timed.length / 2)] as number, first: samples[0] as number };
}

/** Blobs read at once, as the declaration loader reads them. */
const READ_CONCURRENCY = 16;

/** Lists the commit (which reads no blob) and reads every file, READ_CONCURRENCY at a time. */
async function readEverything(source: RevisionSource, revision: string): Promise<number> {
  const tree = await source.open(revision);
  const files = (await tree.list('')).filter((entry) => entry.kind === 'file');
  let bytes = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < files.length; i = next++) {
      const read = await files[i]!.read();
      bytes += read.byteLength;
    }
  };
  await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
  return bytes;
}

/** git ls-tree -r, then every blob through one git cat-file --batch. */
async function readEverythingWithCli(gitdir: string, revision: string): Promise<number> {
  const listing = await git(['ls-tree', '-r', revision], { cwd: gitdir });
  const oids = listing
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split(/\s+/)[2] as string);
  const child = spawn('git', ['cat-file', '--batch'], { cwd: gitdir, env: gitEnvironment() });
  let bytes = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    bytes += chunk.byteLength;
  });
  const done = new Promise<void>((resolve) => child.on('close', () => resolve()));
  child.stdin.end(`${oids.join('\n')}\n`);
  await done;
  return bytes;
}

/** Timed runs of a read (a read is short: more runs steady its median). */
const READ_RUNS = Math.max(RUNS, 21);

/**
 * Times the works in turn, run after run (WARM_UPS untimed, then READ_RUNS timed): each sees the machine's load of
 * the same moment, so their ratio moves less than that of figures measured one after the other.
 */
async function measureInTurn(works: readonly (() => Promise<unknown>)[]): Promise<Timing[]> {
  const samples = works.map((): number[] => []);
  for (let run = 0; run < WARM_UPS + READ_RUNS; run += 1) {
    for (const [index, work] of works.entries()) samples[index]!.push((await time(work)).ms);
  }
  return samples.map((all) => {
    const timed = all.slice(WARM_UPS).sort((a, b) => a - b);
    return { median: timed[Math.floor(timed.length / 2)] as number, first: all[0] as number };
  });
}

async function main(): Promise<void> {
  const root = await mkdtemp(path.join(tmpdir(), 'phoenix-bench-git-'));
  const logger = createLogger({ level: 'silent', destination: { write: () => undefined } });
  const served = path.join(root, 'served');
  const bare = await createBareRepository(served, 'site.git');
  const generate = await time(async () => {
    await fastImport(bare, 1, COMMITS);
    await git(['repack', '-adq'], { cwd: bare });
  });
  const server = await startGitHttpServer({ root: served });
  const url = server.repoUrl('site.git');
  try {
    const head = (await git(['rev-parse', 'main'], { cwd: bare })).trim();
    const sourceOptions = { stateDir: path.join(root, 'state'), logger, env: {} };
    // Each clone goes to a folder of its own, on both sides.
    const clone = await measure(async (run) =>
      (
        await openRevisionSource(url, { ...sourceOptions, stateDir: path.join(root, `state-${run}`) })
      ).fetch(),
    );
    const cliClone = await measure((run) =>
      git(['clone', '--quiet', '--bare', url, path.join(root, `cli-clone-${run}.git`)]),
    );
    const source = await openRevisionSource(url, sourceOptions);
    await source.fetch();
    const cliRepository = path.join(root, 'cli-clone-0.git');

    server.clearRequests();
    const poll = await measure(() => source.checkRef('main', head));
    const pollRequests = server.requests.length / (WARM_UPS + RUNS);
    const cliPoll = await measure(() => git(['ls-remote', url, 'refs/heads/main']));

    // Each fetch of the new commit starts from a copy of the clone as it was before that commit, on both sides:
    // one new pack per copy, as in the daemon, and as many samples as the other figures.
    const fetchRuns = WARM_UPS + RUNS;
    const fetchSources: RevisionSource[] = [];
    const cliFetchCopies: string[] = [];
    for (let run = 0; run < fetchRuns; run += 1) {
      const stateDir = path.join(root, `fetch-state-${run}`);
      await cp(sourceOptions.stateDir, stateDir, { recursive: true });
      fetchSources.push(await openRevisionSource(url, { ...sourceOptions, stateDir }));
      const cliCopy = path.join(root, `cli-fetch-${run}.git`);
      await cp(cliRepository, cliCopy, { recursive: true });
      cliFetchCopies.push(cliCopy);
    }

    await fastImport(bare, COMMITS + 1, COMMITS + 1);
    const next = (await git(['rev-parse', 'main'], { cwd: bare })).trim();
    const fetchNew = async (from: RevisionSource): Promise<string> => {
      const check = await from.checkRef('main', head);
      return check.changed ? from.resolve('main') : head;
    };
    server.clearRequests();
    const fetchOne = await measure(async (run) => {
      if ((await fetchNew(fetchSources[run]!)) !== next) {
        throw new Error('the incremental fetch did not bring the new commit');
      }
    });
    const fetchRequests = server.requests.length / fetchRuns;
    const cliFetch = await measure((run) =>
      git(['fetch', '--quiet', url, '+refs/heads/*:refs/heads/*'], { cwd: cliFetchCopies[run]! }),
    );
    // The repositories the reads below use get the new commit too, untimed.
    await fetchNew(source);
    await git(['fetch', '--quiet', url, '+refs/heads/*:refs/heads/*'], { cwd: cliRepository });

    // Each read opens the source afresh, as each git CLI read starts a new process: nothing read before is cached.
    const [read, readLocal, cliRead] = (await measureInTurn([
      async () => readEverything(await openRevisionSource(url, sourceOptions), next),
      async () => readEverything(await openLocalRepository(bare), next),
      () => readEverythingWithCli(cliRepository, next),
    ])) as [Timing, Timing, Timing];

    const figures: [string, Timing, Timing][] = [
      ['clone', clone, cliClone],
      ['no-op poll', poll, cliPoll],
      ['fetch one commit', fetchOne, cliFetch],
      ['read every file at a commit', read, cliRead],
      ['read every file, local repository', readLocal, cliRead],
    ];
    const verdict = new Verdict();
    process.stdout.write(
      `git: ${COMMITS} commits, ${FILES} files (generated in ${generate.ms} ms), ${RUNS} runs; no-op poll ${pollRequests} requests, fetch of one commit ${fetchRequests}\n`,
    );
    let slowest = 0;
    for (const [label, phoenix, cli] of figures) {
      const ratio = phoenix.median / Math.max(cli.median, 0.1);
      slowest = Math.max(slowest, ratio);
      const cold = phoenix.first === undefined ? '' : ` (first run ${phoenix.first} ms vs ${cli.first} ms)`;
      process.stdout.write(
        `${label}: phoenix ${phoenix.median} ms, git CLI ${cli.median} ms, ratio ${round(ratio, 2)}${cold} | ${verdict.atMost('ratio', ratio, 2, NOISE)}\n`,
      );
    }
    process.stdout.write(`slowest ratio to git CLI: ${round(slowest, 2)} (target <= 2)\n`);
    verdict.finish();
  } finally {
    await server.close();
    await rm(root, { recursive: true, force: true });
  }
}

await main();

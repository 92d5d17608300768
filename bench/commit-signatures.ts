/**
 * Benchmark of commit verification: a repository of 2,000 commits (made with git fast-import), then 20 commits
 * signed with an SSH key and 1 with an OpenPGP key by git. Measures one `head` check of each kind and a
 * `history` check of the signed commits since the last applied revision: the walk should read those and not the
 * 2,000 older ones. Prints one JSON object, each figure beside its target.
 *
 *   npx tsx bench/commit-signatures.ts [--commits N] [--signed N] [--runs N]
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { openLocalRepository } from '../src/adapters/git/index.js';
import { openSignatureVerifier } from '../src/adapters/signatures/index.js';
import { checkRevision } from '../src/engine/commit-signatures/verify-revision.js';
import { createLogger } from '../src/logging/create-logger.js';
import { git, gitEnvironment } from '../test/support/git-cli.js';
import {
  allowedSignerLine,
  commitSigned,
  makeGpgKey,
  makeSshKey,
  stopGpg,
} from '../test/support/signing-keys.js';

const { values } = parseArgs({
  options: {
    commits: { type: 'string', default: '2000' },
    signed: { type: 'string', default: '20' },
    runs: { type: 'string', default: '5' },
  },
});
const COMMITS = Number(values.commits);
const SIGNED = Number(values.signed);
const RUNS = Number(values.runs);
const EPOCH = 1_704_067_200;
const logger = createLogger({ level: 'silent', destination: { write: () => undefined } });

async function fastImport(repo: string): Promise<void> {
  const child = spawn('git', ['fast-import', '--quiet'], {
    cwd: repo,
    env: gitEnvironment(),
    stdio: ['pipe', 'ignore', 'inherit'],
  });
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`fast-import ${code}`))));
  });
  for (let commit = 1; commit <= COMMITS; commit += 1) {
    const message = `Change ${commit}`;
    const content = `generation: ${commit}\n`;
    child.stdin.write(
      `commit refs/heads/main\ncommitter Bench <bench@example.org> ${EPOCH + commit * 60} +0000\n` +
        `data ${message.length}\n${message}\nM 100644 inline notes.yaml\ndata ${content.length}\n${content}\n`,
    );
  }
  child.stdin.end();
  await done;
}

async function median(work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return Math.round((times[Math.floor(times.length / 2)] ?? 0) * 10) / 10;
}

async function main(): Promise<void> {
  const root = await mkdtemp(path.join(tmpdir(), 'phoenix-bench-sign-'));
  const gpg = await makeGpgKey(root, 'Bench Signer <bench@example.org>');
  try {
    const repo = path.join(root, 'repo');
    await git(['init', '--quiet', '--initial-branch=main', repo]);
    await fastImport(repo);
    await git(['checkout', '--quiet', 'main'], { cwd: repo });
    const applied = (await git(['rev-parse', 'HEAD'], { cwd: repo })).trim();
    const ssh = await makeSshKey(path.join(root, 'keys'), 'ed25519', 'id_bench');
    for (let i = 0; i < SIGNED; i += 1)
      await commitSigned(repo, ssh, { 'notes.yaml': `signed: ${i}\n` }, `s${i}`);
    const sshHead = (await git(['rev-parse', 'HEAD'], { cwd: repo })).trim();
    const gpgHead = await commitSigned(repo, gpg, { 'notes.yaml': 'gpg\n' }, 'signed with gpg');
    await writeFile(path.join(root, 'allowed'), `${allowedSignerLine('bench@example.org', ssh)}\n`);
    await writeFile(path.join(root, 'trusted.asc'), gpg.armored);
    const verifier = await openSignatureVerifier({
      allowedSigners: path.join(root, 'allowed'),
      trustedKeys: path.join(root, 'trusted.asc'),
    });
    const source = await openLocalRepository(repo);
    const run = async (mode: 'head' | 'history', revision: string, since: string | null) => {
      const result = await checkRevision({ policy: { mode, verifier }, revision, since }, { source, logger });
      if (result.failure !== null) throw new Error(`refused: ${result.failure.check.reason}`);
      return result;
    };
    const headSshMs = await median(() => run('head', sshHead, null));
    const headOpenPgpMs = await median(() => run('head', gpgHead, null));
    const historyMs = await median(() => run('history', sshHead, applied));
    console.log(
      JSON.stringify(
        {
          benchmark: 'commit-signatures',
          repository: { commits: COMMITS + SIGNED + 1, signedSinceLastApplied: SIGNED },
          runs: RUNS,
          headSshMs,
          headSshTargetMs: 50,
          headOpenPgpMs,
          headOpenPgpTargetMs: 100,
          historyMs,
          historyTargetMs: 1000,
        },
        null,
        2,
      ),
    );
  } finally {
    await stopGpg(gpg);
    await rm(root, { recursive: true, force: true });
  }
}

await main();

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as git from 'isomorphic-git';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRevisionSource } from '../../../src/adapters/git/index.js';
import { indexPack as indexInOnePass } from '../../../src/adapters/git/index-pack.js';
import { gitEnvironment, git as gitCli } from '../../support/git-cli.js';
import { createGitFixture, type GitFixture } from './git-fixture.js';

const requireFromGit = createRequire(createRequire(import.meta.url).resolve('isomorphic-git'));
/** The module object isomorphic-git calls pako through, and pako's own inflate. */
const pako = requireFromGit('pako') as Record<'inflate', unknown>;
const pakoOwn = requireFromGit('pako/lib/inflate.js') as Record<'inflate', unknown>;

/**
 * What isomorphic-git's indexing of a pack file gives: the index it writes, or the error it throws. With a progress
 * callback, isomorphic-git's own indexing runs instead of the one-pass one.
 */
async function indexPack(
  dir: string,
  pack: string,
  onProgress?: () => void,
): Promise<{ idx?: Buffer; error?: string }> {
  await rm(path.join(dir, pack.replace(/\.pack$/, '.idx')), { force: true });
  try {
    await git.indexPack({ fs, dir, filepath: pack, ...(onProgress === undefined ? {} : { onProgress }) });
    return { idx: await readFile(path.join(dir, pack.replace(/\.pack$/, '.idx'))) };
  } catch (error) {
    return { error: `${(error as { code?: string }).code}: ${(error as Error).message}` };
  }
}

/** The same, as isomorphic-git alone does it: its own indexing, with pako's own inflate. */
async function indexPackWithPako(dir: string, pack: string): Promise<{ idx?: Buffer; error?: string }> {
  const native = { inflate: pako.inflate };
  Object.assign(pako, { inflate: pakoOwn.inflate });
  try {
    return await indexPack(dir, pack, () => undefined);
  } finally {
    Object.assign(pako, native);
  }
}

/** The pack `git pack-objects` writes of the objects (or, with --revs, the revisions) on its input. */
async function packObjects(
  gitdir: string,
  options: readonly string[],
  input: readonly string[],
): Promise<Buffer> {
  const child = spawn('git', ['pack-objects', '--stdout', '-q', ...options], {
    cwd: gitdir,
    env: gitEnvironment(),
  });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) =>
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`pack-objects exited ${code}`)))),
  );
  child.stdin.end(`${input.join('\n')}\n`);
  await done;
  return Buffer.concat(chunks);
}

async function packIn(gitdir: string): Promise<string> {
  const dir = path.join(gitdir, 'objects/pack');
  return path.join(dir, (await readdir(dir)).find((name) => name.endsWith('.pack')) as string);
}

describe('indexing of fetched packs', () => {
  let fixture: GitFixture;

  beforeEach(async () => {
    fixture = await createGitFixture();
    const lines = Array.from({ length: 40 }, (_, index) => `  attribute${index}: value ${index}\n`);
    for (let version = 0; version < 20; version += 1) {
      lines[version] = `  attribute${version}: changed in version ${version}\n`;
      await fixture.work.commit(
        { [`pools/pool-${version % 4}.yaml`]: `kind: NodePool\nspec:\n${lines.join('')}` },
        `Version ${version}`,
      );
    }
    await fixture.publish();
    await gitCli(['repack', '-adfq', '--depth=50', '--window=50'], { cwd: fixture.bare });
  });

  afterEach(async () => {
    await fixture.dispose();
  });

  it('writes, for a clone and a fetch, the index git index-pack writes for the same pack', async () => {
    const source = await openRevisionSource(fixture.url, {
      stateDir: fixture.stateDir,
      logger: fixture.logger,
    });
    await source.fetch();
    await fixture.work.commit({ 'pools/pool-9.yaml': 'kind: NodePool\n' }, 'One more');
    await fixture.publish();
    await source.fetch();
    const cache = path.join(fixture.stateDir, 'git');
    const packDir = path.join(cache, (await readdir(cache))[0] as string, 'objects/pack');
    const packs = (await readdir(packDir)).filter((name) => name.endsWith('.pack'));
    expect(packs).toHaveLength(2);
    for (const pack of packs) {
      const expected = path.join(fixture.root, `${pack}.idx`);
      await gitCli(['index-pack', '-o', expected, path.join(packDir, pack)]);
      expect(await readFile(path.join(packDir, pack.replace(/\.pack$/, '.idx')))).toEqual(
        await readFile(expected),
      );
    }
  });

  it('indexes a pack of deltas by object name as git does, and a thin one from the repository it lands in', async () => {
    const dir = path.join(fixture.root, 'packs');
    await mkdir(dir);
    // Without --delta-base-offset, git names each delta's base by its id (ref-delta) instead of its offset.
    const objects = await gitCli(['rev-list', '--objects', '--all'], { cwd: fixture.bare });
    const names = objects
      .split('\n')
      .map((line) => line.split(' ')[0] as string)
      .filter((name) => name !== '');
    const refDeltas = await packObjects(fixture.bare, ['--window=50', '--depth=50'], names);
    await writeFile(path.join(dir, 'ref-delta.pack'), refDeltas);
    const indexed = await indexPack(dir, 'ref-delta.pack');
    await gitCli(['index-pack', '-o', path.join(dir, 'expected.idx'), path.join(dir, 'ref-delta.pack')]);
    expect(indexed.idx).toEqual(await readFile(path.join(dir, 'expected.idx')));

    // A thin pack: the last commit's objects, deltified against objects of the commit before, which it lacks.
    const listing = Array.from({ length: 200 }, (_, index) => `  - node-${index}.example.org\n`).join('');
    await fixture.work.commit({ 'nodes.yaml': `nodes:\n${listing}` }, 'List the nodes');
    await fixture.work.commit(
      { 'nodes.yaml': `nodes:\n${listing}  - one-more.example.org\n` },
      'One more node',
    );
    await fixture.publish();
    const head = (await gitCli(['rev-parse', 'main'], { cwd: fixture.bare })).trim();
    const sent = await gitCli(['rev-list', '--objects', `${head}~1..${head}`], { cwd: fixture.bare });
    const thin = await packObjects(fixture.bare, ['--thin', '--revs'], [head, `^${head}~1`]);
    const repository = path.join(fixture.root, 'receiving');
    await gitCli(['clone', '--quiet', '--bare', fixture.bare, repository]);
    await writeFile(path.join(repository, 'thin.pack'), thin);
    // Its deltas on objects it lacks are resolved from the repository, by isomorphic-git's own reader.
    expect((await indexInOnePass(thin)).unresolved.length).toBeGreaterThan(0);
    const { oids } = await git.indexPack({ fs, dir: repository, gitdir: repository, filepath: 'thin.pack' });
    const expected = sent
      .split('\n')
      .map((line) => line.split(' ')[0])
      .filter((name) => name !== '');
    expect([...oids].sort()).toEqual([...expected].sort());
  });

  it('fails on a corrupt pack and on a truncated one as it does with pako', async () => {
    const dir = path.join(fixture.root, 'packs');
    await mkdir(dir);
    const original = await packIn(fixture.bare);
    const bytes = await readFile(original);
    await copyFile(original, path.join(dir, 'whole.pack'));
    const whole = await indexPack(dir, 'whole.pack');
    expect(whole.idx).toEqual(await readFile(original.replace(/\.pack$/, '.idx')));

    // A byte flipped in every stretch of the pack: each lands in some object's compressed data or header.
    const errors: string[] = [];
    for (let at = 100; at < bytes.length - 20; at += Math.floor(bytes.length / 7)) {
      const corrupt = Buffer.from(bytes);
      corrupt[at] = (corrupt[at] as number) ^ 0x5a;
      await writeFile(path.join(dir, 'corrupt.pack'), corrupt);
      const outcome = await indexPack(dir, 'corrupt.pack');
      expect(outcome).toEqual(await indexPackWithPako(dir, 'corrupt.pack'));
      if (outcome.error !== undefined) errors.push(outcome.error);
    }
    expect(errors.length).toBeGreaterThan(0);
    await copyFile(original, path.join(dir, 'truncated.pack'));
    await truncate(path.join(dir, 'truncated.pack'), Math.floor(bytes.length / 2));
    const truncated = await indexPack(dir, 'truncated.pack');
    expect(truncated).toEqual(await indexPackWithPako(dir, 'truncated.pack'));
  });
});

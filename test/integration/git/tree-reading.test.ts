import * as fs from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as isomorphicGit from 'isomorphic-git';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ObjectStore } from '../../../src/adapters/git/object-store.js';
import { git, WorkRepository } from '../../support/git-cli.js';

/** The trees of `revision`, the root's included, from `git ls-tree`. */
async function treesOf(gitdir: string, revision: string): Promise<string[]> {
  const root = (await git(['rev-parse', `${revision}^{tree}`], { cwd: gitdir })).trim();
  const listing = await git(['ls-tree', '-r', '-t', revision], { cwd: gitdir });
  const trees = listing
    .split('\n')
    .map((line) => line.split(/\s+/))
    .filter((fields) => fields[1] === 'tree')
    .map((fields) => fields[2] as string);
  return [root, ...trees];
}

/** What isomorphic-git alone makes of a tree: its entries, or its error's code. */
async function isomorphicTree(gitdir: string, oid: string): Promise<unknown> {
  try {
    return (await isomorphicGit.readTree({ fs, gitdir, oid })).tree;
  } catch (error) {
    return { code: (error as { code?: unknown }).code };
  }
}

describe('reading trees', () => {
  let root: string;
  let loose: string;
  let packed: string;
  let head: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'phoenix-trees-'));
    const work = await WorkRepository.create(path.join(root, 'work'));
    await work.commit(
      {
        'a-b': 'x\n',
        'a.b': 'x\n',
        'a/pool.yaml': 'kind: NodePool\n',
        'café.yaml': 'kind: NodePool\n',
        'with space.yaml': 'kind: NodePool\n',
        'pools/group-01/pool-0001.yaml': 'kind: NodePool\n',
        'pools/group-01.yaml': 'kind: NodePool\n',
        'pools/link.yaml': { symlink: 'group-01.yaml' },
      },
      'Names git and isomorphic-git order differently',
    );
    head = await work.head();
    loose = path.join(work.directory, '.git');
    packed = path.join(root, 'packed.git');
    await git(['clone', '--quiet', '--bare', '--no-local', loose, packed]);
    await git(['repack', '-adq'], { cwd: packed });
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("gives every tree as isomorphic-git's readTree does, packed or loose", async () => {
    for (const gitdir of [packed, loose]) {
      const store = new ObjectStore(gitdir);
      await store.readCommit(head);
      for (const tree of await treesOf(gitdir, head)) {
        expect(await store.readTree(tree)).toEqual(await isomorphicTree(gitdir, tree));
      }
    }
  });

  it.each([['.GIT'], ['..'], ['git~1']])(
    'fails on a packed tree with the unsafe name %j as GIT_REPO_CORRUPT, as isomorphic-git refuses it',
    async (name) => {
      const gitdir = path.join(root, `unsafe-${name.replace(/\W/g, '_')}.git`);
      await git(['clone', '--quiet', '--bare', '--no-local', packed, gitdir]);
      const blob = (await git(['rev-parse', `${head}:a.b`], { cwd: gitdir })).trim();
      // Written as raw bytes: git's own commands refuse to make such a tree.
      const entry = (entryName: string): Buffer =>
        Buffer.concat([Buffer.from(`100644 ${entryName}\0`), Buffer.from(blob, 'hex')]);
      const bytesFile = path.join(root, `${path.basename(gitdir)}.tree`);
      await writeFile(bytesFile, Buffer.concat([entry(name), entry('ok.yaml')]));
      const tree = (
        await git(['hash-object', '-t', 'tree', '--literally', '-w', bytesFile], { cwd: gitdir })
      ).trim();
      const commit = (await git(['commit-tree', tree, '-p', head, '-m', 'Unsafe'], { cwd: gitdir })).trim();
      await git(['update-ref', 'refs/heads/main', commit], { cwd: gitdir });
      await git(['repack', '-adq'], { cwd: gitdir });
      expect(await isomorphicTree(gitdir, tree)).toEqual({ code: 'UnsafeFilepathError' });

      const store = new ObjectStore(gitdir);
      // The commit's read loads and checks the pack, so that the tree is read straight from it.
      expect((await store.readCommit(commit)).tree).toBe(tree);
      for (let attempt = 0; attempt < 2; attempt += 1) {
        await expect(store.readTree(tree)).rejects.toMatchObject({
          code: 'GIT_REPO_CORRUPT',
          cause: { code: 'UnsafeFilepathError' },
        });
      }
    },
  );
});

import { createRequire } from 'node:module';
import { mkdtemp, open, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ObjectStore } from '../../../src/adapters/git/object-store.js';
import { git, WorkRepository } from '../../support/git-cli.js';

const pako = createRequire(createRequire(import.meta.url).resolve('isomorphic-git'))('pako') as {
  inflate: (data: Uint8Array) => Uint8Array;
};

/** Runs `work` and returns how many objects isomorphic-git inflated meanwhile. */
async function countInflates(work: () => Promise<unknown>): Promise<number> {
  const inflate = pako.inflate;
  let count = 0;
  pako.inflate = (data) => {
    count += 1;
    return inflate(data);
  };
  try {
    await work();
  } finally {
    pako.inflate = inflate;
  }
  return count;
}

interface PackedBlob {
  readonly oid: string;
  /** Deltas between this object and a whole one in the pack (0 for a whole object). */
  readonly depth: number;
}

/** The blobs of the repository's one pack, from `git verify-pack -v`. */
async function packedBlobs(gitdir: string): Promise<PackedBlob[]> {
  const pack = (await readdir(path.join(gitdir, 'objects/pack'))).find((name) => name.endsWith('.idx'));
  const listing = await git(['verify-pack', '-v', path.join(gitdir, 'objects/pack', pack as string)]);
  return listing
    .split('\n')
    .map((line) => line.split(/\s+/))
    .filter((fields) => fields[1] === 'blob')
    .map((fields) => ({ oid: fields[0] as string, depth: fields.length > 6 ? Number(fields[5]) : 0 }));
}

describe('cache of resolved pack objects', () => {
  let root: string;
  let gitdir: string;
  let blobs: PackedBlob[];

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'phoenix-pack-cache-'));
    const work = await WorkRepository.create(path.join(root, 'work'));
    const lines = Array.from({ length: 60 }, (_, index) => `  attribute${index}: value ${index}\n`);
    for (let version = 0; version < 30; version += 1) {
      lines[version] = `  attribute${version}: changed in version ${version}\n`;
      await work.commit(
        { 'pools/pool.yaml': `kind: NodePool\nspec:\n${lines.join('')}` },
        `Version ${version}`,
      );
    }
    await git(['repack', '-adfq', '--depth=50', '--window=50'], { cwd: work.directory });
    gitdir = path.join(work.directory, '.git');
    blobs = await packedBlobs(gitdir);
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('reads every object as git does, resolving each delta base once', async () => {
    const deepest = blobs.reduce((a, b) => (b.depth > a.depth ? b : a));
    // The case the cache is for: a chain of deltas, each read of which would otherwise inflate the whole chain.
    expect(deepest.depth).toBeGreaterThan(10);
    const store = new ObjectStore(gitdir);
    const first = await countInflates(() => store.readBlob(deepest.oid));
    expect(first).toBe(deepest.depth + 1);
    expect(await countInflates(() => store.readBlob(deepest.oid))).toBe(0);
    for (const blob of blobs) {
      const expected = Buffer.from(await git(['cat-file', 'blob', blob.oid], { cwd: gitdir }));
      expect(Buffer.from(await store.readBlob(blob.oid))).toEqual(expected);
    }
  });

  it('keeps no more than its budget, and reads the same without it', async () => {
    const deepest = blobs.reduce((a, b) => (b.depth > a.depth ? b : a));
    const cached = new ObjectStore(gitdir);
    const expected = await cached.readBlob(deepest.oid);
    // A budget of one byte keeps nothing: each read resolves the whole chain again.
    const store = new ObjectStore(gitdir, { objectBudget: 1 });
    expect(await countInflates(() => store.readBlob(deepest.oid))).toBe(deepest.depth + 1);
    expect(await countInflates(() => store.readBlob(deepest.oid))).toBe(deepest.depth + 1);
    expect(await store.readBlob(deepest.oid)).toEqual(expected);
  });

  it('keeps nothing of a corrupt pack: each read fails as the first did', async () => {
    const copy = path.join(root, 'corrupt.git');
    await git(['clone', '--quiet', '--bare', gitdir, copy]);
    const packDir = path.join(copy, 'objects/pack');
    const pack = (await readdir(packDir)).find((name) => name.endsWith('.pack')) as string;
    const handle = await open(path.join(packDir, pack), 'r+');
    try {
      const middle = Buffer.alloc(1);
      const { size } = await handle.stat();
      await handle.read(middle, 0, 1, Math.floor(size / 2));
      await handle.write(Buffer.from([middle[0]! ^ 0xff]), 0, 1, Math.floor(size / 2));
    } finally {
      await handle.close();
    }
    const store = new ObjectStore(copy);
    const oid = (blobs[0] as PackedBlob).oid;
    await expect(store.readBlob(oid)).rejects.toMatchObject({ code: 'GIT_REPO_CORRUPT' });
    await expect(store.readBlob(oid)).rejects.toMatchObject({ code: 'GIT_REPO_CORRUPT' });
  });
});

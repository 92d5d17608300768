import { createRequire, syncBuiltinESMExports } from 'node:module';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { mkdtemp, open, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as isomorphicGit from 'isomorphic-git';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ObjectStore } from '../../../src/adapters/git/object-store.js';
import { git, WorkRepository } from '../../support/git-cli.js';

const require = createRequire(import.meta.url);
const zlib = require('node:zlib') as { inflateSync: (...args: unknown[]) => Buffer };
const pako = require(require.resolve('pako', { paths: [require.resolve('isomorphic-git')] })) as {
  inflate: (data: Uint8Array) => Uint8Array;
};

/** Runs `work` and returns how many objects were inflated meanwhile (by node:zlib, or by pako for isomorphic-git). */
async function countInflates(work: () => Promise<unknown>): Promise<number> {
  const inflateSync = zlib.inflateSync;
  const inflate = pako.inflate;
  let count = 0;
  zlib.inflateSync = (...args) => {
    count += 1;
    return inflateSync(...args);
  };
  pako.inflate = (data) => {
    count += 1;
    return inflate(data);
  };
  syncBuiltinESMExports();
  try {
    await work();
  } finally {
    zlib.inflateSync = inflateSync;
    pako.inflate = inflate;
    syncBuiltinESMExports();
  }
  return count;
}

interface PackedBlob {
  readonly oid: string;
  /** Deltas between this object and a whole one in the pack (0 for a whole object). */
  readonly depth: number;
  /** Where the object starts in the pack, and its bytes there. */
  readonly offset: number;
  readonly packedSize: number;
}

/** The blobs of the repository's one pack, from `git verify-pack -v`. */
async function packedBlobs(gitdir: string): Promise<PackedBlob[]> {
  const pack = (await readdir(path.join(gitdir, 'objects/pack'))).find((name) => name.endsWith('.idx'));
  const listing = await git(['verify-pack', '-v', path.join(gitdir, 'objects/pack', pack as string)]);
  return listing
    .split('\n')
    .map((line) => line.split(/\s+/))
    .filter((fields) => fields[1] === 'blob')
    .map((fields) => ({
      oid: fields[0] as string,
      depth: fields.length > 6 ? Number(fields[5]) : 0,
      packedSize: Number(fields[3]),
      offset: Number(fields[4]),
    }));
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
    await git(['clone', '--quiet', '--bare', '--no-local', gitdir, copy]);
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

  it("fails on a corrupt object of a pack whose checksum holds with isomorphic-git's own error", async () => {
    const copy = path.join(root, 'corrupt-object.git');
    await git(['clone', '--quiet', '--bare', '--no-local', gitdir, copy]);
    const packDir = path.join(copy, 'objects/pack');
    const name = (await readdir(packDir)).find((file) => file.endsWith('.pack')) as string;
    const packFile = path.join(packDir, name);
    const indexFile = packFile.replace(/\.pack$/, '.idx');
    const whole = blobs.find((blob) => blob.depth === 0 && blob.packedSize > 40) as PackedBlob;
    // A byte of the object's compressed data flipped, and the pack's checksum (in the pack and its index) made
    // to match, so that the pack passes isomorphic-git's check and the object itself is what fails.
    const pack = await readFile(packFile);
    const at = whole.offset + Math.floor(whole.packedSize / 2);
    pack[at] = (pack[at] as number) ^ 0xff;
    const checksum = createHash('sha1').update(pack.subarray(0, -20)).digest();
    checksum.copy(pack, pack.length - 20);
    await writeFile(packFile, pack);
    const index = await readFile(indexFile);
    checksum.copy(index, index.length - 40);
    await writeFile(indexFile, index);

    let alone: unknown = null;
    try {
      await isomorphicGit.readBlob({ fs, gitdir: copy, oid: whole.oid });
    } catch (error) {
      alone = error;
    }
    expect(alone).toBeInstanceOf(Error);
    const store = new ObjectStore(copy);
    // A tree first, so that the pack is loaded and checked and the blob takes the direct read.
    const head = (await git(['rev-parse', 'HEAD'], { cwd: copy })).trim();
    await store.readTree((await store.readCommit(head)).tree);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      await expect(store.readBlob(whole.oid)).rejects.toMatchObject({
        code: 'GIT_REPO_CORRUPT',
        cause: { message: (alone as Error).message },
      });
    }
  });
});

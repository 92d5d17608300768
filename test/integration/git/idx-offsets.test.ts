import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readIdx } from '../../../src/adapters/git/idx-offsets.js';
import { git, WorkRepository } from '../../support/git-cli.js';

const run = promisify(execFile);

describe('pack index read where it lies', () => {
  let root: string;
  let idx: Buffer;
  /** Object id to offset, from `git show-index`. */
  let expected: Map<string, number>;
  let packChecksum: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'phoenix-idx-'));
    const work = await WorkRepository.create(path.join(root, 'work'));
    for (let version = 0; version < 40; version += 1) {
      await work.commit(
        { [`pools/pool-${version % 7}.yaml`]: `kind: NodePool\nversion: ${version}\n` },
        `V${version}`,
      );
    }
    await git(['repack', '-adq'], { cwd: work.directory });
    const packDir = path.join(work.directory, '.git/objects/pack');
    const name = (await readdir(packDir)).find((file) => file.endsWith('.idx')) as string;
    idx = await readFile(path.join(packDir, name));
    packChecksum = name.replace(/^pack-|\.idx$/g, '');
    const { stdout } = await run('sh', ['-c', `git show-index < "${path.join(packDir, name)}"`]);
    expected = new Map(
      stdout
        .trim()
        .split('\n')
        .map((line) => line.split(' '))
        .map(([offset, oid]) => [oid as string, Number(offset)]),
    );
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('finds every object at the offset git gives, and nothing else', () => {
    const content = readIdx(idx);
    expect(content?.packfileSha).toBe(packChecksum);
    const offsets = content!.offsets;
    expect(offsets.size).toBe(expected.size);
    for (const [oid, offset] of expected) {
      expect(offsets.get(oid)).toBe(offset);
      expect(offsets.has(oid)).toBe(true);
    }
    const some = [...expected.keys()][0] as string;
    for (const absent of [
      '0'.repeat(40),
      'f'.repeat(40),
      some.toUpperCase(),
      some.slice(0, 39),
      `${some}0`,
    ]) {
      expect(offsets.get(absent)).toBeUndefined();
      expect(offsets.has(absent)).toBe(false);
    }
    // Read in full when walked, as the map isomorphic-git builds.
    expect(offsets.names()).toEqual([...expected.keys()].sort());
    expect(new Map(offsets)).toEqual(expected);
    expect([...offsets.keys()].sort()).toEqual([...expected.keys()].sort());
    expect(offsets.get(some)).toBe(expected.get(some));
  });

  it('leaves to isomorphic-git what it should judge: another version, a file cut short', () => {
    const v1 = Buffer.from(idx);
    v1.writeUInt32BE(1, 4);
    expect(readIdx(v1)).toBeNull();
    expect(readIdx(idx.subarray(0, idx.length - 60))).toBeNull();
    expect(readIdx(idx.subarray(0, 100))).toBeNull();
  });
});

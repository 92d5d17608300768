import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRevisionSource } from '../../../src/adapters/git/index.js';
import { createLogger } from '../../../src/logging/create-logger.js';
import { createBareRepository, git, WorkRepository } from '../../support/git-cli.js';

const logger = createLogger({ level: 'silent', destination: { write: () => undefined } });
const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

describe('local revision source', () => {
  let root: string;
  let work: WorkRepository;
  let first: string;
  let second: string;

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'phoenix-local-git-'));
    work = await WorkRepository.create(path.join(root, 'work'));
    first = await work.commit({ 'site.yaml': 'kind: Site\n', 'plans/base.yaml': 'kind: Plan\n' }, 'One');
    await work.tag('v1', 'Release 1');
    second = await work.commit({ 'plans/base.yaml': 'kind: Plan\n# two\n' }, 'Two');
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const open = (repo: string) => openRevisionSource(repo, { stateDir: path.join(root, 'state'), logger });

  it('reads any commit from git objects, not from the work tree', async () => {
    await work.commit({}, 'Empty');
    await rm(path.join(work.directory, 'site.yaml'));
    const source = await open(work.directory);
    expect(source.description).toBe(work.directory);
    const tree = await source.open(first);
    const files = await tree.list('');
    const sizes = files.map(async (entry) => [
      entry.path,
      entry.kind === 'file' ? (await entry.read()).byteLength : -1,
    ]);
    expect(await Promise.all(sizes)).toEqual([
      ['plans/base.yaml', 'kind: Plan\n'.length],
      ['site.yaml', 'kind: Site\n'.length],
    ]);
    const site = files.find((entry) => entry.path === 'site.yaml');
    expect(site?.kind === 'file' ? text(await site.read()) : null).toBe('kind: Site\n');
    expect(await source.fetch()).toEqual({ fetched: false });
  });

  it('reads a linked worktree (git worktree add): its own HEAD, branch and history', async () => {
    const linked = path.join(root, 'linked');
    await git(['worktree', 'add', '--quiet', '-b', 'feature', linked, first], { cwd: work.directory });
    await git(['commit', '--quiet', '--allow-empty', '-m', 'Feature'], { cwd: linked });
    const feature = (await git(['rev-parse', 'HEAD'], { cwd: linked })).trim();
    const source = await open(linked);
    expect(await source.resolve('HEAD')).toBe(feature);
    expect(await source.resolve('HEAD~1')).toBe(first);
    expect(await source.resolve('feature^')).toBe(first);
    expect(await source.resolve('main')).toBe(second);
    expect(await source.resolve(feature.slice(0, 8))).toBe(feature);
    await git(['checkout', '--quiet', '--detach', second], { cwd: linked });
    expect(await source.resolve('HEAD')).toBe(second);
  });

  it('resolves branches, annotated tags, HEAD, and short SHAs, also after git gc packs everything', async () => {
    await git(['gc', '--quiet', '--aggressive'], { cwd: work.directory });
    const source = await open(work.directory);
    expect(await source.resolve('main')).toBe(second);
    expect(await source.resolve('HEAD')).toBe(second);
    expect(await source.resolve('v1')).toBe(first);
    expect(await source.resolve(first.slice(0, 8))).toBe(first);
    expect(await source.checkRef('main', first)).toEqual({ revision: second, changed: true });
    const tree = await source.open('v1');
    expect(tree.revision).toBe(first);
    await expect(source.resolve('nope')).rejects.toMatchObject({ code: 'GIT_REF_NOT_FOUND' });
    await expect(source.resolve('a..b')).rejects.toMatchObject({ code: 'GIT_REF_NOT_FOUND' });
  });

  it("follows git's ancestry syntax from any name, as CI jobs write it", async () => {
    await work.checkout('side', true);
    const side = await work.commit({ 'pools/side.yaml': 'kind: NodePool\n' }, 'Side');
    await work.checkout('main');
    await git(['merge', '--no-ff', '--quiet', '-m', 'Merge side', 'side'], { cwd: work.directory });
    const merge = await work.head();
    const source = await open(work.directory);
    expect(await source.resolve('HEAD~1')).toBe(second);
    expect(await source.resolve('HEAD^')).toBe(second);
    expect(await source.resolve('HEAD^1')).toBe(second);
    expect(await source.resolve('HEAD^2')).toBe(side);
    expect(await source.resolve('main~2')).toBe(first);
    expect(await source.resolve('HEAD~1^')).toBe(first);
    expect(await source.resolve('HEAD^0')).toBe(merge);
    expect(await source.resolve(`${merge.slice(0, 7)}~2`)).toBe(first);
    expect(await source.resolve('v1~0')).toBe(first);
    await expect(source.resolve('HEAD~3')).rejects.toMatchObject({
      code: 'GIT_REF_NOT_FOUND',
      details: { ref: 'HEAD~3' },
    });
    await expect(source.resolve('HEAD^3')).rejects.toMatchObject({ code: 'GIT_REF_NOT_FOUND' });
  });

  it('reads a bare repository and a file:// URL', async () => {
    const bare = await createBareRepository(root, 'bare.git');
    await work.pushTo(bare);
    expect(await (await open(bare)).resolve('main')).toBe(second);
    expect(await (await open(pathToFileURL(bare).href)).resolve('v1')).toBe(first);
  });

  it('refuses a directory that is not a repository, and a tree object as a revision', async () => {
    const plain = path.join(root, 'plain');
    await mkdir(plain);
    await expect(open(plain)).rejects.toMatchObject({ code: 'GIT_REPO_NOT_FOUND' });
    await expect(open(path.join(root, 'absent'))).rejects.toMatchObject({ code: 'GIT_REPO_NOT_FOUND' });
    const tree = (await git(['rev-parse', `${first}^{tree}`], { cwd: work.directory })).trim();
    await expect((await open(work.directory)).resolve(tree)).rejects.toMatchObject({
      code: 'GIT_NOT_A_COMMIT',
    });
  });
});

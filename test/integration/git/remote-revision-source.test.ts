import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRevisionSource } from '../../../src/adapters/git/index.js';
import type { SourceEntry } from '../../../src/ports/declaration-source.js';
import type { RevisionSource } from '../../../src/ports/revision-source.js';
import { createGitFixture, type GitFixture } from './git-fixture.js';

const ADVERTISEMENT = {
  method: 'GET',
  path: '/site.git/info/refs',
  query: 'service=git-upload-pack',
  status: 200,
};

const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

async function readAll(source: RevisionSource, ref: string, root = ''): Promise<Record<string, string>> {
  const tree = await source.open(ref);
  const files: Record<string, string> = {};
  for (const entry of await tree.list(root)) {
    if (entry.kind === 'file') files[entry.path] = text(await entry.read());
  }
  return files;
}

describe('remote revision source over smart HTTP', () => {
  let fixture: GitFixture;
  let first: string;

  beforeEach(async () => {
    fixture = await createGitFixture();
    first = await fixture.work.commit(
      { 'site.yaml': 'kind: Site\n', 'pools/web.yaml': 'kind: NodePool\nreplicas: 2\n' },
      'Add the site and the web pool',
    );
    await fixture.publish();
  });

  afterEach(async () => {
    await fixture.dispose();
  });

  const open = (): Promise<RevisionSource> =>
    openRevisionSource(fixture.url, { stateDir: fixture.stateDir, logger: fixture.logger, env: {} });

  it('clones on first use and reads the files of a commit', async () => {
    const source = await open();
    expect(source.description).toBe(fixture.url);
    expect(await source.resolve('main')).toBe(first);
    expect(await readAll(source, first)).toEqual({
      'pools/web.yaml': 'kind: NodePool\nreplicas: 2\n',
      'site.yaml': 'kind: Site\n',
    });
    const tree = await source.open(first);
    expect(tree.revision).toBe(first);
    expect(tree.description).toBe(`${fixture.url}@${first}`);
  });

  it('makes exactly one request, the ref advertisement, for a poll when nothing changed', async () => {
    const source = await open();
    await source.fetch();
    fixture.server.clearRequests();

    expect(await source.checkRef('main', first)).toEqual({ revision: first, changed: false });
    expect(fixture.server.requests).toEqual([ADVERTISEMENT]);

    fixture.server.clearRequests();
    expect(await source.fetch()).toEqual({ fetched: false });
    expect(await source.resolve('main')).toBe(first);
    expect(fixture.server.requests).toEqual([ADVERTISEMENT, ADVERTISEMENT]);
  });

  it('fetches one new commit incrementally after the check reports a change', async () => {
    const source = await open();
    await source.fetch();
    const second = await fixture.work.commit(
      { 'pools/db.yaml': 'kind: NodePool\nreplicas: 1\n' },
      'Add the db pool',
    );
    await fixture.publish();
    fixture.server.clearRequests();

    expect(await source.checkRef('main', first)).toEqual({ revision: second, changed: true });
    expect(await source.resolve('main')).toBe(second);
    const posts = fixture.server.requests.filter((request) => request.method === 'POST');
    expect(posts).toEqual([{ method: 'POST', path: '/site.git/git-upload-pack', query: '', status: 200 }]);
    // The fetch starts from the advertisement the resolution read: it does not ask for the refs again.
    expect(fixture.server.requests).toEqual([ADVERTISEMENT, ADVERTISEMENT, ...posts]);
    expect(Object.keys(await readAll(source, second))).toEqual([
      'pools/db.yaml',
      'pools/web.yaml',
      'site.yaml',
    ]);
    expect(Object.keys(await readAll(source, first))).toEqual(['pools/web.yaml', 'site.yaml']);
  });

  it('keeps the cache between instances, so a later process polls with one request', async () => {
    await (await open()).fetch();
    fixture.server.clearRequests();
    const later = await open();
    expect(await later.resolve(first)).toBe(first);
    expect(await later.resolve('main')).toBe(first);
    expect(fixture.server.requests).toEqual([ADVERTISEMENT]);
  });

  it('resolves branches, tags, full and abbreviated SHAs, and refuses unknown refs', async () => {
    await fixture.work.tag('v1');
    await fixture.work.tag('v1-annotated', 'Release 1');
    await fixture.work.checkout('feature', true);
    const feature = await fixture.work.commit({ 'pools/web.yaml': 'replicas: 3\n' }, 'Grow web');
    await fixture.publish();
    const source = await open();

    expect(await source.resolve('feature')).toBe(feature);
    expect(await source.resolve('refs/heads/feature')).toBe(feature);
    expect(await source.resolve('main')).toBe(first);
    expect(await source.resolve('HEAD')).toBe(first);
    expect(await source.resolve('v1')).toBe(first);
    expect(await source.resolve('v1-annotated')).toBe(first);
    expect(await source.resolve(feature.slice(0, 7))).toBe(feature);
    expect(await source.resolve(feature.toUpperCase())).toBe(feature);
    expect(await source.resolve('feature~1')).toBe(first);
    expect(await source.resolve('feature^')).toBe(first);
    expect(await source.resolve(`${feature.slice(0, 7)}^1`)).toBe(first);
    expect(await source.checkRef('v1-annotated', null)).toEqual({ revision: first, changed: true });
    await expect(source.resolve('no-such-branch')).rejects.toMatchObject({
      code: 'GIT_REF_NOT_FOUND',
      details: { url: fixture.url, ref: 'no-such-branch' },
    });
    await expect(source.resolve('0'.repeat(40))).rejects.toMatchObject({ code: 'GIT_REF_NOT_FOUND' });
    await expect(source.checkRef('nope', null)).rejects.toMatchObject({ code: 'GIT_REF_NOT_FOUND' });
  });

  it('reports file sizes, symbolic links and their escape from the repository', async () => {
    const big = 'x'.repeat(1024 * 1024 + 10);
    const revision = await fixture.work.commit(
      {
        'nodes/db-1.yaml': 'kind: Node\n',
        'nodes/alias.yaml': { symlink: 'db-1.yaml' },
        'nodes/up.yaml': { symlink: '../site.yaml' },
        'nodes/outside.yaml': { symlink: '../../etc/passwd' },
        'nodes/absolute.yaml': { symlink: '/etc/passwd' },
        'linked-dir': { symlink: 'nodes' },
        'via-dir.yaml': { symlink: 'linked-dir/db-1.yaml' },
        'escape-dir': { symlink: '..' },
        'via-escape.yaml': { symlink: 'escape-dir/secret.yaml' },
        'dangling.yaml': { symlink: 'missing.yaml' },
        'huge.yaml': big,
      },
      'Links and sizes',
    );
    await fixture.publish();
    const tree = await (await open()).open(revision);
    const entries = new Map<string, SourceEntry>((await tree.list('')).map((e) => [e.path, e]));

    // Listing reads no blob: a file's size is known once it is read.
    const size = async (name: string) => {
      const entry = entries.get(name);
      if (entry?.kind !== 'file') throw new Error(`${name} is not a file`);
      return { listed: entry.size, read: (await entry.read()).byteLength };
    };
    expect(await size('huge.yaml')).toEqual({ listed: null, read: big.length });
    expect(await size('site.yaml')).toEqual({ listed: null, read: 'kind: Site\n'.length });
    const link = async (name: string) => {
      const entry = entries.get(name);
      if (entry?.kind !== 'symlink') throw new Error(`${name} is not a symlink`);
      const resolved = await entry.resolve();
      return {
        target: entry.target,
        escapesRoot: entry.escapesRoot,
        kind: resolved.kind,
        content: resolved.kind === 'file' ? text(await resolved.read()) : null,
      };
    };
    expect(await link('nodes/alias.yaml')).toEqual({
      target: 'db-1.yaml',
      escapesRoot: false,
      kind: 'file',
      content: 'kind: Node\n',
    });
    expect(await link('nodes/up.yaml')).toMatchObject({ escapesRoot: false, content: 'kind: Site\n' });
    expect(await link('nodes/outside.yaml')).toMatchObject({ escapesRoot: true, content: null });
    expect(await link('nodes/absolute.yaml')).toMatchObject({ escapesRoot: true, content: null });
    expect(await link('linked-dir')).toMatchObject({ escapesRoot: false, kind: 'directory', content: null });
    expect(await link('via-dir.yaml')).toMatchObject({ escapesRoot: false, content: 'kind: Node\n' });
    expect(await link('via-escape.yaml')).toMatchObject({ escapesRoot: true, content: null });
    expect(await link('dangling.yaml')).toMatchObject({ escapesRoot: false, content: null });

    expect((await tree.list('nodes')).map((e) => e.path)).toEqual([
      'nodes/absolute.yaml',
      'nodes/alias.yaml',
      'nodes/db-1.yaml',
      'nodes/outside.yaml',
      'nodes/up.yaml',
    ]);
    await expect(tree.list('missing')).rejects.toMatchObject({ code: 'DECL_ROOT_NOT_FOUND' });
    await expect(tree.list('../x')).rejects.toMatchObject({ code: 'DECL_ROOT_NOT_FOUND' });
  });

  it('records author, committer and subject for provenance', async () => {
    const revision = await fixture.work.commit(
      { 'site.yaml': 'kind: Site\n# v2\n' },
      'Tune the site\nacross two lines\n\nBody text.',
      { time: 1_709_290_800, zone: '+0100' },
    );
    await fixture.publish();
    expect(await (await open()).readCommit(revision)).toEqual({
      revision,
      author: { name: 'Ada Author', email: 'ada@example.org', date: '2024-03-01T12:00:00+01:00' },
      committer: { name: 'Cy Committer', email: 'cy@example.org', date: '2024-03-01T12:00:00+01:00' },
      subject: 'Tune the site across two lines',
    });
  });

  it('fails with GIT_UNREACHABLE, a transient error, when the server is gone', async () => {
    const source = await open();
    await fixture.server.close();
    await expect(source.checkRef('main', null)).rejects.toMatchObject({
      code: 'GIT_UNREACHABLE',
      retry: 'transient',
    });
  });

  it('refuses URLs that would send credentials in clear text or that it cannot speak', async () => {
    const options = { stateDir: fixture.stateDir, logger: fixture.logger, env: {} };
    for (const url of [
      'http://git.example.org/site.git',
      'ssh://git@git.example.org/site.git',
      'git@git.example.org:site.git',
    ]) {
      await expect(openRevisionSource(url, options)).rejects.toMatchObject({
        code: 'GIT_URL_UNSUPPORTED',
      });
    }
  });
});

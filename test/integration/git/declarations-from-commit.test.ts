import { cp } from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRevisionSource } from '../../../src/adapters/git/index.js';
import { openWorkingTree } from '../../../src/adapters/working-tree/working-tree-source.js';
import { loadDesiredState } from '../../../src/declarations/load-desired-state.js';
import { createGitFixture, type GitFixture } from './git-fixture.js';

const EXAMPLE_REPO = path.resolve(import.meta.dirname, '../../../example-repo');

describe('declarations read from a commit', () => {
  let fixture: GitFixture;

  beforeEach(async () => {
    fixture = await createGitFixture();
    await cp(EXAMPLE_REPO, fixture.work.directory, { recursive: true });
  });

  afterEach(async () => {
    await fixture.dispose();
  });

  const loadFromCommit = async (revision: string) => {
    const source = await openRevisionSource(fixture.url, {
      stateDir: fixture.stateDir,
      logger: fixture.logger,
      env: {},
    });
    return loadDesiredState(await source.open(revision));
  };

  it('gives the same desired state as the working tree of that commit', async () => {
    const revision = await fixture.work.commit({}, 'Import the example repository');
    await fixture.publish();
    const fromCommit = await loadFromCommit(revision);
    expect(fromCommit.desired).not.toBeNull();
    expect(fromCommit).toEqual(await loadDesiredState(await openWorkingTree(fixture.work.directory)));
  });

  it('gives the same diagnostics, with repository-relative files and lines', async () => {
    const revision = await fixture.work.commit(
      {
        'plans/broken.yaml':
          'apiVersion: phoenix/v1alpha1\nkind: Plan\nmetadata: {name: broken}\nspec:\n  nope: 1\n',
        'nodes/outside.yaml': { symlink: '../../outside.yaml' },
      },
      'Break two things',
    );
    await fixture.publish();
    const fromCommit = await loadFromCommit(revision);
    expect(fromCommit.desired).toBeNull();
    expect(fromCommit.diagnostics).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'DECL_UNKNOWN_KEY', file: 'plans/broken.yaml', line: 5 }),
        expect.objectContaining({ code: 'DECL_SYMLINK_ESCAPE', file: 'nodes/outside.yaml' }),
      ]),
    );
    expect(fromCommit).toEqual(await loadDesiredState(await openWorkingTree(fixture.work.directory)));
  });

  it('refuses a dangling or looping link in a commit, as in the working tree', async () => {
    const revision = await fixture.work.commit(
      {
        'pools/docker-hosts.yaml': { symlink: 'missing.yaml' },
        'nodes/loop-a.yaml': { symlink: 'loop-b.yaml' },
        'nodes/loop-b.yaml': { symlink: 'loop-a.yaml' },
      },
      'Link to nothing',
    );
    await fixture.publish();
    const fromCommit = await loadFromCommit(revision);
    expect(fromCommit.desired).toBeNull();
    expect(fromCommit.diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual([
      'nodes/loop-a.yaml DECL_SYMLINK_BROKEN',
      'nodes/loop-b.yaml DECL_SYMLINK_BROKEN',
      'pools/docker-hosts.yaml DECL_SYMLINK_BROKEN',
    ]);
    expect(fromCommit).toEqual(await loadDesiredState(await openWorkingTree(fixture.work.directory)));
  });

  it('leaves out what .phoenixignore excludes, as the working tree does', async () => {
    const revision = await fixture.work.commit(
      {
        '.phoenixignore': 'drafts/\n',
        'drafts/broken.yaml':
          'apiVersion: phoenix/v1alpha1\nkind: Plan\nmetadata: {name: broken}\nspec:\n  nope: 1\n',
      },
      'Keep a draft beside the declarations',
    );
    await fixture.publish();
    const fromCommit = await loadFromCommit(revision);
    expect(fromCommit.diagnostics).toEqual([]);
    expect(fromCommit.desired).not.toBeNull();
    expect(fromCommit).toEqual(await loadDesiredState(await openWorkingTree(fixture.work.directory)));
  });

  it('reads a file a second commit shares with the first once, with the same result as a fresh read', async () => {
    const broken = 'apiVersion: phoenix/v1alpha1\nkind: Plan\nmetadata: {name: broken}\nspec:\n  nope: [\n';
    const base = await fixture.work.commit({ 'plans/broken.yaml': broken }, 'Base');
    const head = await fixture.work.commit(
      { 'nodes/k8s-master-01.yaml': 'apiVersion: phoenix/v1alpha1\nkind: Node\n' },
      'Head',
    );
    await fixture.publish();
    const source = await openRevisionSource(fixture.url, {
      stateDir: fixture.stateDir,
      logger: fixture.logger,
      env: {},
    });
    const reads: string[] = [];
    const counted = async (revision: string) => {
      const tree = await source.open(revision);
      return {
        ...tree,
        list: async (root: string) =>
          (await tree.list(root)).map((entry) =>
            entry.kind !== 'file' ? entry : { ...entry, read: () => (reads.push(entry.path), entry.read()) },
          ),
      };
    };
    const fromBase = await loadDesiredState(await counted(base));
    const firstReads = reads.splice(0);
    const fromHead = await loadDesiredState(await counted(head));

    expect(firstReads).toContain('site.yaml');
    // Of the declarations, only the changed file and the one whose syntax error is told again are read twice.
    expect(reads.filter((file) => file.endsWith('.yaml')).sort()).toEqual([
      'nodes/k8s-master-01.yaml',
      'plans/broken.yaml',
    ]);
    const fresh = async (revision: string) => {
      const other = await openRevisionSource(fixture.url, {
        stateDir: fixture.stateDir,
        logger: fixture.logger,
        env: {},
      });
      return loadDesiredState(await other.open(revision));
    };
    expect(fromHead).toEqual(await fresh(head));
    expect(fromBase).toEqual(await fresh(base));
    expect(fromHead.diagnostics.map((d) => `${d.file} ${d.code}`)).toContain(
      'plans/broken.yaml DECL_YAML_SYNTAX',
    );
  });

  it('takes the nodes of pools a later commit shares from the load before, with the same result as a fresh load', async () => {
    const pool = (name: string, prefix: string, extra: string) =>
      `apiVersion: phoenix/v1alpha1\nkind: NodePool\nmetadata: {name: ${name}}\nspec:\n  plan: docker-centos74\n  naming: {pattern: '${prefix}-{index:02}', fqdn: '{name}.dc1.example.org'}\n${extra}`;
    // `after-docker` depends on docker-hosts: its file stays, the nodes it depends on change.
    const base = await fixture.work.commit(
      {
        'pools/after-docker.yaml': pool(
          'after-docker',
          'after',
          '  replicas: 1\n  dependsOn: [docker-hosts]\n',
        ),
      },
      'Base',
    );
    const grown = await fixture.work.commit(
      { 'pools/docker-hosts.yaml': pool('docker-hosts', 'docker', '  replicas: 4\n') },
      'Grow the docker hosts',
    );
    const kickstart = await fixture.work.commit(
      { 'answers/rocky9.ks': 'text\nnetwork --hostname={fqdn}\n' },
      'Change the kickstart',
    );
    await fixture.publish();
    const source = await openRevisionSource(fixture.url, {
      stateDir: fixture.stateDir,
      logger: fixture.logger,
      env: {},
    });
    const fresh = async (revision: string) => {
      const other = await openRevisionSource(fixture.url, {
        stateDir: fixture.stateDir,
        logger: fixture.logger,
        env: {},
      });
      return loadDesiredState(await other.open(revision));
    };
    const nodes = (result: Awaited<ReturnType<typeof loadDesiredState>>) =>
      new Map((result.desired?.nodes ?? []).map((n) => [n.name, n]));

    const first = await loadDesiredState(await source.open(base));
    const second = await loadDesiredState(await source.open(grown));
    const third = await loadDesiredState(await source.open(kickstart));
    expect(second).toEqual(await fresh(grown));
    expect(third).toEqual(await fresh(kickstart));

    for (const result of [first, second, third]) expect(result.diagnostics).toEqual([]);
    const [a, b, c] = [nodes(first), nodes(second), nodes(third)];
    // An unchanged pool whose dependencies are the same: the very nodes of the load before.
    expect(b.get('k8s-w-01')).toBe(a.get('k8s-w-01'));
    expect(b.get('rocky-01')).toBe(a.get('rocky-01'));
    // A changed file, and an unchanged one whose dependencies grew: built again.
    expect(b.get('docker-01')).not.toBe(a.get('docker-01'));
    expect(b.get('after-01')?.dependsOn).toContain('docker-04');
    expect(a.get('after-01')?.dependsOn).not.toContain('docker-04');
    // An answer file template changed: nothing is taken from the load before.
    expect(c.get('rocky-01')?.osDeployment?.answerFile.text).toContain('network --hostname=rocky-01');
    expect(c.get('k8s-w-01')).not.toBe(b.get('k8s-w-01'));
  });
});

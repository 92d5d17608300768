import { rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkingTree } from '../../../src/adapters/working-tree/working-tree-source.js';
import { hasErrorCode } from '../../../src/core/errors/phoenix-error.js';
import { DiagnosticList } from '../../../src/declarations/diagnostic-list.js';
import { readDeclarationFiles } from '../../../src/declarations/read-declaration-files.js';
import { loadRepo, SITE, writeRepo } from './fixtures.js';

describe('working tree source', () => {
  it('lists files, dot-folders included, and reports symbolic links as links', async () => {
    const outside = await writeRepo({ 'x.yaml': 'a: 1\n' });
    const root = await writeRepo({ 'a.yaml': 'a: 1\n', '.hidden/b.yaml': 'b: 2\n', 'sub/c.yml': 'c: 3\n' });
    await symlink('sub/c.yml', join(root, 'inside.yaml'));
    await symlink(join(outside, 'x.yaml'), join(root, 'outside.yaml'));
    const source = await openWorkingTree(root);
    const entries = await source.list('');
    expect(entries.map((e) => [e.path, e.kind])).toEqual([
      ['.hidden/b.yaml', 'file'],
      ['a.yaml', 'file'],
      ['inside.yaml', 'symlink'],
      ['outside.yaml', 'symlink'],
      ['sub/c.yml', 'file'],
    ]);
    const inside = entries.find((e) => e.path === 'inside.yaml');
    const escaping = entries.find((e) => e.path === 'outside.yaml');
    expect(inside?.kind === 'symlink' && inside.escapesRoot).toBe(false);
    expect(escaping?.kind === 'symlink' && escaping.escapesRoot).toBe(true);
    const target = inside?.kind === 'symlink' ? await inside.resolve() : null;
    expect(target?.kind === 'file' && new TextDecoder().decode(await target.read())).toBe('c: 3\n');
    expect(escaping?.kind === 'symlink' ? await escaping.resolve() : 'not a link').toEqual({ kind: 'other' });
    expect(source.revision).toBeNull();
  });

  it('tells a dangling link, a looping link and a link to a folder apart', async () => {
    const root = await writeRepo({ 'sub/c.yaml': 'c: 3\n' });
    await symlink('missing.yaml', join(root, 'dangling.yaml'));
    await symlink('loop-b.yaml', join(root, 'loop-a.yaml'));
    await symlink('loop-a.yaml', join(root, 'loop-b.yaml'));
    await symlink('sub', join(root, 'folder'));
    const entries = await (await openWorkingTree(root)).list('');
    const kinds: Record<string, string> = {};
    for (const entry of entries)
      if (entry.kind === 'symlink') kinds[entry.path] = (await entry.resolve()).kind;
    expect(kinds).toEqual({
      'dangling.yaml': 'missing',
      folder: 'directory',
      'loop-a.yaml': 'loop',
      'loop-b.yaml': 'loop',
    });
  });

  it('lists only under the given root', async () => {
    const root = await writeRepo({ 'a/x.yaml': '', 'b/y.yaml': '' });
    expect((await (await openWorkingTree(root)).list('a')).map((e) => e.path)).toEqual(['a/x.yaml']);
  });

  it.each([['missing'], ['../..']])('refuses the root %s', async (path) => {
    const source = await openWorkingTree(await writeRepo({ 'a.yaml': '' }));
    await expect(source.list(path)).rejects.toSatisfy((e) => hasErrorCode(e, 'DECL_ROOT_NOT_FOUND'));
  });

  it('refuses a repository that is not a directory', async () => {
    const root = await writeRepo({ 'file.yaml': '' });
    await expect(openWorkingTree(join(root, 'file.yaml'))).rejects.toSatisfy((e) =>
      hasErrorCode(e, 'DECL_ROOT_NOT_FOUND'),
    );
  });

  it('does not list what .gitignore and .phoenixignore exclude, nor enter ignored folders or .git', async () => {
    const root = await writeRepo({
      '.gitignore': 'node_modules/\n/build\n*.local.yaml\n',
      '.phoenixignore': 'drafts/\n!drafts/keep.yaml\n',
      'site.yaml': 'a: 1\n',
      'node_modules/pkg/config.yml': 'broken: [\n',
      'node_modules/pkg/deeper/x.yaml': 'x: 1\n',
      'build/out.yaml': 'b: 1\n',
      'sub/build/kept.yaml': 'k: 1\n',
      'sub/mine.local.yaml': 'm: 1\n',
      'drafts/wip.yaml': 'w: 1\n',
      'nested/.gitignore': 'generated.yaml\n!keep.local.yaml\n',
      'nested/generated.yaml': 'g: 1\n',
      'nested/keep.local.yaml': 'k: 1\n',
      'nested/real.yaml': 'r: 1\n',
      '.git/config.yaml': 'c: 1\n',
    });
    const paths = (await (await openWorkingTree(root)).list('')).map((e) => e.path);
    expect(paths).toEqual([
      '.gitignore',
      '.phoenixignore',
      'nested/.gitignore',
      'nested/keep.local.yaml',
      'nested/real.yaml',
      'site.yaml',
      'sub/build/kept.yaml',
    ]);
  });

  it('applies the ignore files above a --path root', async () => {
    const root = await writeRepo({
      '.phoenixignore': 'vendor/\n',
      'infra/site.yaml': 'a: 1\n',
      'infra/vendor/x.yaml': 'x: 1\n',
    });
    expect((await (await openWorkingTree(root)).list('infra')).map((e) => e.path)).toEqual([
      'infra/site.yaml',
    ]);
  });

  it('validates a repository whose node_modules holds YAML that is not a declaration', async () => {
    const root = await writeRepo({
      '.gitignore': 'node_modules\n',
      'site.yaml': SITE,
      'node_modules/some-tool/.github/workflow.yml': 'on: push\n',
      'node_modules/some-tool/config.yaml': 'not: [a, declaration\n',
    });
    const result = await loadRepo(root);
    expect(result.diagnostics).toEqual([]);
    expect(result.desired?.site.name).toBe('lab');
  });

  it('reports a file that went away after the listing as unreadable, by its name', async () => {
    const root = await writeRepo({ 'site.yaml': SITE, 'pools/gone.yaml': 'a: 1\n' });
    const listing = await (await openWorkingTree(root)).list('');
    await rm(join(root, 'pools/gone.yaml'));
    const gone = listing.find((entry) => entry.path === 'pools/gone.yaml');
    // A failed read is the promise's rejection, never an exception thrown by the call.
    const read = gone?.kind === 'file' ? gone.read() : Promise.resolve(null);
    await expect(read).rejects.toMatchObject({ code: 'ENOENT' });
    const diagnostics = new DiagnosticList();
    const files = await readDeclarationFiles(listing, '', diagnostics);
    expect(files.map((file) => file.path)).toEqual(['site.yaml']);
    expect(diagnostics.sorted().map((d) => [d.code, d.file])).toEqual([
      ['DECL_FILE_UNREADABLE', 'pools/gone.yaml'],
    ]);
  });
});

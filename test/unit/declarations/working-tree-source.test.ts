import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkingTree } from '../../../src/adapters/working-tree/working-tree-source.js';
import { hasErrorCode } from '../../../src/core/errors/phoenix-error.js';
import { writeRepo } from './fixtures.js';

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
});

import { describe, expect, it } from 'vitest';
import { parseTree, TreeFormatError } from '../../../../src/adapters/git/parse-tree.js';

const BLOB = 'ce013625030ba8dba906f756967f9e9ca394464a';
const TREE = '852de9f9fd756ec5278a8185ff569f68742d46c3';
const COMMIT = '1111111111111111111111111111111111111111';

/**
 * `git cat-file tree` of a tree made by `git mktree`: files `a-b`, `a.b`, `café.yaml`, `with space.yaml`, a folder
 * `a`, an executable, a link and a submodule, in git's order (the folder `a` sorts as `a/`, after `a-b` and `a.b`).
 */
const GOLDEN = Buffer.from(
  '31303036343420612d6200ce013625030ba8dba906f756967f9e9ca394464a31303036343420612e6200ce013625030ba8dba906f7569' +
    '67f9e9ca394464a3430303030206100852de9f9fd756ec5278a8185ff569f68742d46c331303036343420636166c3a92e79616d6c00ce' +
    '013625030ba8dba906f756967f9e9ca394464a313230303030206c696e6b00ce013625030ba8dba906f756967f9e9ca394464a313030' +
    '3735352072756e2e736800ce013625030ba8dba906f756967f9e9ca394464a3136303030302073756200111111111111111111111111' +
    '111111111111111131303036343420776974682073706163652e79616d6c00ce013625030ba8dba906f756967f9e9ca394464a',
  'hex',
);

/** A tree of one entry per name given, each a blob of mode 100644. */
function treeOf(...names: (string | Buffer)[]): Buffer {
  return Buffer.concat(
    names.flatMap((name) => [
      Buffer.from('100644 '),
      Buffer.from(name),
      Buffer.from([0]),
      Buffer.from(BLOB, 'hex'),
    ]),
  );
}

function failure(bytes: Uint8Array): TreeFormatError {
  try {
    parseTree(bytes);
  } catch (error) {
    if (error instanceof TreeFormatError) return error;
    throw error;
  }
  throw new Error('the tree was read');
}

describe('parseTree', () => {
  it("reads what git writes, in isomorphic-git's order (by name, a folder without git's trailing slash)", () => {
    expect(parseTree(GOLDEN)).toEqual([
      { mode: '040000', path: 'a', oid: TREE, type: 'tree' },
      { mode: '100644', path: 'a-b', oid: BLOB, type: 'blob' },
      { mode: '100644', path: 'a.b', oid: BLOB, type: 'blob' },
      { mode: '100644', path: 'café.yaml', oid: BLOB, type: 'blob' },
      { mode: '120000', path: 'link', oid: BLOB, type: 'blob' },
      { mode: '100755', path: 'run.sh', oid: BLOB, type: 'blob' },
      { mode: '160000', path: 'sub', oid: COMMIT, type: 'commit' },
      { mode: '100644', path: 'with space.yaml', oid: BLOB, type: 'blob' },
    ]);
  });

  it('reads a tree already in order as it is, the empty tree included, from any Uint8Array', () => {
    expect(parseTree(new Uint8Array(0))).toEqual([]);
    const bytes = treeOf('b.yaml', 'c.yaml');
    const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(parseTree(view).map((entry) => entry.path)).toEqual(['b.yaml', 'c.yaml']);
    // Code point order, which UTF-16 order is not above U+FFFF: 'ｚ' (U+FF5A) before '😀' (U+1F600).
    expect(parseTree(treeOf('😀', 'ｚ')).map((entry) => entry.path)).toEqual(['ｚ', '😀']);
  });

  it.each([
    [''],
    ['.'],
    ['..'],
    ['.git'],
    ['.GIT'],
    ['.Git'],
    ['.git.'],
    ['.git . '],
    ['.git::$INDEX_ALLOCATION'],
    ['.g\u200cit'],
    ['\ufeff..'],
    ['git~1'],
    ['.GIT~3'],
    ['a/b'],
    ['a\\b'],
  ])('refuses the unsafe name %j as isomorphic-git does', (name) => {
    expect(failure(treeOf('ok.yaml', name))).toMatchObject({ code: 'UnsafeFilepathError' });
  });

  it.each([['.github'], ['.gitignore'], ['git~0'], ['git'], ['..yaml'], ['.a']])(
    'accepts the name %j',
    (name) => {
      expect(parseTree(treeOf(name))[0]?.path).toBe(name);
    },
  );

  it('refuses malformed bytes and unknown modes', () => {
    const whole = treeOf('a.yaml');
    expect(failure(whole.subarray(0, whole.length - 1))).toMatchObject({ code: 'InternalError' });
    expect(failure(Buffer.from('100644 a.yaml'))).toMatchObject({ code: 'InternalError' });
    expect(failure(Buffer.from('100644'))).toMatchObject({ code: 'InternalError' });
    const oddMode = Buffer.concat([Buffer.from('100664 a.yaml\0'), Buffer.from(BLOB, 'hex')]);
    expect(failure(oddMode)).toMatchObject({ code: 'InternalError', message: /100664/ });
  });
});

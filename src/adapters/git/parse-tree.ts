/** An entry of a tree object, as isomorphic-git's `readTree` gives it. */
export interface TreeEntry {
  readonly mode: string;
  readonly path: string;
  readonly oid: string;
  readonly type: 'blob' | 'tree' | 'commit';
}

/**
 * A tree object that cannot be read: malformed bytes, an unknown mode or an unsafe name. `code` is the one
 * isomorphic-git's own parser gives the same tree (`InternalError`, `UnsafeFilepathError`).
 */
export class TreeFormatError extends Error {
  readonly code: 'InternalError' | 'UnsafeFilepathError';

  constructor(code: TreeFormatError['code'], message: string) {
    super(message);
    this.name = 'TreeFormatError';
    this.code = code;
  }
}

const SPACE = 0x20;
const NUL = 0x00;
const OID_BYTES = 20;

/** Modes git writes, by their bytes in the tree (a directory is written `40000`). */
const MODES: ReadonlyMap<string, { mode: string; type: TreeEntry['type'] }> = new Map([
  ['40000', { mode: '040000', type: 'tree' }],
  ['040000', { mode: '040000', type: 'tree' }],
  ['100644', { mode: '100644', type: 'blob' }],
  ['100755', { mode: '100755', type: 'blob' }],
  ['120000', { mode: '120000', type: 'blob' }],
  ['160000', { mode: '160000', type: 'commit' }],
]);

/** Characters HFS+ ignores in a name (joiners, directional marks, the byte order mark). */
const HFS_IGNORED = /[\u200C-\u200F\u202A-\u202E\u206A-\u206F\uFEFF]/g;
/** NTFS short names of `.git` (`git~1` to `git~9`). */
const NTFS_SHORT_GIT = /^\.?git~[1-9]$/;

/**
 * The entries of a tree object, in one pass over its bytes (`<mode> <name>\0<20-byte id>`, repeated), in the order
 * isomorphic-git's `readTree` gives them: by name, compared as UTF-8 bytes (git's own order differs only where it
 * puts a folder as if its name ended in `/`, so a tree is sorted again only then). Every name is checked as isomorphic-git checks it, after git's own `verify_path`: no empty name,
 * no `/` or `\`, not `.` or `..`, and not `.git` in any spelling a file system takes for it (any case, trailing
 * dots and spaces, an NTFS stream suffix, HFS+ ignored characters, the short names `git~1` to `git~9`). Throws a
 * TreeFormatError for anything else.
 */
export function parseTree(bytes: Uint8Array): TreeEntry[] {
  const buffer = Buffer.isBuffer(bytes)
    ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries: TreeEntry[] = [];
  /** Where each entry's name starts and ends in the bytes. */
  const names: number[] = [];
  let sorted = true;
  let cursor = 0;
  while (cursor < buffer.length) {
    const space = buffer.indexOf(SPACE, cursor);
    const nul = space === -1 ? -1 : buffer.indexOf(NUL, space + 1);
    if (nul === -1 || nul + 1 + OID_BYTES > buffer.length) {
      throw new TreeFormatError('InternalError', `A tree entry is cut short at byte ${cursor}`);
    }
    const modeText = buffer.toString('latin1', cursor, space);
    const known = MODES.get(modeText);
    if (known === undefined)
      throw new TreeFormatError('InternalError', `Unexpected tree entry mode: ${modeText}`);
    const path = buffer.toString('utf8', space + 1, nul);
    checkName(path);
    if (sorted && names.length > 0) {
      const last = names.length - 2;
      sorted = buffer.compare(buffer, space + 1, nul, names[last], names[last + 1]) <= 0;
    }
    names.push(space + 1, nul);
    entries.push({
      mode: known.mode,
      path,
      oid: buffer.toString('hex', nul + 1, nul + 1 + OID_BYTES),
      type: known.type,
    });
    cursor = nul + 1 + OID_BYTES;
  }
  if (sorted) return entries;
  // Code point order is the order of the names' UTF-8 bytes.
  const order = entries.map((_, index) => index);
  order.sort((a, b) =>
    buffer.compare(buffer, names[2 * b], names[2 * b + 1], names[2 * a], names[2 * a + 1]),
  );
  return order.map((index) => entries[index]!);
}

/** Throws when isomorphic-git (or git) would refuse the name. */
function checkName(name: string): void {
  if (name === '' || name.includes('/') || name.includes('\\')) throw unsafe(name);
  // Most names have nothing to strip and cannot be a spelling of `.`, `..` or `.git`: settle them at once.
  const first = name.charCodeAt(0);
  const couldBeGit = first === 0x2e || first === 0x67 || first === 0x47 || /[^\x20-\x7e]/.test(name);
  if (!couldBeGit) return;
  const hfsClean = name.replace(HFS_IGNORED, '');
  if (hfsClean === '.' || hfsClean === '..') throw unsafe(name);
  const normalised = (hfsClean.split(':')[0] as string).toLowerCase().replace(/[. ]+$/, '');
  if (normalised === '.git' || NTFS_SHORT_GIT.test(normalised)) throw unsafe(name);
}

function unsafe(name: string): TreeFormatError {
  return new TreeFormatError('UnsafeFilepathError', `The tree entry name "${name}" is unsafe`);
}

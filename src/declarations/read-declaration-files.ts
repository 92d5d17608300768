import type { SourceLocation } from '../core/diagnostics/diagnostic.js';
import type { SourceEntry } from '../ports/declaration-source.js';
import type { DiagnosticList } from './diagnostic-list.js';

/** Files larger than this are refused unread. */
export const MAX_FILE_BYTES = 1024 * 1024;

const READ_CONCURRENCY = 16;

export interface DeclarationFile {
  /** Repository-relative path with forward slashes. */
  readonly path: string;
  /** Null when `known` said the contents were already read (by their oid): the file was not read again. */
  readonly text: string | null;
  /** Identity of the contents (a Git blob id); null when the source has none. */
  readonly oid: string | null;
}

const isYaml = (path: string): boolean => /\.ya?ml$/i.test(path);

/** True when the path, relative to the repository, goes through a folder whose name starts with a dot. */
function isInDotFolder(path: string, root: string): boolean {
  const relative = root === '' ? path : path.slice(root.length + 1);
  const folders = relative.split('/').slice(0, -1);
  return folders.some((folder) => folder.startsWith('.'));
}

/**
 * Reads every *.yaml / *.yml of a listing of `root` (a source's `list(root)`; dot-folders excluded). Refuses, as diagnostics,
 * files over MAX_FILE_BYTES, files that are not UTF-8 text, symbolic links that leave the repository, dangle or loop,
 * and folders that cannot be listed. A file whose contents `known` already has (by path and oid) is not read.
 */
export async function readDeclarationFiles(
  listing: readonly SourceEntry[],
  root: string,
  diagnostics: DiagnosticList,
  known: (path: string, oid: string) => boolean = () => false,
): Promise<DeclarationFile[]> {
  const entries = listing.filter((entry) => !isInDotFolder(entry.path, root));
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const files: (DeclarationFile | null)[] = new Array<DeclarationFile | null>(entries.length).fill(null);
  let next = 0;
  // A few reads in flight at once: the tree may be large, file handles are not unlimited.
  const worker = async (): Promise<void> => {
    for (let i = next++; i < entries.length; i = next++)
      files[i] = await readEntry(entries[i]!, diagnostics, known);
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, entries.length) }, worker));
  return files.filter((file): file is DeclarationFile => file !== null);
}

async function readEntry(
  entry: SourceEntry,
  diagnostics: DiagnosticList,
  known: (path: string, oid: string) => boolean,
): Promise<DeclarationFile | null> {
  const at: SourceLocation = { file: entry.path, line: 1, column: 1 };
  let content: { readonly size: number | null; read(): Promise<Uint8Array> };
  let oid: string | null = null;
  if (entry.kind === 'unreadable') {
    diagnostics.error(
      'DECL_FILE_UNREADABLE',
      `The folder ${entry.path} could not be listed (${entry.reason}); the declarations in it are unknown.`,
      at,
    );
    return null;
  }
  if (entry.kind === 'symlink') {
    if (entry.escapesRoot) {
      diagnostics.error(
        'DECL_SYMLINK_ESCAPE',
        `The symbolic link ${entry.path} points outside the repository (to ${entry.target}) and was not followed.`,
        at,
      );
      return null;
    }
    const target = await entry.resolve();
    // A link that leads nowhere is an error whatever its name: it may stand for a file or a folder of
    // declarations, and reading it as absent would plan the deletion of everything it declared.
    if (target.kind === 'missing' || target.kind === 'loop') {
      diagnostics.error(
        'DECL_SYMLINK_BROKEN',
        target.kind === 'loop'
          ? `The symbolic link ${entry.path} (to ${entry.target}) loops and names no file.`
          : `The symbolic link ${entry.path} points to ${entry.target}, which does not exist.`,
        at,
      );
      return null;
    }
    if (!isYaml(entry.path)) return null;
    if (target.kind !== 'file') {
      if (target.kind === 'other') {
        diagnostics.error(
          'DECL_FILE_UNREADABLE',
          `The symbolic link ${entry.path} (to ${entry.target}) names something that is not a regular file.`,
          at,
        );
      }
      // A link to a folder inside the repository: its files are read where they are.
      return null;
    }
    content = target;
  } else {
    if (!isYaml(entry.path)) return null;
    content = entry;
    oid = entry.oid ?? null;
    if (oid !== null && known(entry.path, oid)) return { path: entry.path, text: null, oid };
  }
  if (content.size !== null && content.size > MAX_FILE_BYTES) {
    diagnostics.error('DECL_FILE_TOO_LARGE', tooLarge(content.size), at);
    return null;
  }
  let bytes: Uint8Array;
  try {
    bytes = await content.read();
  } catch {
    diagnostics.error('DECL_FILE_UNREADABLE', 'The file could not be read.', at);
    return null;
  }
  if (bytes.byteLength > MAX_FILE_BYTES) {
    // A size the listing did not know (a Git blob) is told as the listed one would have been.
    diagnostics.error(
      'DECL_FILE_TOO_LARGE',
      content.size === null
        ? tooLarge(bytes.byteLength)
        : `The file is over the limit of ${MAX_FILE_BYTES} bytes (1 MiB).`,
      at,
    );
    return null;
  }
  const text = decodeText(bytes);
  if (text === null) {
    diagnostics.error('DECL_NOT_TEXT', 'The file is not UTF-8 text (it contains binary data).', at);
    return null;
  }
  return { path: entry.path, text, oid };
}

function tooLarge(size: number): string {
  return `The file is ${size} bytes, over the limit of ${MAX_FILE_BYTES} bytes (1 MiB), and was not read.`;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** UTF-8 without NUL or other C0 control characters than tab, line feed and carriage return; null otherwise. */
function decodeText(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return null;
  }
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text) ? null : text;
}

/**
 * Reads the named files (paths relative to `root`) of a listing of `root` that are regular UTF-8 text files of at
 * most MAX_FILE_BYTES; any other is left out, and whoever names it reports it.
 */
export async function readReferencedFiles(
  listing: readonly SourceEntry[],
  root: string,
  paths: ReadonlySet<string>,
): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  if (paths.size === 0) return texts;
  const prefix = root === '' ? '' : `${root}/`;
  for (const entry of listing) {
    const relative = entry.path.slice(prefix.length);
    if (entry.kind !== 'file' || !paths.has(relative)) continue;
    if (entry.size !== null && entry.size > MAX_FILE_BYTES) continue;
    try {
      const bytes = await entry.read();
      if (bytes.byteLength > MAX_FILE_BYTES) continue;
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      // NUL marks secrets in a rendered answer file: a template holding one is not text.
      if (!text.includes('\u0000')) texts.set(relative, text);
    } catch {
      // Not UTF-8 text: left out.
    }
  }
  return texts;
}

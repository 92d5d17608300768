import { lstatSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { readlink, realpath, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { DeclarationSource, LinkTarget, SourceEntry } from '../../ports/declaration-source.js';
import { GIT_IGNORE_FILE, IgnoreRules, PHOENIX_IGNORE_FILE } from '../ignore-files/ignore-rules.js';

/** Ignore files a working tree honours, in the order their patterns apply within one folder. */
const IGNORE_FILES = [GIT_IGNORE_FILE, PHOENIX_IGNORE_FILE] as const;

/**
 * The declaration source over a directory on disk. Symbolic links are reported as links, never followed out of
 * the repository: a link whose target resolves outside it is flagged, and its target is never read.
 *
 * What `.gitignore` and `.phoenixignore` files exclude (nested ones included, as git reads them) is not listed and
 * ignored folders are not entered, so `node_modules/` or build output are never read; neither is `.git/`.
 *
 * Folders are listed, and files stated and read, synchronously: declaration files are small, and a few thousand
 * round trips through libuv's thread pool (an `lstat`, then an open, `fstat`, read and close per file) cost several
 * times the CPU of the system calls themselves. A working tree is read by a command, never by the daemon, so the
 * event loop has nothing else to serve meanwhile.
 */
export async function openWorkingTree(directory: string): Promise<DeclarationSource> {
  const absolute = path.resolve(directory);
  const info = await stat(absolute).catch(() => null);
  if (info === null || !info.isDirectory()) {
    throw new PhoenixError('DECL_ROOT_NOT_FOUND', { repo: directory });
  }
  const realRoot = await realpath(absolute);
  return {
    description: absolute,
    revision: null,
    list: async (root) => {
      const start = path.resolve(absolute, root);
      if (!isInside(absolute, start))
        throw new PhoenixError('DECL_ROOT_NOT_FOUND', { repo: directory, path: root });
      const startInfo = await stat(start).catch(() => null);
      if (startInfo === null || !startInfo.isDirectory()) {
        throw new PhoenixError('DECL_ROOT_NOT_FOUND', { repo: directory, path: root });
      }
      const entries: SourceEntry[] = [];
      await walk(absolute, realRoot, start, rulesAbove(absolute, start), entries);
      return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

/** The rules of the ignore files in the folders from the repository root down to `start`, `start` excluded. */
function rulesAbove(root: string, start: string): IgnoreRules {
  let rules = IgnoreRules.none;
  let folder = root;
  for (const part of toRepoPath(root, start)
    .split('/')
    .filter((p) => p !== '')) {
    rules = withIgnoreFiles(rules, root, folder);
    folder = path.join(folder, part);
  }
  return rules;
}

function withIgnoreFiles(rules: IgnoreRules, root: string, directory: string): IgnoreRules {
  let result = rules;
  for (const name of IGNORE_FILES) {
    let text: string;
    try {
      text = readFileSync(path.join(directory, name), 'utf8');
    } catch {
      continue;
    }
    result = result.with(toRepoPath(root, directory), text);
  }
  return result;
}

async function walk(
  root: string,
  realRoot: string,
  directory: string,
  inherited: IgnoreRules,
  entries: SourceEntry[],
): Promise<void> {
  let children: Dirent[];
  try {
    children = readdirSync(directory, { withFileTypes: true });
  } catch (error) {
    // A folder that cannot be listed may hold declarations: reported, never read as empty.
    entries.push({ kind: 'unreadable', path: toRepoPath(root, directory) || '.', reason: errorCode(error) });
    return;
  }
  const rules = children.some((child) => (IGNORE_FILES as readonly string[]).includes(child.name))
    ? withIgnoreFiles(inherited, root, directory)
    : inherited;
  const prefix = toRepoPath(root, directory);
  for (const child of children) {
    const absolute = path.join(directory, child.name);
    const relative = prefix === '' ? child.name : `${prefix}/${child.name}`;
    if (child.name === '.git' || rules.isIgnored(relative, child.isDirectory())) continue;
    if (child.isDirectory()) {
      await walk(root, realRoot, absolute, rules, entries);
    } else if (child.isFile()) {
      const { size } = lstatSync(absolute);
      entries.push({ kind: 'file', path: relative, size, read: () => readNow(absolute) });
    } else if (child.isSymbolicLink()) {
      entries.push(await symlinkEntry(realRoot, absolute, relative));
    }
  }
}

async function symlinkEntry(realRoot: string, absolute: string, relative: string): Promise<SourceEntry> {
  const target = await readlink(absolute);
  // A dangling link is judged by where it points; an existing one by where it finally resolves.
  const resolved = await realpath(absolute).catch(() => path.resolve(path.dirname(absolute), target));
  const escapesRoot = !isInside(realRoot, resolved);
  return {
    kind: 'symlink',
    path: relative,
    target,
    escapesRoot,
    resolve: async (): Promise<LinkTarget> => {
      if (escapesRoot) return { kind: 'other' };
      try {
        const info = await stat(resolved);
        if (info.isDirectory()) return { kind: 'directory' };
        if (!info.isFile()) return { kind: 'other' };
        return { kind: 'file', size: info.size, read: () => readNow(resolved) };
      } catch (error) {
        return { kind: errorCode(error) === 'ELOOP' ? 'loop' : 'missing' };
      }
    },
  };
}

/** The file's bytes, read at once; a failure is the promise's rejection, as an asynchronous read's would be. */
function readNow(file: string): Promise<Uint8Array> {
  return new Promise((resolve) => resolve(readFileSync(file)));
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'EUNKNOWN';
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return (
    relative === '' ||
    (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))
  );
}

function toRepoPath(root: string, absolute: string): string {
  return path.relative(root, absolute).split(path.sep).join('/');
}

import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { PhoenixError } from '../../core/errors/phoenix-error.js';

/**
 * The git directory of a repository: `<dir>/.git` (a folder, or a file with `gitdir: ...`), or `<dir>` itself
 * when it is a bare repository. GIT_REPO_NOT_FOUND otherwise. For a linked worktree (`git worktree add`), the
 * common git directory, which holds the objects and refs; its own HEAD is read with worktreeHead.
 */
export async function findGitDir(directory: string): Promise<string> {
  const absolute = path.resolve(directory);
  if (!(await isDirectory(absolute))) throw new PhoenixError('GIT_REPO_NOT_FOUND', { repo: absolute });
  const dotGit = path.join(absolute, '.git');
  const info = await stat(dotGit).catch(() => null);
  if (info?.isDirectory()) return dotGit;
  if (info?.isFile()) {
    const pointer = /^gitdir:\s*(.+)$/m.exec(await readFile(dotGit, 'utf8'));
    if (pointer?.[1] !== undefined) return commonDir(path.resolve(absolute, pointer[1].trim()));
  }
  if (await isBare(absolute)) return absolute;
  throw new PhoenixError('GIT_REPO_NOT_FOUND', { repo: absolute });
}

async function isBare(directory: string): Promise<boolean> {
  const head = await stat(path.join(directory, 'HEAD')).catch(() => null);
  return (
    head !== null &&
    head.isFile() &&
    (await isDirectory(path.join(directory, 'objects'))) &&
    (await isDirectory(path.join(directory, 'refs')))
  );
}

async function isDirectory(candidate: string): Promise<boolean> {
  const info = await stat(candidate).catch(() => null);
  return info?.isDirectory() ?? false;
}

/** The common git directory that a linked worktree's git directory names in its `commondir` file; else itself. */
async function commonDir(gitdir: string): Promise<string> {
  const common = await readFile(path.join(gitdir, 'commondir'), 'utf8').catch(() => null);
  return common === null ? gitdir : path.resolve(gitdir, common.trim());
}

/**
 * The HEAD of a linked worktree, as its own git directory records it (`ref: refs/heads/<branch>` or a commit SHA);
 * null for a repository that is not a linked worktree, whose HEAD is in its git directory.
 */
export async function worktreeHead(directory: string): Promise<string | null> {
  const dotGit = path.join(path.resolve(directory), '.git');
  const info = await stat(dotGit).catch(() => null);
  if (info?.isFile() !== true) return null;
  const pointer = /^gitdir:\s*(.+)$/m.exec(await readFile(dotGit, 'utf8'));
  if (pointer?.[1] === undefined) return null;
  const gitdir = path.resolve(path.resolve(directory), pointer[1].trim());
  if ((await commonDir(gitdir)) === gitdir) return null;
  const head = await readFile(path.join(gitdir, 'HEAD'), 'utf8').catch(() => null);
  return head === null ? null : head.trim();
}

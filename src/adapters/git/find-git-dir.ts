import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { PhoenixError } from '../../core/errors/phoenix-error.js';

/**
 * The git directory of a repository: `<dir>/.git` (a folder, or a file with `gitdir: ...`), or `<dir>` itself
 * when it is a bare repository. GIT_REPO_NOT_FOUND otherwise.
 */
export async function findGitDir(directory: string): Promise<string> {
  const absolute = path.resolve(directory);
  if (!(await isDirectory(absolute))) throw new PhoenixError('GIT_REPO_NOT_FOUND', { repo: absolute });
  const dotGit = path.join(absolute, '.git');
  const info = await stat(dotGit).catch(() => null);
  if (info?.isDirectory()) return dotGit;
  if (info?.isFile()) {
    const pointer = /^gitdir:\s*(.+)$/m.exec(await readFile(dotGit, 'utf8'));
    if (pointer?.[1] !== undefined) return path.resolve(absolute, pointer[1].trim());
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

import * as fs from 'node:fs';
import { cp, readdir } from 'node:fs/promises';
import * as path from 'node:path';
import * as git from 'isomorphic-git';

/**
 * A new repository at `target` holding a copy of `source` (dot-folders left out) as one commit on `main`, for
 * the demo: `phoenix sync` follows a branch, and a folder of declarations is not one. Returns the commit SHA.
 */
export async function commitDirectory(
  source: string,
  target: string,
  commit: { readonly message: string; readonly author: { readonly name: string; readonly email: string } },
): Promise<string> {
  await cp(source, target, {
    recursive: true,
    filter: (from) => !path.basename(from).startsWith('.') || from === source,
  });
  await git.init({ fs, dir: target, defaultBranch: 'main' });
  for (const entry of await readdir(target, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.relative(target, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (file.startsWith('.git/')) continue;
    await git.add({ fs, dir: target, filepath: file });
  }
  return git.commit({ fs, dir: target, message: commit.message, author: commit.author });
}

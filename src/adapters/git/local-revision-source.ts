import * as path from 'node:path';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { RevisionSource } from '../../ports/revision-source.js';
import { readProvenance } from './commit-provenance.js';
import { openCommitTree } from './commit-tree-source.js';
import { GenerationMemo } from './content-memo.js';
import { findGitDir, worktreeHead } from './find-git-dir.js';
import { ObjectStore } from './object-store.js';
import { isFullSha, resolveLocalRef, splitAncestry } from './resolve-local-ref.js';
import { readSignedCommit } from './signed-commit.js';

/** A repository on this machine (with a work tree or bare). Nothing touches the network or the work tree. */
export async function openLocalRepository(directory: string): Promise<RevisionSource> {
  const label = path.resolve(directory);
  const store = new ObjectStore(await findGitDir(directory));
  // A base and a head (a pull-request plan) share most files: what reading one made of them serves the other.
  const memo = new GenerationMemo();
  const resolve = async (ref: string): Promise<string> => {
    // Commits, gc and repack happen outside this process: look at the object folders afresh.
    store.forgetListings();
    const revision = await resolveLocalRef(store, await inWorktree(directory, ref));
    if (revision === null) throw new PhoenixError('GIT_REF_NOT_FOUND', { repo: label, ref });
    return revision;
  };
  return {
    description: label,
    resolve,
    checkRef: async (ref, knownRevision) => {
      const revision = await resolve(ref);
      return { revision, changed: revision !== knownRevision };
    },
    fetch: () => Promise.resolve({ fetched: false }),
    open: async (ref) => openCommitTree(store, await resolve(ref), label, memo),
    readCommit: async (ref) => readProvenance(store, await resolve(ref)),
    // A full SHA is read as is: a history walk reads many parents, and they need no resolving.
    readSignedCommit: async (ref) =>
      readSignedCommit(store, isFullSha(ref) ? ref.toLowerCase() : await resolve(ref)),
  };
}

/**
 * `ref` with a leading HEAD replaced by what a linked worktree's own HEAD names (its branch or commit): the common
 * git directory's HEAD is another worktree's. Unchanged elsewhere.
 */
async function inWorktree(directory: string, ref: string): Promise<string> {
  const { name } = splitAncestry(ref);
  if (name !== 'HEAD') return ref;
  const head = await worktreeHead(directory);
  if (head === null) return ref;
  const target = head.startsWith('ref:') ? head.slice('ref:'.length).trim() : head;
  return `${target}${ref.slice(name.length)}`;
}

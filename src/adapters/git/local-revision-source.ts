import * as path from 'node:path';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { RevisionSource } from '../../ports/revision-source.js';
import { readProvenance } from './commit-provenance.js';
import { openCommitTree } from './commit-tree-source.js';
import { findGitDir } from './find-git-dir.js';
import { ObjectStore } from './object-store.js';
import { isFullSha, resolveLocalRef } from './resolve-local-ref.js';
import { readSignedCommit } from './signed-commit.js';

/** A repository on this machine (with a work tree or bare). Nothing touches the network or the work tree. */
export async function openLocalRepository(directory: string): Promise<RevisionSource> {
  const label = path.resolve(directory);
  const store = new ObjectStore(await findGitDir(directory));
  const resolve = async (ref: string): Promise<string> => {
    // Commits, gc and repack happen outside this process: look at the object folders afresh.
    store.forgetListings();
    const revision = await resolveLocalRef(store, ref);
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
    open: async (ref) => openCommitTree(store, await resolve(ref), label),
    readCommit: async (ref) => readProvenance(store, await resolve(ref)),
    // A full SHA is read as is: a history walk reads many parents, and they need no resolving.
    readSignedCommit: async (ref) =>
      readSignedCommit(store, isFullSha(ref) ? ref.toLowerCase() : await resolve(ref)),
  };
}

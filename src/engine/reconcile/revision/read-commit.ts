import type { DesiredState } from '../../../core/desired/desired-state.js';
import type { Logger } from '../../../ports/logger.js';
import type { RecordProvenance } from '../../../ports/ledger.js';
import type { RevisionSource } from '../../../ports/revision-source.js';
import { readDesiredState, type DesiredRevision } from './read-desired-state.js';

/** The desired state of one commit, with who made it and why. */
export interface CommitDesiredState extends DesiredRevision {
  readonly provenance: RecordProvenance;
}

/** The desired state at `revision` (a full commit SHA) of a Git source, with its provenance; DECL_INVALID on errors. */
export async function readCommitDesiredState(
  source: RevisionSource,
  revision: string,
  root: string,
): Promise<CommitDesiredState> {
  const read = await readDesiredState(await source.open(revision), root);
  const commit = await source.readCommit(revision);
  return {
    ...read,
    revision,
    provenance: { author: commit.author, committer: commit.committer, subject: commit.subject },
  };
}

/**
 * The desired state of the revision the ledger last applied, read from the same repository, so that nodes the
 * new revision no longer declares keep their pool and protection for the guards. Null when there is none or it
 * cannot be read (a working tree's content hash, a revision from another repository, declarations that no
 * longer load).
 */
export async function readBaselineState(
  source: RevisionSource | null,
  lastApplied: string | null,
  root: string,
  logger: Logger,
): Promise<DesiredState | null> {
  if (source === null || lastApplied === null) return null;
  try {
    return (await readDesiredState(await source.open(lastApplied), root)).desired;
  } catch (error) {
    logger.debug({ revision: lastApplied, err: error }, 'last applied revision not readable as a baseline');
    return null;
  }
}

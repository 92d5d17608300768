import { hasErrorCode } from '../../core/errors/phoenix-error.js';
import type { Logger } from '../../ports/logger.js';
import type { RevisionSource, SignedCommit } from '../../ports/revision-source.js';

interface Walked {
  readonly commit: SignedCommit;
  /** Reachable from `since`: not one of the commits to verify. */
  fromSince: boolean;
}

/**
 * `head` and the commits reachable from it and not from `since` (`git rev-list head ^since`), head first, then
 * newest first, through every parent: merges' second parents included. Without `since` (nothing applied yet,
 * or a recorded revision this repository does not have), the whole history of `head`.
 *
 * Like git, the walk goes newest first by committer time from both tips and stops once everything left to visit
 * is reachable from `since`, so it reads the new commits and a few old ones, not the whole older history. With
 * committer times out of order it may list an older commit too: it verifies more, never less.
 */
export async function commitsSince(
  source: RevisionSource,
  head: string,
  since: string | null,
  logger: Logger,
): Promise<readonly SignedCommit[]> {
  const walked = new Map<string, Walked>();
  const queue: Walked[] = [];
  const visit = async (revision: string, fromSince: boolean): Promise<void> => {
    const known = walked.get(revision);
    if (known !== undefined) {
      if (fromSince && !known.fromSince) {
        known.fromSince = true;
        if (!queue.includes(known)) insert(queue, known);
      }
      return;
    }
    const entry = { commit: await source.readSignedCommit(revision), fromSince };
    walked.set(revision, entry);
    insert(queue, entry);
  };
  await visit(head, false);
  if (since === head) return [walked.get(head)!.commit];
  if (since !== null) {
    try {
      await visit(since, true);
    } catch (error) {
      if (!(hasErrorCode(error, 'GIT_REF_NOT_FOUND') || hasErrorCode(error, 'GIT_NOT_A_COMMIT'))) throw error;
      logger.warn(
        { since },
        'the last applied revision is not a commit of the repository; the whole history is verified',
      );
    }
  }
  const listed = new Set<Walked>();
  while (queue.some((entry) => !entry.fromSince)) {
    const entry = queue.shift()!;
    if (!entry.fromSince) listed.add(entry);
    for (const parent of entry.commit.parents) await visit(parent, entry.fromSince);
  }
  // The head is always verified, even when it is `since` or one of its ancestors (a rollback).
  const first = walked.get(head)!;
  const others = [...listed].filter((entry) => entry !== first && !entry.fromSince);
  return [first, ...others].map((entry) => entry.commit);
}

/** Keeps the queue newest first by committer time (stable for equal times). */
function insert(queue: Walked[], entry: Walked): void {
  const at = queue.findIndex((other) => other.commit.committedAt < entry.commit.committedAt);
  if (at === -1) queue.push(entry);
  else queue.splice(at, 0, entry);
}

import { hasErrorCode } from '../../core/errors/phoenix-error.js';
import type { Logger } from '../../logging/create-logger.js';
import type { RevisionSource, SignedCommit } from '../../ports/revision-source.js';

/**
 * `head` and the commits reachable from it and not from `since` (`git rev-list head ^since`), head first, then breadth
 * first through every parent: merges' second parents included. Without `since` (nothing applied yet, or a
 * recorded revision this repository does not have), the whole history of `head`.
 */
export async function commitsSince(
  source: RevisionSource,
  head: string,
  since: string | null,
  logger: Logger,
): Promise<readonly SignedCommit[]> {
  const excluded = since === null ? new Set<string>() : await ancestorsOf(source, since, logger);
  const out: SignedCommit[] = [];
  const seen = new Set<string>([head]);
  const queue = [head];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    // The head itself is always checked, even when it is the last applied revision or one of its ancestors.
    if (excluded.has(next) && next !== head) continue;
    const commit = await source.readSignedCommit(next);
    out.push(commit);
    for (const parent of commit.parents) {
      if (seen.has(parent)) continue;
      seen.add(parent);
      queue.push(parent);
    }
  }
  return out;
}

/** `since` and every commit it reaches; empty when the repository does not have it. */
async function ancestorsOf(source: RevisionSource, since: string, logger: Logger): Promise<Set<string>> {
  const reached = new Set<string>();
  const queue = [since];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (reached.has(next)) continue;
    let parents: readonly string[];
    try {
      parents = (await source.readSignedCommit(next)).parents;
    } catch (error) {
      if (
        next !== since ||
        !(hasErrorCode(error, 'GIT_REF_NOT_FOUND') || hasErrorCode(error, 'GIT_NOT_A_COMMIT'))
      )
        throw error;
      logger.warn(
        { since },
        'the last applied revision is not a commit of the repository; the whole history is verified',
      );
      return reached;
    }
    reached.add(next);
    queue.push(...parents);
  }
  return reached;
}

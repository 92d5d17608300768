import { looksLikeUrl, openRevisionSource } from '../../adapters/git/index.js';
import { readCommitDesiredState } from '../../engine/reconcile/read-commit.js';
import type { DesiredRevision } from '../../engine/reconcile/read-desired-state.js';
import type { Logger } from '../../logging/create-logger.js';
import type { RecordProvenance } from '../../ports/ledger.js';
import type { RevisionSource } from '../../ports/revision-source.js';
import { readRepo, type RuntimeEnv } from './site-runtime.js';

/** `--repo`, `--ref` and `--path` of a command that reads declarations. */
export interface RevisionOptions {
  /** A directory (working tree, or a repository with `--ref`) or a URL. */
  readonly repo: string;
  /** A branch, tag or SHA; without it a directory is read as a working tree and a URL at HEAD. */
  readonly ref?: string | undefined;
  readonly path?: string | undefined;
}

export interface RevisionContext {
  readonly stateDir: string;
  readonly logger: Logger;
  readonly env: RuntimeEnv;
}

/** The desired state of one revision, with where it came from. */
export interface RevisionRead extends DesiredRevision {
  /** Author, committer and subject of the commit; null for a working tree. */
  readonly provenance: RecordProvenance | null;
  /** The Git source, for reading other revisions of the same repository; null for a working tree. */
  readonly source: RevisionSource | null;
}

/** True when `--repo`/`--ref` name a Git commit rather than a working tree. */
export function isGitRevision(options: RevisionOptions): boolean {
  return options.ref !== undefined || /^file:\/\//i.test(options.repo) || looksLikeUrl(options.repo);
}

/** Opens the Git source `--repo` names (a local repository or a URL cached under the state directory). */
export function openGitSource(repo: string, context: RevisionContext): Promise<RevisionSource> {
  return openRevisionSource(repo, { stateDir: context.stateDir, logger: context.logger, env: context.env });
}

/** The desired state at one commit of a Git source, with its provenance. DECL_INVALID when it has errors. */
export async function readCommitRevision(
  source: RevisionSource,
  ref: string,
  path: string | undefined,
): Promise<RevisionRead> {
  const read = await readCommitDesiredState(source, await source.resolve(ref), path ?? '');
  return { ...read, source };
}

/**
 * The declarations `--repo`, `--ref` and `--path` name: a working tree as it is on disk (revision: a hash of its
 * contents), or a commit read straight from Git objects (revision: the full commit SHA).
 */
export async function readRevision(
  options: RevisionOptions,
  context: RevisionContext,
): Promise<RevisionRead> {
  if (!isGitRevision(options)) {
    const read = await readRepo(options);
    return { ...read, provenance: null, source: null };
  }
  const source = await openGitSource(options.repo, context);
  return readCommitRevision(source, options.ref ?? 'HEAD', options.path);
}

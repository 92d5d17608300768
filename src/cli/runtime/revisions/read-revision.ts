import { looksLikeUrl } from '../../../adapters/git/remote-url.js';
import { readCommitDesiredState } from '../../../engine/reconcile/revision/read-commit.js';
import type { DesiredRevision } from '../../../engine/reconcile/revision/read-desired-state.js';
import type { Logger } from '../../../ports/logger.js';
import type { RecordProvenance } from '../../../ports/ledger.js';
import type { RevisionSource } from '../../../ports/revision-source.js';
import type { RevisionVerification } from '../../../engine/commit-signatures/verify-revision.js';
import type { RuntimeEnv } from '../wiring/site-runtime.js';
import { readRepo } from './read-working-tree.js';
import { passGate, refuseWorkingTree, type CommitGate } from './verify-read.js';

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
  /** Checks the commit against the verification policy before its declarations are read. */
  readonly gate?: CommitGate | undefined;
}

/** The desired state of one revision, with where it came from. */
export interface RevisionRead extends DesiredRevision {
  /** Author, committer and subject of the commit; null for a working tree. */
  readonly provenance: RecordProvenance | null;
  /** The Git source, for reading other revisions of the same repository; null for a working tree. */
  readonly source: RevisionSource | null;
  /** What the commit verification policy found, when it was checked. */
  readonly verification?: RevisionVerification;
}

/** True when `--repo`/`--ref` name a Git commit rather than a working tree. */
export function isGitRevision(options: RevisionOptions): boolean {
  return options.ref !== undefined || /^file:\/\//i.test(options.repo) || looksLikeUrl(options.repo);
}

/**
 * Opens the Git source `--repo` names (a local repository or a URL cached under the state directory). The Git
 * library is loaded here, on first use, so that commands reading a working tree start without it.
 */
export async function openGitSource(repo: string, context: RevisionContext): Promise<RevisionSource> {
  const { openRevisionSource } = await import('../../../adapters/git/open-revision-source.js');
  return openRevisionSource(repo, { stateDir: context.stateDir, logger: context.logger, env: context.env });
}

/**
 * The desired state at one commit of a Git source, with its provenance. DECL_INVALID when it has errors; with a
 * gate, SIGN_COMMIT_UNVERIFIED for a commit the policy refuses, before its declarations are read.
 */
export async function readCommitRevision(
  source: RevisionSource,
  ref: string,
  path: string | undefined,
  gate?: CommitGate,
): Promise<RevisionRead> {
  const revision = await source.resolve(ref);
  const verification = gate === undefined ? undefined : await passGate(gate, source, revision);
  const read = await readCommitDesiredState(source, revision, path ?? '');
  return { ...read, source, ...(verification === undefined ? {} : { verification }) };
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
    if (context.gate !== undefined) refuseWorkingTree(context.gate.policy);
    const read = await readRepo(options);
    return { ...read, provenance: null, source: null };
  }
  const source = await openGitSource(options.repo, context);
  return readCommitRevision(source, options.ref ?? 'HEAD', options.path, context.gate);
}

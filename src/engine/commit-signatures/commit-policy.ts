import type { SignatureVerifier } from '../../ports/signature-verifier.js';

/**
 * Which commits must carry a signature of the allow-list before anything is planned from a revision:
 * - `none`: no check;
 * - `head`: the commit to apply;
 * - `history`: every commit since the last applied revision, parents of merges included, so that an unsigned
 *   commit cannot hide under a signed merge.
 */
export type VerifyCommitsMode = 'none' | 'head' | 'history';

export const VERIFY_COMMITS_MODES: readonly VerifyCommitsMode[] = ['none', 'head', 'history'];

/** The verification policy, given to the CLI or the daemon by the operator: never read from the repository. */
export interface CommitPolicy {
  readonly mode: VerifyCommitsMode;
  /** Null only with mode `none`. */
  readonly verifier: SignatureVerifier | null;
}

export const NO_COMMIT_POLICY: CommitPolicy = { mode: 'none', verifier: null };

import { NO_COMMIT_POLICY, type CommitPolicy } from '../engine/commit-signatures/commit-policy.js';
import { checkRevision, type RevisionVerification } from '../engine/commit-signatures/verify-revision.js';
import type { Logger } from '../ports/logger.js';
import type { RevisionSource } from '../ports/revision-source.js';
import type { PassOutcome } from './pass-outcome.js';

/**
 * The daemon's commit verification: every revision is checked against the policy before its declarations are
 * read, let alone planned; the answer is kept until the branch or the last applied revision moves.
 */
export class RevisionGate {
  readonly #policy: CommitPolicy;
  readonly #source: RevisionSource;
  #last: { readonly key: string; readonly verification: RevisionVerification } | null = null;

  constructor(policy: CommitPolicy | undefined, source: RevisionSource) {
    this.#policy = policy ?? NO_COMMIT_POLICY;
    this.#source = source;
  }

  async check(revision: string, lastApplied: string | null, logger: Logger): Promise<RevisionVerification> {
    const key = `${revision} ${lastApplied ?? ''}`;
    if (this.#last?.key === key) return this.#last.verification;
    const verification = await checkRevision(
      { policy: this.#policy, revision, since: lastApplied },
      { source: this.#source, logger },
    );
    if (verification.failure !== null)
      logger.warn(
        {
          commit: verification.failure.commit,
          problem: verification.failure.check.problem,
          signer: verification.failure.check.fingerprint,
          policy: verification.mode,
        },
        'revision refused: commit signature not verified',
      );
    this.#last = { key, verification };
    return verification;
  }
}

/** The pass outcome of a refused revision: Stalled (VerificationFailed) until a new commit, nothing applied. */
export function unverifiedOutcome(verification: RevisionVerification): PassOutcome {
  const failure = verification.failure;
  const check = failure?.check;
  const signer =
    check?.fingerprint === null || check === undefined
      ? 'none'
      : `${check.kind ?? 'unknown'} key ${check.fingerprint}`;
  return {
    result: 'stalled',
    stalledReason: 'VerificationFailed',
    revision: verification.revision,
    site: null,
    message: `${check?.reason ?? 'The commit is not verified.'} Nothing is applied from this revision (policy ${verification.mode}); commit ${failure?.commit.slice(0, 12) ?? 'unknown'}, signer ${signer}.`,
    plan: null,
    pendingPlan: null,
    report: null,
    diagnostics: [],
    errorCode: 'SIGN_COMMIT_UNVERIFIED',
  };
}

import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { Logger } from '../../ports/logger.js';
import type { RevisionSource } from '../../ports/revision-source.js';
import type { CommitSigner, SignatureCheck } from '../../ports/signature-verifier.js';
import type { CommitPolicy, VerifyCommitsMode } from './commit-policy.js';
import { commitsSince } from './commits-since.js';

/** The first commit the policy refuses, with why. */
export interface VerificationFailure {
  readonly commit: string;
  readonly check: Extract<SignatureCheck, { verified: false }>;
}

/** What the policy found for one revision. */
export interface RevisionVerification {
  readonly mode: VerifyCommitsMode;
  readonly revision: string;
  /** The revision the history was checked from (history mode); null for the whole history or another mode. */
  readonly since: string | null;
  /** How many commits were checked: 0 with `none`, 1 with `head`, the commits since the last applied revision. */
  readonly checked: number;
  /** The signer of the revision itself; null when unverified or not checked. */
  readonly signer: CommitSigner | null;
  readonly failure: VerificationFailure | null;
}

export interface CheckRevisionInput {
  readonly policy: CommitPolicy;
  /** The full commit SHA to plan from. */
  readonly revision: string;
  /** The last applied revision, where history mode starts; null when nothing was applied. */
  readonly since: string | null;
}

/**
 * Checks a revision against the policy without throwing for a refused commit: `plan` shows the result,
 * `requireVerified` turns a failure into SIGN_COMMIT_UNVERIFIED for everything that applies.
 */
export async function checkRevision(
  input: CheckRevisionInput,
  deps: { readonly source: RevisionSource; readonly logger: Logger },
): Promise<RevisionVerification> {
  const { policy, revision } = input;
  const base = { mode: policy.mode, revision, since: null, checked: 0, signer: null, failure: null };
  if (policy.mode === 'none') return base;
  if (policy.verifier === null) throw new PhoenixError('SIGN_POLICY_INVALID', { mode: policy.mode });
  const since = policy.mode === 'history' ? input.since : null;
  const commits =
    policy.mode === 'head'
      ? [await deps.source.readSignedCommit(revision)]
      : await commitsSince(deps.source, revision, since, deps.logger);
  let signer: CommitSigner | null = null;
  for (const commit of commits) {
    const check = await policy.verifier.verify(commit);
    if (!check.verified)
      return { ...base, since, checked: commits.length, failure: { commit: commit.revision, check } };
    if (commit.revision === revision) signer = check.signer;
  }
  deps.logger.info(
    { mode: policy.mode, commits: commits.length, signer: signer?.fingerprint, principal: signer?.principal },
    'commit signatures verified',
  );
  return { ...base, since, checked: commits.length, signer };
}

/** The verification of a revision that may be applied; SIGN_COMMIT_UNVERIFIED naming commit, signer and policy. */
export function requireVerified(verification: RevisionVerification): RevisionVerification {
  const failure = verification.failure;
  if (failure === null) return verification;
  throw new PhoenixError('SIGN_COMMIT_UNVERIFIED', {
    revision: verification.revision,
    commit: failure.commit,
    problem: failure.check.problem,
    reason: failure.check.reason,
    signer:
      failure.check.fingerprint === null
        ? 'none'
        : `${failure.check.kind ?? 'unknown'} key ${failure.check.fingerprint}`,
    policy: verification.mode,
    ...(verification.mode === 'history' ? { since: verification.since ?? 'the first commit' } : {}),
  });
}

/** checkRevision, then requireVerified: what apply, rollback, rebuild and the daemon call before planning. */
export async function verifyRevision(
  input: CheckRevisionInput,
  deps: { readonly source: RevisionSource; readonly logger: Logger },
): Promise<RevisionVerification> {
  return requireVerified(await checkRevision(input, deps));
}

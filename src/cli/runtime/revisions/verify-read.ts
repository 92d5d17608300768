import { PhoenixError } from '../../../core/errors/phoenix-error.js';
import type { CommitPolicy } from '../../../engine/commit-signatures/commit-policy.js';
import { withSignature } from '../../../engine/commit-signatures/signature-record.js';
import {
  checkRevision,
  requireVerified,
  type RevisionVerification,
} from '../../../engine/commit-signatures/verify-revision.js';
import type { Logger } from '../../../ports/logger.js';
import type { RevisionSource } from '../../../ports/revision-source.js';
import type { RevisionRead } from './read-revision.js';

/**
 * The policy a command checks a commit against before it reads the commit's declarations; `since` gives the
 * last applied revision (read from the ledger only when history mode needs it).
 */
export interface CommitGate {
  readonly policy: CommitPolicy;
  readonly since: () => Promise<string | null>;
  readonly logger: Logger;
}

/** A working tree carries no signature: refused under any policy but `none`. */
export function refuseWorkingTree(policy: CommitPolicy): void {
  if (policy.mode === 'none') return;
  throw new PhoenixError('SIGN_POLICY_INVALID', {
    policy: policy.mode,
    problem: 'a working tree carries no signature: read the declarations from a commit with --ref',
  });
}

/** Refuses a commit the gate's policy does not accept (SIGN_COMMIT_UNVERIFIED), before anything is read from it. */
export async function passGate(
  gate: CommitGate,
  source: RevisionSource,
  revision: string,
): Promise<RevisionVerification> {
  const since = gate.policy.mode === 'history' ? await gate.since() : null;
  return requireVerified(
    await checkRevision({ policy: gate.policy, revision, since }, { source, logger: gate.logger }),
  );
}

/**
 * What the policy says about the revision read, without throwing for a refused commit (`plan` shows it). A
 * verification made by a gate when the revision was read is reused.
 */
export async function checkRead(
  read: RevisionRead,
  policy: CommitPolicy,
  since: string | null,
  logger: Logger,
): Promise<RevisionVerification> {
  if (policy.mode === 'none')
    return { mode: 'none', revision: read.revision, since: null, checked: 0, signer: null, failure: null };
  if (read.source === null) refuseWorkingTree(policy);
  const known = read.verification;
  if (known !== undefined && known.revision === read.revision && known.mode === policy.mode) return known;
  return checkRevision({ policy, revision: read.revision, since }, { source: read.source!, logger });
}

/**
 * The revision read, refused with SIGN_COMMIT_UNVERIFIED unless the policy accepts it, with its signer in the
 * provenance the ledger records. Called before the appliance the revision names is even connected to.
 */
export async function verifyRead(
  read: RevisionRead,
  policy: CommitPolicy,
  since: string | null,
  logger: Logger,
): Promise<{ readonly read: RevisionRead; readonly verification: RevisionVerification }> {
  const verification = requireVerified(await checkRead(read, policy, since, logger));
  const provenance = read.provenance === null ? null : withSignature(read.provenance, verification);
  return { read: { ...read, provenance, verification }, verification };
}

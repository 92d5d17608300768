import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { CommitPolicy } from '../../engine/commit-signatures/commit-policy.js';
import { withSignature } from '../../engine/commit-signatures/signature-record.js';
import {
  checkRevision,
  requireVerified,
  type RevisionVerification,
} from '../../engine/commit-signatures/verify-revision.js';
import type { Logger } from '../../logging/create-logger.js';
import type { RevisionRead } from './read-revision.js';

/**
 * What the policy says about the revision read, without throwing for a refused commit (`plan` shows it). A
 * working tree has no signature, so a policy other than `none` refuses it.
 */
export async function checkRead(
  read: RevisionRead,
  policy: CommitPolicy,
  since: string | null,
  logger: Logger,
): Promise<RevisionVerification> {
  if (policy.mode === 'none')
    return { mode: 'none', revision: read.revision, since: null, checked: 0, signer: null, failure: null };
  if (read.source === null)
    throw new PhoenixError('SIGN_POLICY_INVALID', {
      policy: policy.mode,
      problem: 'a working tree carries no signature: read the declarations from a commit with --ref',
    });
  return checkRevision({ policy, revision: read.revision, since }, { source: read.source, logger });
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
  return { read: { ...read, provenance }, verification };
}

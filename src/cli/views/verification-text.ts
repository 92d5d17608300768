import type { RevisionVerification } from '../../engine/commit-signatures/verify-revision.js';

const short = (revision: string): string => revision.slice(0, 12);

/** One line on what the commit verification policy found, for people; empty with policy `none`. */
export function renderVerificationText(verification: RevisionVerification): string {
  if (verification.mode === 'none') return '';
  const policy = `policy ${verification.mode}`;
  const failure = verification.failure;
  if (failure !== null) {
    const signer =
      failure.check.fingerprint === null
        ? 'no known signer'
        : `${failure.check.kind ?? 'unknown'} key ${failure.check.fingerprint}`;
    return `Signature: REFUSED (${policy}): commit ${short(failure.commit)}, ${signer}: ${failure.check.reason}\n`;
  }
  const signer = verification.signer;
  const who =
    signer === null
      ? 'verified'
      : `signed by ${signer.principal ?? 'an allowed signer'} (${signer.kind} key ${signer.fingerprint})`;
  const scope =
    verification.mode === 'history'
      ? `; ${verification.checked} commit(s) since ${verification.since === null ? 'the first commit' : short(verification.since)} verified`
      : '';
  return `Signature: ${short(verification.revision)} ${who} (${policy}${scope})\n`;
}

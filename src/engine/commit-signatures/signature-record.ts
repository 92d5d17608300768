import type { RecordProvenance, RecordSignature } from '../../ports/ledger.js';
import type { RevisionVerification } from './verify-revision.js';

/** The signer a verified revision is recorded with in the ledger; undefined when no policy applied. */
export function signatureRecord(verification: RevisionVerification): RecordSignature | undefined {
  const signer = verification.signer;
  if (verification.mode === 'none' || signer === null || verification.failure !== null) return undefined;
  return {
    kind: signer.kind,
    fingerprint: signer.fingerprint,
    principal: signer.principal,
    policy: verification.mode,
  };
}

/** The provenance of a commit with the signature it was verified by. */
export function withSignature(
  provenance: RecordProvenance,
  verification: RevisionVerification,
): RecordProvenance {
  const signature = signatureRecord(verification);
  return signature === undefined ? provenance : { ...provenance, signature };
}

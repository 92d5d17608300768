import type * as openpgp from 'openpgp';
import type { SignedCommit } from '../../ports/revision-source.js';
import type { SignatureCheck, SignatureVerifier } from '../../ports/signature-verifier.js';
import { readAllowedSigners, type AllowedSigner } from './allowed-signers.js';
import { verifyOpenPgpCommit } from './openpgp-commit-verifier.js';
import { verifySshCommit } from './ssh-commit-verifier.js';
import { isArmoredSshSignature } from './ssh-signature.js';
import { readTrustedKeys } from './trusted-keys.js';

export interface AllowListFiles {
  /** git's allowed_signers format, for SSH signatures. */
  readonly allowedSigners: string | null;
  /** OpenPGP public keys. */
  readonly trustedKeys: string | null;
}

const OPENPGP_ARMOR = '-----BEGIN PGP SIGNATURE-----';

/**
 * The verifier of an allow-list: SSH signatures against the allowed signers, OpenPGP signatures against the
 * trusted keys. Both files are read once, now: a bad file fails here, before any commit is looked at.
 */
export async function openSignatureVerifier(files: AllowListFiles): Promise<SignatureVerifier> {
  const signers = files.allowedSigners === null ? null : await readAllowedSigners(files.allowedSigners);
  const keys = files.trustedKeys === null ? null : await readTrustedKeys(files.trustedKeys);
  return { verify: (commit) => verifyCommit(commit, signers, keys) };
}

async function verifyCommit(
  commit: SignedCommit,
  signers: readonly AllowedSigner[] | null,
  keys: readonly openpgp.PublicKey[] | null,
): Promise<SignatureCheck> {
  const signature = commit.signature;
  if (signature === null)
    return {
      verified: false,
      problem: 'unsigned',
      kind: null,
      fingerprint: null,
      reason: 'The commit is not signed.',
    };
  if (isArmoredSshSignature(signature)) {
    if (signers === null)
      return noList('ssh', 'SSH signatures are not accepted: no allowed signers file was given.');
    return verifySshCommit(commit, signature, signers);
  }
  if (signature.trimStart().startsWith(OPENPGP_ARMOR)) {
    if (keys === null)
      return noList('openpgp', 'OpenPGP signatures are not accepted: no trusted keys file was given.');
    return verifyOpenPgpCommit(commit, signature, keys);
  }
  return {
    verified: false,
    problem: 'unsupported',
    kind: null,
    fingerprint: null,
    reason: 'The signature is neither OpenPGP nor SSH (X.509 signatures are not supported).',
  };
}

function noList(kind: 'ssh' | 'openpgp', reason: string): SignatureCheck {
  return { verified: false, problem: 'unsupported', kind, fingerprint: null, reason };
}

import type { SignedCommit } from '../../ports/revision-source.js';
import type { SignatureCheck } from '../../ports/signature-verifier.js';
import type { AllowedSigner } from './allowed-signers.js';
import { matchesPatternList } from './pattern-list.js';
import { parseSshPublicKey, sshFingerprint } from './ssh-public-key.js';
import { parseSshSignature, verifySshSignature, type SshSignature } from './ssh-signature.js';
import { SshWireError } from './ssh-wire-reader.js';

/** The namespace git signs commits in (`ssh-keygen -Y sign -n git`). */
const GIT_NAMESPACE = 'git';

const refuse = (
  problem: Extract<SignatureCheck, { verified: false }>['problem'],
  fingerprint: string | null,
  reason: string,
): SignatureCheck => ({ verified: false, problem, kind: 'ssh', fingerprint, reason });

/**
 * Verifies a commit's SSH signature as `git verify-commit` does with `gpg.ssh.allowedSignersFile`: the signing
 * key must be on a line of the allowed signers, in the `git` namespace, and valid at the committer's time.
 */
export function verifySshCommit(
  commit: SignedCommit,
  armored: string,
  signers: readonly AllowedSigner[],
): SignatureCheck {
  let signature: SshSignature;
  try {
    signature = parseSshSignature(armored);
  } catch (error) {
    if (!(error instanceof SshWireError)) throw error;
    return refuse('bad-signature', null, `The SSH signature cannot be read (${error.message}).`);
  }
  const fingerprint = sshFingerprint(signature.publicKey);
  const type = typeOf(signature.publicKey);
  if (type.endsWith('-cert-v01@openssh.com'))
    return refuse('unsupported', fingerprint, 'Signatures made with SSH certificates are not supported.');
  if (signature.namespace !== GIT_NAMESPACE)
    return refuse(
      'not-allowed',
      fingerprint,
      `The signature is for namespace "${signature.namespace}", not "git".`,
    );
  const listed = signers.filter((s) => s.key.blob.equals(signature.publicKey));
  const first = listed[0];
  if (first === undefined)
    return refuse('unknown-signer', fingerprint, 'The SSH key is not in the allowed signers.');
  if (signature.signatureAlgorithm === 'ssh-rsa')
    return refuse('unsupported', fingerprint, 'RSA signatures over SHA-1 (ssh-rsa) are refused.');
  if (!verifySshSignature(signature, first.key, commit.payload))
    return refuse('bad-signature', fingerprint, 'The SSH signature does not match the commit.');
  const inNamespace = listed.filter(
    (s) => s.namespaces === null || matchesPatternList(GIT_NAMESPACE, s.namespaces),
  );
  if (inNamespace.length === 0)
    return refuse(
      'not-allowed',
      fingerprint,
      'The allowed signers restrict this key to other namespaces than git.',
    );
  const at = commit.committedAt;
  const valid = inNamespace.filter(
    (s) => (s.validAfter === null || at >= s.validAfter) && (s.validBefore === null || at <= s.validBefore),
  );
  const signer = valid[0];
  if (signer === undefined)
    return refuse(
      'not-allowed',
      fingerprint,
      'The allowed signers do not accept this key at the commit time (valid-after / valid-before).',
    );
  return { verified: true, signer: { kind: 'ssh', fingerprint, principal: signer.principals } };
}

function typeOf(blob: Buffer): string {
  try {
    return parseSshPublicKey(blob).type;
  } catch (error) {
    if (!(error instanceof SshWireError)) throw error;
    return blob.length >= 4 ? blob.subarray(4, 4 + blob.readUInt32BE(0)).toString('latin1') : '';
  }
}

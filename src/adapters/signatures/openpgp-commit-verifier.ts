import * as openpgp from 'openpgp';
import type { SignedCommit } from '../../ports/revision-source.js';
import type { SignatureCheck } from '../../ports/signature-verifier.js';

const refuse = (
  problem: Extract<SignatureCheck, { verified: false }>['problem'],
  fingerprint: string | null,
  reason: string,
): SignatureCheck => ({ verified: false, problem, kind: 'openpgp', fingerprint, reason });

/**
 * Verifies a commit's OpenPGP signature (a detached signature over the commit without its `gpgsig` header, as
 * `git commit -S` makes it) against the trusted keys: the signing key (primary or subkey) must belong to one
 * of them, and be neither expired nor revoked now.
 */
export async function verifyOpenPgpCommit(
  commit: SignedCommit,
  armored: string,
  keys: readonly openpgp.PublicKey[],
): Promise<SignatureCheck> {
  let signature: openpgp.Signature;
  try {
    signature = await openpgp.readSignature({ armoredSignature: armored });
  } catch {
    return refuse('bad-signature', null, 'The OpenPGP signature cannot be read.');
  }
  const issuer = issuerOf(signature);
  const signingIds = signature.getSigningKeyIDs();
  const owner = keys.find((key) => signingIds.some((id) => key.getKeys(id).length > 0));
  if (owner === undefined)
    return refuse('unknown-signer', issuer, 'The OpenPGP key is not among the trusted keys.');
  const fingerprint = owner.getFingerprint().toUpperCase();
  const message = await openpgp.createMessage({ binary: commit.payload });
  const result = await openpgp.verify({ message, signature, verificationKeys: owner, format: 'binary' });
  try {
    await result.signatures[0]?.verified;
    if (result.signatures[0] === undefined) throw new Error('no signature');
  } catch (error) {
    const text = (error as Error).message;
    if (/expired|revoked/i.test(text))
      return refuse('not-allowed', fingerprint, 'The trusted OpenPGP key is expired or revoked.');
    return refuse('bad-signature', fingerprint, 'The OpenPGP signature does not match the commit.');
  }
  return { verified: true, signer: { kind: 'openpgp', fingerprint, principal: await primaryUserId(owner) } };
}

/** The issuer fingerprint (or key ID) the signature names, uppercase hex. */
function issuerOf(signature: openpgp.Signature): string | null {
  const packet = signature.packets[0];
  if (packet?.issuerFingerprint instanceof Uint8Array && packet.issuerFingerprint.length > 0)
    return Buffer.from(packet.issuerFingerprint).toString('hex').toUpperCase();
  const id = signature.getSigningKeyIDs()[0];
  return id === undefined ? null : id.toHex().toUpperCase();
}

async function primaryUserId(key: openpgp.PublicKey): Promise<string | null> {
  try {
    return (await key.getPrimaryUser()).user.userID?.userID ?? null;
  } catch {
    return key.getUserIDs()[0] ?? null;
  }
}

import type { SignedCommit } from './revision-source.js';

/** The two signature formats Phoenix verifies. */
export type SignatureKind = 'openpgp' | 'ssh';

/** Who signed a commit, as the allow-list knows them. */
export interface CommitSigner {
  readonly kind: SignatureKind;
  /** `SHA256:...` for an SSH key (as ssh-keygen -l prints it), the 40-hex primary key fingerprint for OpenPGP. */
  readonly fingerprint: string;
  /** The principals of the allowed_signers line (SSH), or the primary user ID of the key (OpenPGP). */
  readonly principal: string | null;
}

/**
 * Why a commit is refused:
 * - `unsigned`: no signature header;
 * - `unknown-signer`: a well-formed signature by a key that is not in the allow-list;
 * - `bad-signature`: the signature does not match the commit (tampered, or made over other bytes);
 * - `not-allowed`: the key is listed but not for this use (namespace, validity window, expired or revoked key);
 * - `unsupported`: a format Phoenix does not verify (X.509, SSH certificates, security-key SSH signatures), or
 *   a kind for which no allow-list was given.
 */
export type SignatureProblem =
  'unsigned' | 'unknown-signer' | 'bad-signature' | 'not-allowed' | 'unsupported';

export type SignatureCheck =
  | { readonly verified: true; readonly signer: CommitSigner }
  | {
      readonly verified: false;
      readonly problem: SignatureProblem;
      /** The signature's format; null when unsigned or unrecognised. */
      readonly kind: SignatureKind | null;
      /** The signing key's fingerprint (or OpenPGP key ID) when the signature names one. */
      readonly fingerprint: string | null;
      /** One sentence for people, with no key material. */
      readonly reason: string;
    };

/** Checks a commit's signature against the allow-list it was built with. Never throws for a bad signature. */
export interface SignatureVerifier {
  verify(commit: SignedCommit): Promise<SignatureCheck>;
}

import type { ErrorSpec } from '../error-spec.js';

const terminal = (message: string, hint: string): ErrorSpec => ({
  message,
  retry: 'terminal',
  exitCode: 1,
  hint,
});

/**
 * Errors of commit signature verification. Details name the commit, its signer (key fingerprint and principal,
 * or that there is none) and the policy; never key material beyond public fingerprints.
 */
export const signErrors = {
  SIGN_COMMIT_UNVERIFIED: terminal(
    'The commit is not signed by an allowed signer, so nothing is planned or applied from it.',
    'Sign the commit with a key of the allow-list (git commit -S, with gpg.format=ssh for an SSH key), add the signer to the allowed signers or trusted keys given to Phoenix, or, in history mode, re-sign the commits since the last applied revision.',
  ),
  SIGN_POLICY_INVALID: terminal(
    'The commit verification policy is incomplete or contradicts the command.',
    'Give --verify-commits none, head or history (or PHOENIX_VERIFY_COMMITS) with --allowed-signers and/or --trusted-keys, and read the declarations from a commit (--ref), since a working tree carries no signature.',
  ),
  SIGN_ALLOWED_SIGNERS_INVALID: terminal(
    'The allowed signers file could not be read or has a line Phoenix cannot use.',
    'Fix the line named: git allowed_signers format, "principals [options] key-type base64-key [comment]"; the options understood are namespaces, valid-after and valid-before (cert-authority is not supported).',
  ),
  SIGN_TRUSTED_KEYS_INVALID: terminal(
    'The trusted keys file could not be read or holds no OpenPGP public key.',
    'Export the keys with gpg --export --armor KEY-ID > trusted.asc (armored or binary, several keys in one file are fine); private keys are refused.',
  ),
} as const satisfies Record<string, ErrorSpec>;

export { openSignatureVerifier, type AllowListFiles } from './commit-signature-verifier.js';
export { parseAllowedSigners, readAllowedSigners, type AllowedSigner } from './allowed-signers.js';

import { PhoenixError } from '../../../core/errors/phoenix-error.js';
import {
  NO_COMMIT_POLICY,
  VERIFY_COMMITS_MODES,
  type CommitPolicy,
  type VerifyCommitsMode,
} from '../../../engine/commit-signatures/commit-policy.js';
import type { Logger } from '../../../ports/logger.js';
import { openLedgerView } from '../wiring/open-ledger.js';
import type { RuntimeEnv } from '../wiring/site-runtime.js';
import type { CommitGate } from './verify-read.js';

/** The flags of a command that reads a commit to plan or apply from. */
export interface CommitPolicyFlags {
  readonly verifyCommits?: string | undefined;
  readonly allowedSigners?: string | undefined;
  readonly trustedKeys?: string | undefined;
}

/**
 * The verification policy from the flags, else the environment: never from the repository, so a commit cannot
 * turn its own check off. The allow-list files are read now; a bad one fails before anything else happens.
 */
export async function loadCommitPolicy(flags: CommitPolicyFlags, env: RuntimeEnv): Promise<CommitPolicy> {
  const pick = (flag: string | undefined, name: string): string | null => {
    const value = flag ?? env[name];
    return value === undefined || value.trim() === '' ? null : value.trim();
  };
  const mode = pick(flags.verifyCommits, 'PHOENIX_VERIFY_COMMITS') ?? 'none';
  if (!(VERIFY_COMMITS_MODES as readonly string[]).includes(mode))
    throw new PhoenixError('SIGN_POLICY_INVALID', {
      option: '--verify-commits',
      value: mode,
      allowed: VERIFY_COMMITS_MODES,
    });
  const allowedSigners = pick(flags.allowedSigners, 'PHOENIX_ALLOWED_SIGNERS');
  const trustedKeys = pick(flags.trustedKeys, 'PHOENIX_TRUSTED_KEYS');
  if (mode === 'none') return NO_COMMIT_POLICY;
  if (allowedSigners === null && trustedKeys === null)
    throw new PhoenixError('SIGN_POLICY_INVALID', {
      option: '--verify-commits',
      value: mode,
      problem: 'give --allowed-signers (SSH) and/or --trusted-keys (OpenPGP): the allow-list of signers',
    });
  // Loaded on use: OpenPGP costs every command that does not verify nothing.
  const { openSignatureVerifier } = await import('../../../adapters/signatures/index.js');
  return {
    mode: mode as VerifyCommitsMode,
    verifier: await openSignatureVerifier({ allowedSigners, trustedKeys }),
  };
}

/**
 * The gate that checks a commit before its declarations are read; undefined with policy `none`. History mode
 * reads the last applied revision from the ledger of `stateDir` (read only) unless `since` is given.
 */
export function commitGate(
  policy: CommitPolicy,
  stateDir: string,
  logger: Logger,
  since?: () => Promise<string | null>,
): CommitGate | undefined {
  if (policy.mode === 'none') return undefined;
  return {
    policy,
    logger,
    since: since ?? (async () => (await openLedgerView(stateDir, logger)).lastAppliedRevision),
  };
}

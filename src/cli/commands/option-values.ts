import { PhoenixError } from '../../core/errors/phoenix-error.js';

/**
 * Options several commands share, and how their values are read. Kept apart from what the commands do: a
 * command's definition loads this file, not the libraries its action needs (docs/guides/performance.md).
 */

/** A whole number of at least 1 from an option's text, or a usage error naming the option. */
export function positiveInteger(option: string, value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < 1)
    throw new PhoenixError('CLI_INVALID_OPTION', { option, value, expected: 'a whole number of 1 or more' });
  return n;
}

/** `--parallelism <n>` of plan, apply, rollback and rebuild: null when not given. */
export function parseParallelism(value: string | undefined): number | null {
  return value === undefined ? null : positiveInteger('--parallelism', value);
}

/** `--target`, shared by plan and apply: repeatable, `node/NAME`, `pool/NAME` or a bare node name. */
export const TARGET_OPTION = [
  '--target <target...>',
  'only these: node/NAME or pool/NAME (a bare name is a node), with the templates they compose from; the rest is left as it is',
] as const;

/** `--verify-commits`, `--allowed-signers` and `--trusted-keys`: spread into `.option(...)` of a command. */
export const VERIFY_COMMITS_OPTION = [
  '--verify-commits <mode>',
  'require signed commits: none, head (the commit applied) or history (every commit since the last applied one) (env PHOENIX_VERIFY_COMMITS)',
] as const;
export const ALLOWED_SIGNERS_OPTION = [
  '--allowed-signers <file>',
  'SSH keys allowed to sign, in git allowed_signers format (env PHOENIX_ALLOWED_SIGNERS)',
] as const;
export const TRUSTED_KEYS_OPTION = [
  '--trusted-keys <file>',
  'OpenPGP public keys allowed to sign, armored or binary (env PHOENIX_TRUSTED_KEYS)',
] as const;

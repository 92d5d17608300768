import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { git } from './git-cli.js';

const exec = promisify(execFile);

export type SshKeyType = 'ed25519' | 'ecdsa' | 'rsa';

/** An SSH key pair made by ssh-keygen: the private key file and the public key line. */
export interface SshKey {
  readonly file: string;
  /** `ssh-ed25519 AAAA... comment` */
  readonly publicLine: string;
  /** `SHA256:...` */
  readonly fingerprint: string;
}

/** An OpenPGP key made by gpg in its own GNUPGHOME. */
export interface GpgKey {
  readonly home: string;
  readonly fingerprint: string;
  /** The armored public key (`gpg --export --armor`). */
  readonly armored: string;
}

/** Makes an SSH key pair with ssh-keygen (no passphrase). */
export async function makeSshKey(dir: string, type: SshKeyType, name: string): Promise<SshKey> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, name);
  const bits = type === 'rsa' ? ['-b', '3072'] : type === 'ecdsa' ? ['-b', '384'] : [];
  await exec('ssh-keygen', ['-q', '-t', type, ...bits, '-N', '', '-C', name, '-f', file]);
  const publicLine = (await readFile(`${file}.pub`, 'utf8')).trim();
  const { stdout } = await exec('ssh-keygen', ['-l', '-E', 'sha256', '-f', `${file}.pub`]);
  return { file, publicLine, fingerprint: stdout.split(' ')[1] ?? '' };
}

/** Makes an ed25519 OpenPGP signing key with gpg in a fresh GNUPGHOME under `dir`. */
export async function makeGpgKey(dir: string, userId: string): Promise<GpgKey> {
  const home = path.join(dir, `gnupg-${Math.random().toString(36).slice(2, 8)}`);
  await mkdir(home, { recursive: true, mode: 0o700 });
  const env = { ...process.env, GNUPGHOME: home };
  await exec('gpg', ['--batch', '--passphrase', '', '--quick-gen-key', userId, 'ed25519', 'sign', 'never'], {
    env,
  });
  const { stdout } = await exec('gpg', ['--batch', '--with-colons', '--list-keys', userId], { env });
  const fingerprint = /^fpr:+([0-9A-F]{40}):/m.exec(stdout)?.[1] ?? '';
  const armored = (await exec('gpg', ['--batch', '--armor', '--export', fingerprint], { env })).stdout;
  return { home, fingerprint, armored };
}

/** Stops the gpg-agent a GNUPGHOME started, so that no process outlives the test. */
export async function stopGpg(key: GpgKey): Promise<void> {
  await exec('gpgconf', ['--kill', 'all'], { env: { ...process.env, GNUPGHOME: key.home } });
}

/** The git configuration and environment that make `git commit -S` sign with a key. */
export function signingConfig(key: SshKey | GpgKey): {
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
} {
  if ('file' in key) return { args: ['-c', 'gpg.format=ssh', '-c', `user.signingkey=${key.file}`], env: {} };
  return {
    args: ['-c', 'gpg.format=openpgp', '-c', `user.signingkey=${key.fingerprint}`],
    env: { GNUPGHOME: key.home },
  };
}

let clock = 1_717_200_000;

/** Commits one file change in `repo`, signed by `key` (or unsigned when null), and returns the SHA. */
export async function commitSigned(
  repo: string,
  key: SshKey | GpgKey | null,
  files: Readonly<Record<string, string>>,
  message: string,
): Promise<string> {
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(repo, file)), { recursive: true });
    await writeFile(path.join(repo, file), content);
  }
  await git(['add', '--all'], { cwd: repo });
  clock += 60;
  const config = key === null ? { args: [], env: {} } : signingConfig(key);
  await git(
    [...config.args, 'commit', '--quiet', '--allow-empty', ...(key === null ? [] : ['-S']), '-m', message],
    {
      cwd: repo,
      env: { ...config.env, GIT_AUTHOR_DATE: `${clock} +0000`, GIT_COMMITTER_DATE: `${clock} +0000` },
    },
  );
  return (await git(['rev-parse', 'HEAD'], { cwd: repo })).trim();
}

/** Merges `branch` into the current branch with a merge commit signed by `key`. */
export async function mergeSigned(repo: string, key: SshKey | GpgKey, branch: string): Promise<string> {
  clock += 60;
  const config = signingConfig(key);
  await git([...config.args, 'merge', '--quiet', '--no-ff', '-S', '-m', `Merge ${branch}`, branch], {
    cwd: repo,
    env: { ...config.env, GIT_AUTHOR_DATE: `${clock} +0000`, GIT_COMMITTER_DATE: `${clock} +0000` },
  });
  return (await git(['rev-parse', 'HEAD'], { cwd: repo })).trim();
}

/**
 * Writes a copy of `revision` whose message says something else, signature untouched, and returns the new
 * object's SHA: a tampered commit.
 */
export async function tamperCommit(
  repo: string,
  revision: string,
  from: string,
  to: string,
): Promise<string> {
  const raw = await git(['cat-file', 'commit', revision], { cwd: repo });
  if (!raw.includes(from)) throw new Error(`the commit does not contain ${from}`);
  const file = path.join(repo, '.git', 'tampered-commit');
  await writeFile(file, raw.replace(from, to));
  return (await git(['hash-object', '-t', 'commit', '-w', file], { cwd: repo })).trim();
}

/** One allowed_signers line for a key. */
export function allowedSignerLine(principal: string, key: SshKey, options = ''): string {
  const [type, base64] = key.publicLine.split(' ');
  return `${principal}${options === '' ? '' : ` ${options}`} ${type} ${base64}`;
}

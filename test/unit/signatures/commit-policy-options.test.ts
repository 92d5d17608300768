import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sshString } from '../../../src/adapters/signatures/ssh-wire-reader.js';
import { loadCommitPolicy } from '../../../src/cli/runtime/revisions/commit-policy-options.js';

describe('loadCommitPolicy', () => {
  let dir: string;
  let allowed: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'phoenix-policy-'));
    const { publicKey } = generateKeyPairSync('ed25519');
    const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url');
    const blob = Buffer.concat([sshString('ssh-ed25519'), sshString(raw)]).toString('base64');
    allowed = path.join(dir, 'allowed_signers');
    await writeFile(allowed, `ops@example.org ssh-ed25519 ${blob}\n`);
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is none without flags or environment, whatever files are named', async () => {
    expect(await loadCommitPolicy({}, {})).toEqual({ mode: 'none', verifier: null });
    expect(await loadCommitPolicy({ verifyCommits: 'none', allowedSigners: 'missing' }, {})).toMatchObject({
      mode: 'none',
    });
  });

  it('takes the flags over the environment', async () => {
    const env = { PHOENIX_VERIFY_COMMITS: 'history', PHOENIX_ALLOWED_SIGNERS: allowed };
    expect((await loadCommitPolicy({}, env)).mode).toBe('history');
    expect((await loadCommitPolicy({ verifyCommits: 'head' }, env)).mode).toBe('head');
    expect((await loadCommitPolicy({ verifyCommits: 'none' }, env)).mode).toBe('none');
  });

  it('refuses an unknown mode, and a mode without an allow-list', async () => {
    await expect(loadCommitPolicy({ verifyCommits: 'all' }, {})).rejects.toMatchObject({
      code: 'SIGN_POLICY_INVALID',
      details: { option: '--verify-commits', value: 'all' },
    });
    await expect(loadCommitPolicy({}, { PHOENIX_VERIFY_COMMITS: 'head' })).rejects.toMatchObject({
      code: 'SIGN_POLICY_INVALID',
    });
  });

  it('reads the allow-list at once: a missing file fails before any commit is looked at', async () => {
    await expect(
      loadCommitPolicy({ verifyCommits: 'head', allowedSigners: path.join(dir, 'nope') }, {}),
    ).rejects.toMatchObject({
      code: 'SIGN_ALLOWED_SIGNERS_INVALID',
      details: { file: path.join(dir, 'nope') },
    });
    await expect(
      loadCommitPolicy({ verifyCommits: 'head', trustedKeys: path.join(dir, 'nope.asc') }, {}),
    ).rejects.toMatchObject({ code: 'SIGN_TRUSTED_KEYS_INVALID' });
  });
});

import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLocalRepository } from '../../../src/adapters/git/index.js';
import { openSignatureVerifier } from '../../../src/adapters/signatures/index.js';
import type { RevisionSource } from '../../../src/ports/revision-source.js';
import type { SignatureVerifier } from '../../../src/ports/signature-verifier.js';
import { git, WorkRepository } from '../../support/git-cli.js';
import {
  allowedSignerLine,
  commitSigned,
  makeGpgKey,
  makeSshKey,
  stopGpg,
  tamperCommit,
  type GpgKey,
  type SshKey,
} from '../../support/signing-keys.js';

/** Real keys from ssh-keygen and gpg, real commits signed by git, verified by Phoenix. */
describe('commit signatures', () => {
  let root: string;
  let repo: string;
  let source: RevisionSource;
  let verifier: SignatureVerifier;
  const ssh: Record<string, SshKey> = {};
  let stranger: SshKey;
  let gpg: GpgKey;
  let gpgStranger: GpgKey;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'phoenix-sign-'));
    const keys = path.join(root, 'keys');
    for (const type of ['ed25519', 'ecdsa', 'rsa'] as const)
      ssh[type] = await makeSshKey(keys, type, `id_${type}`);
    stranger = await makeSshKey(keys, 'ed25519', 'id_stranger');
    gpg = await makeGpgKey(root, 'Gina Signer <gina@example.org>');
    gpgStranger = await makeGpgKey(root, 'Mallory <mallory@example.org>');
    await writeFile(
      path.join(root, 'allowed_signers'),
      [
        '# who may sign',
        allowedSignerLine('ed@example.org', ssh['ed25519']!, 'namespaces="git"'),
        allowedSignerLine('ec@example.org', ssh['ecdsa']!),
        allowedSignerLine('rsa@example.org', ssh['rsa']!),
        '',
      ].join('\n'),
    );
    await writeFile(path.join(root, 'trusted.asc'), gpg.armored);
    repo = (await WorkRepository.create(path.join(root, 'repo'))).directory;
    source = await openLocalRepository(repo);
    verifier = await openSignatureVerifier({
      allowedSigners: path.join(root, 'allowed_signers'),
      trustedKeys: path.join(root, 'trusted.asc'),
    });
  }, 120_000);

  afterAll(async () => {
    await stopGpg(gpg);
    await stopGpg(gpgStranger);
    await rm(root, { recursive: true, force: true });
  });

  const check = async (revision: string) => verifier.verify(await source.readSignedCommit(revision));

  it.each(['ed25519', 'ecdsa', 'rsa'] as const)(
    'accepts an SSH %s signature of an allowed signer',
    async (type) => {
      const sha = await commitSigned(repo, ssh[type]!, { 'a.txt': type }, `signed by ${type}`);
      expect(await check(sha)).toEqual({
        verified: true,
        signer: {
          kind: 'ssh',
          fingerprint: ssh[type]!.fingerprint,
          principal: `${type === 'ed25519' ? 'ed' : type === 'ecdsa' ? 'ec' : 'rsa'}@example.org`,
        },
      });
    },
  );

  it('accepts an OpenPGP signature of a trusted key, with its user ID', async () => {
    const sha = await commitSigned(repo, gpg, { 'a.txt': 'gpg' }, 'signed by gpg');
    expect(await check(sha)).toEqual({
      verified: true,
      signer: { kind: 'openpgp', fingerprint: gpg.fingerprint, principal: 'Gina Signer <gina@example.org>' },
    });
  });

  it('refuses an unsigned commit', async () => {
    const sha = await commitSigned(repo, null, { 'a.txt': 'unsigned' }, 'not signed');
    expect(await check(sha)).toMatchObject({ verified: false, problem: 'unsigned', kind: null });
  });

  it('refuses an SSH key and an OpenPGP key that are not on the allow-list, naming their fingerprints', async () => {
    const bySsh = await commitSigned(repo, stranger, { 'a.txt': 'stranger' }, 'signed by a stranger');
    expect(await check(bySsh)).toMatchObject({
      verified: false,
      problem: 'unknown-signer',
      kind: 'ssh',
      fingerprint: stranger.fingerprint,
    });
    const byGpg = await commitSigned(repo, gpgStranger, { 'a.txt': 'mallory' }, 'signed by mallory');
    expect(await check(byGpg)).toMatchObject({
      verified: false,
      problem: 'unknown-signer',
      kind: 'openpgp',
      fingerprint: gpgStranger.fingerprint,
    });
  });

  it('refuses a tampered commit of either kind: the signature no longer matches', async () => {
    for (const key of [ssh['ed25519']!, gpg]) {
      const sha = await commitSigned(repo, key, { 'a.txt': 'honest' }, 'set replicas to 3');
      const tampered = await tamperCommit(repo, sha, 'set replicas to 3', 'set replicas to 0');
      expect(await check(tampered)).toMatchObject({ verified: false, problem: 'bad-signature' });
    }
  });

  it('keeps the exact payload: git verify-commit and Phoenix agree on a signed commit', async () => {
    const sha = await commitSigned(repo, ssh['ed25519']!, { 'b.txt': 'ü' }, 'Ünïcode subject\n\nbody');
    await git(
      ['-c', `gpg.ssh.allowedSignersFile=${path.join(root, 'allowed_signers')}`, 'verify-commit', sha],
      { cwd: repo },
    );
    expect(await check(sha)).toMatchObject({ verified: true });
  });

  it('honours namespaces, valid-after and valid-before of the allowed signers line at the commit time', async () => {
    const sha = await commitSigned(repo, ssh['ed25519']!, { 'c.txt': 'window' }, 'signed in mid 2024');
    const commit = await source.readSignedCommit(sha);
    const withLine = async (options: string) => {
      const file = path.join(root, `allowed_${Math.random().toString(36).slice(2)}`);
      await writeFile(file, `${allowedSignerLine('ed@example.org', ssh['ed25519']!, options)}\n`);
      return (await openSignatureVerifier({ allowedSigners: file, trustedKeys: null })).verify(commit);
    };
    expect(await withLine('namespaces="file"')).toMatchObject({ verified: false, problem: 'not-allowed' });
    expect(await withLine('valid-before="20240101Z"')).toMatchObject({
      verified: false,
      problem: 'not-allowed',
    });
    expect(await withLine('valid-after="20300101Z"')).toMatchObject({
      verified: false,
      problem: 'not-allowed',
    });
    expect(await withLine('namespaces="g*",valid-after="20240101Z",valid-before="20300101"')).toMatchObject({
      verified: true,
    });
  });

  it('refuses a kind of signature for which no allow-list was given', async () => {
    const sshOnly = await openSignatureVerifier({
      allowedSigners: path.join(root, 'allowed_signers'),
      trustedKeys: null,
    });
    const sha = await commitSigned(repo, gpg, { 'd.txt': 'gpg' }, 'signed by gpg again');
    expect(await sshOnly.verify(await source.readSignedCommit(sha))).toMatchObject({
      verified: false,
      problem: 'unsupported',
      kind: 'openpgp',
    });
  });

  it('refuses a trusted keys file that holds a private key, or nothing usable', async () => {
    const secret = path.join(root, 'secret.asc');
    const { stdout } = await promisify(execFile)(
      'gpg',
      ['--batch', '--armor', '--export-secret-keys', gpg.fingerprint],
      {
        env: { ...process.env, GNUPGHOME: gpg.home },
      },
    );
    await writeFile(secret, stdout);
    await expect(openSignatureVerifier({ allowedSigners: null, trustedKeys: secret })).rejects.toMatchObject({
      code: 'SIGN_TRUSTED_KEYS_INVALID',
      details: { file: secret, problem: expect.stringContaining('private key') as unknown },
    });
    const empty = path.join(root, 'empty.asc');
    await writeFile(empty, 'not a key\n');
    await expect(openSignatureVerifier({ allowedSigners: null, trustedKeys: empty })).rejects.toMatchObject({
      code: 'SIGN_TRUSTED_KEYS_INVALID',
    });
  });

  it('refuses malformed signatures as bad signatures, and X.509 ones as unsupported, without throwing', async () => {
    const commit = (signature: string) => ({
      revision: 'a'.repeat(40),
      parents: [],
      signature,
      payload: Buffer.from('tree x\n\nmessage\n'),
      committedAt: 1_717_200_000,
    });
    const real = (await source.readSignedCommit(await commitSigned(repo, ssh['ed25519']!, {}, 'x')))
      .signature!;
    const truncated = real.replace(/\n[^\n]*\n-----END/, '\n-----END');
    expect(await verifier.verify(commit(truncated))).toMatchObject({
      verified: false,
      problem: 'bad-signature',
    });
    expect(
      await verifier.verify(commit('-----BEGIN PGP SIGNATURE-----\n\nbroken\n-----END PGP SIGNATURE-----\n')),
    ).toMatchObject({ verified: false, problem: 'bad-signature', kind: 'openpgp' });
    expect(
      await verifier.verify(commit('-----BEGIN SIGNED MESSAGE-----\nMIAG\n-----END SIGNED MESSAGE-----\n')),
    ).toMatchObject({ verified: false, problem: 'unsupported' });
    // The signature of another commit is a bad signature for this one.
    expect(await verifier.verify(commit(real))).toMatchObject({ verified: false, problem: 'bad-signature' });
  });
});

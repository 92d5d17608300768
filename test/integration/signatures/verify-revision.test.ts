import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLocalRepository } from '../../../src/adapters/git/index.js';
import { openSignatureVerifier } from '../../../src/adapters/signatures/index.js';
import type { CommitPolicy } from '../../../src/engine/commit-signatures/commit-policy.js';
import { checkRevision, verifyRevision } from '../../../src/engine/commit-signatures/verify-revision.js';
import { createLogger } from '../../../src/logging/create-logger.js';
import type { RevisionSource } from '../../../src/ports/revision-source.js';
import { git, WorkRepository } from '../../support/git-cli.js';
import {
  allowedSignerLine,
  commitSigned,
  makeSshKey,
  mergeSigned,
  type SshKey,
} from '../../support/signing-keys.js';

const logger = createLogger({ level: 'silent', destination: { write: () => undefined } });

/**
 * History:  s1 (signed) - u2 (unsigned) - s3 (signed) - m5 (signed merge of s3 and f4)
 *                                      \- f4 (unsigned, on a branch) -/
 */
describe('checkRevision', () => {
  let root: string;
  let repo: string;
  let source: RevisionSource;
  let key: SshKey;
  let policy: (mode: 'head' | 'history') => CommitPolicy;
  const c: Record<string, string> = {};

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'phoenix-verify-'));
    key = await makeSshKey(root, 'ed25519', 'id_ops');
    await writeFile(path.join(root, 'allowed'), `${allowedSignerLine('ops@example.org', key)}\n`);
    const verifier = await openSignatureVerifier({
      allowedSigners: path.join(root, 'allowed'),
      trustedKeys: null,
    });
    policy = (mode) => ({ mode, verifier });
    repo = (await WorkRepository.create(path.join(root, 'repo'))).directory;
    c['s1'] = await commitSigned(repo, key, { a: '1' }, 's1');
    c['u2'] = await commitSigned(repo, null, { a: '2' }, 'u2');
    c['s3'] = await commitSigned(repo, key, { a: '3' }, 's3');
    await git(['checkout', '--quiet', '-b', 'side', c['u2']], { cwd: repo });
    c['f4'] = await commitSigned(repo, null, { b: '4' }, 'f4');
    await git(['checkout', '--quiet', 'main'], { cwd: repo });
    c['m5'] = await mergeSigned(repo, key, 'side');
    source = await openLocalRepository(repo);
  }, 120_000);

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const check = (mode: 'head' | 'history', revision: string, since: string | null) =>
    checkRevision({ policy: policy(mode), revision, since }, { source, logger });

  it('head mode checks the revision only', async () => {
    expect(await check('head', c['m5']!, null)).toMatchObject({
      checked: 1,
      failure: null,
      signer: { kind: 'ssh', fingerprint: key.fingerprint, principal: 'ops@example.org' },
    });
  });

  it('history mode walks every parent since the last applied revision and finds the unsigned side commit', async () => {
    const result = await check('history', c['m5']!, c['s3']!);
    expect(result).toMatchObject({ since: c['s3'], checked: 2, failure: { commit: c['f4'] } });
    expect(result.failure?.check.problem).toBe('unsigned');
  });

  it('history mode from a signed revision with only signed commits since passes', async () => {
    expect(await check('history', c['s3']!, c['u2']!)).toMatchObject({ checked: 1, failure: null });
  });

  it('history mode checks the whole history without a last applied revision, or with one the repository lacks', async () => {
    expect(await check('history', c['s3']!, null)).toMatchObject({
      checked: 3,
      failure: { commit: c['u2'] },
    });
    expect(await check('history', c['s3']!, 'f'.repeat(40))).toMatchObject({
      since: 'f'.repeat(40),
      checked: 3,
      failure: { commit: c['u2'] },
    });
  });

  it('a rollback to an ancestor, or a rebuild of the last applied revision, still checks the revision itself', async () => {
    expect(await check('history', c['s1']!, c['m5']!)).toMatchObject({ checked: 1, failure: null });
    expect(await check('history', c['s3']!, c['s3']!)).toMatchObject({ checked: 1, failure: null });
    await expect(
      verifyRevision({ policy: policy('history'), revision: c['u2']!, since: c['m5']! }, { source, logger }),
    ).rejects.toMatchObject({
      code: 'SIGN_COMMIT_UNVERIFIED',
      details: { revision: c['u2'], commit: c['u2'], problem: 'unsigned', signer: 'none', policy: 'history' },
    });
  });

  it('finds an unsigned commit backdated under a signed merge: the walk stops only after it', async () => {
    await git(['checkout', '--quiet', '-b', 'backdated', c['s3']!], { cwd: repo });
    await writeFile(path.join(repo, 'old'), 'from 2001\n');
    await git(['add', 'old'], { cwd: repo });
    const date = '1000000000 +0000';
    await git(['commit', '--quiet', '-m', 'looks old'], {
      cwd: repo,
      env: { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
    const old = (await git(['rev-parse', 'HEAD'], { cwd: repo })).trim();
    await git(['checkout', '--quiet', 'main'], { cwd: repo });
    const merge = await mergeSigned(repo, key, 'backdated');
    const result = await check('history', merge, c['m5']!);
    expect(result.failure).toMatchObject({ commit: old, check: { problem: 'unsigned' } });
    expect(result.checked).toBe(2);
  });
});

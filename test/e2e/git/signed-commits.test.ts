import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, EXAMPLE_REPO, runCli, type CliEnv } from '../../support/e2e/built-cli.js';
import { E2eSimulator } from '../../support/e2e/e2e-simulator.js';
import { ledgerHistory } from '../../support/e2e/ledger-agreement.js';
import { git, WorkRepository } from '../../support/git-cli.js';
import {
  allowedSignerLine,
  commitSigned,
  makeGpgKey,
  makeSshKey,
  mergeSigned,
  stopGpg,
  type GpgKey,
  type SshKey,
} from '../../support/signing-keys.js';

interface RunJson {
  readonly revision: string;
  readonly provenance?: { readonly signature?: unknown } | null;
}

/** The built CLI with --verify-commits against a local repository of commits signed by ssh-keygen and gpg. */
describe('only signed commits touch the fleet', () => {
  let root: string;
  let repo: string;
  let sim: E2eSimulator;
  let env: CliEnv;
  let ssh: SshKey;
  let stranger: SshKey;
  let gpg: GpgKey;
  let policy: string[];
  let signedFirst: string;

  beforeAll(async () => {
    await ensureBuilt();
    root = await mkdtemp(path.join(tmpdir(), 'phoenix-signed-e2e-'));
    ssh = await makeSshKey(path.join(root, 'keys'), 'ecdsa', 'id_ops');
    stranger = await makeSshKey(path.join(root, 'keys'), 'ed25519', 'id_stranger');
    gpg = await makeGpgKey(root, 'Gina Signer <gina@example.org>');
    await writeFile(path.join(root, 'allowed_signers'), `${allowedSignerLine('ops@example.org', ssh)}\n`);
    await writeFile(path.join(root, 'trusted.asc'), gpg.armored);
    policy = [
      '--allowed-signers',
      path.join(root, 'allowed_signers'),
      '--trusted-keys',
      path.join(root, 'trusted.asc'),
    ];
    repo = (await WorkRepository.create(path.join(root, 'repo'))).directory;
    await cp(EXAMPLE_REPO, repo, { recursive: true });
    signedFirst = await commitSigned(repo, ssh, {}, 'Declare the dc1 fleet');
    sim = await E2eSimulator.start();
    env = sim.env(path.join(root, 'state'));
  }, 180_000);

  afterAll(async () => {
    await sim?.close();
    if (gpg !== undefined) await stopGpg(gpg);
    await rm(root, { recursive: true, force: true });
  });

  const apply = (mode: string, ref = 'main', extra: string[] = []) =>
    runCli(
      [
        'apply',
        '--repo',
        repo,
        '--ref',
        ref,
        '--auto-approve',
        '--verify-commits',
        mode,
        ...policy,
        ...extra,
      ],
      env,
    );

  it('head: applies a commit signed with an allowed SSH key and records the signer', async () => {
    const result = await apply('head');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(
      `Signature: ${signedFirst.slice(0, 12)} signed by ops@example.org (ssh key ${ssh.fingerprint})`,
    );
    const run = await lastRun();
    expect(run?.revision).toBe(signedFirst);
    expect(run?.provenance?.signature).toEqual({
      kind: 'ssh',
      fingerprint: ssh.fingerprint,
      principal: 'ops@example.org',
      policy: 'head',
    });
  }, 120_000);

  it('head: refuses an unsigned head and an unknown signer before anything reaches the appliance', async () => {
    const since = await sim.lastSeq();
    const unsigned = await commitSigned(repo, null, { 'NOTES.md': 'unsigned\n' }, 'an unsigned note');
    const refused = await apply('head');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Error SIGN_COMMIT_UNVERIFIED');
    expect(refused.stderr).toContain(`commit: ${unsigned}`);
    expect(refused.stderr).toContain('signer: none');
    expect(refused.stderr).toContain('problem: unsigned');
    expect(refused.stderr).toContain('policy: head');

    await commitSigned(repo, stranger, { 'NOTES.md': 'stranger\n' }, 'a note by a stranger');
    const unknown = await apply('head');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('problem: unknown-signer');
    expect(unknown.stderr).toContain(`signer: ssh key ${stranger.fingerprint}`);
    // The same policy from the environment, with the allow-list files given as flags.
    const fromEnv = await runCli(['apply', '--repo', repo, '--ref', 'main', '--auto-approve', ...policy], {
      ...env,
      PHOENIX_VERIFY_COMMITS: 'head',
    });
    expect(fromEnv.code).toBe(1);
    expect(fromEnv.stderr).toContain('problem: unknown-signer');
    // rollback and rebuild refuse the same commit, before its declarations are even read.
    for (const args of [
      ['rollback', unsigned, '--repo', repo],
      ['rebuild', '--revision', unsigned, '--repo', repo],
    ]) {
      const result = await runCli([...args, '--auto-approve', '--verify-commits', 'head', ...policy], env);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('Error SIGN_COMMIT_UNVERIFIED');
      expect(result.stderr).toContain(`commit: ${unsigned}`);
    }
    expect(await sim.requests({ since })).toEqual([]);
  }, 120_000);

  it('head: accepts a commit signed with a trusted OpenPGP key', async () => {
    const sha = await commitSigned(repo, gpg, { 'NOTES.md': 'signed by gina\n' }, 'a note signed with gpg');
    const result = await apply('head');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(
      `signed by Gina Signer <gina@example.org> (openpgp key ${gpg.fingerprint})`,
    );
    const run = await lastRun();
    expect(run?.revision).toBe(sha);
    expect(run?.provenance?.signature).toMatchObject({
      kind: 'openpgp',
      fingerprint: gpg.fingerprint,
    });
  }, 120_000);

  it('history: refuses an unsigned commit hidden under a signed merge, which head mode lets through', async () => {
    const applied = (await git(['rev-parse', 'HEAD'], { cwd: repo })).trim();
    await git(['checkout', '--quiet', '-b', 'feature'], { cwd: repo });
    const hidden = await commitSigned(
      repo,
      null,
      { 'plans/docker-centos74.yaml': await dockerPlanTagged('role:miner') },
      'scale to zero',
    );
    await git(['checkout', '--quiet', 'main'], { cwd: repo });
    await commitSigned(repo, gpg, { 'NOTES.md': 'a signed change on main\n' }, 'signed change on main');
    const merge = await mergeSigned(repo, ssh, 'feature');
    const since = await sim.lastSeq();

    // The merge itself is signed by an allowed key: head mode sees nothing wrong (plan is read only).
    const headPlan = await runCli(
      ['plan', '--repo', repo, '--ref', 'main', '--verify-commits', 'head', ...policy],
      env,
    );
    expect(headPlan.code, headPlan.stderr).toBe(0);
    expect(headPlan.stdout).toContain(`Signature: ${merge.slice(0, 12)} signed by ops@example.org`);

    const historyPlan = await runCli(
      ['plan', '--repo', repo, '--ref', 'main', '--verify-commits', 'history', ...policy],
      env,
    );
    expect(historyPlan.code).toBe(1);
    expect(historyPlan.stdout).toContain(
      `Signature: REFUSED (policy history): commit ${hidden.slice(0, 12)}, no known signer`,
    );

    const refused = await apply('history');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Error SIGN_COMMIT_UNVERIFIED');
    expect(refused.stderr).toContain(`revision: ${merge}`);
    expect(refused.stderr).toContain(`commit: ${hidden}`);
    expect(refused.stderr).toContain('policy: history');
    expect(refused.stderr).toContain(`since: ${applied}`);
    expect(await sim.mutations(since)).toEqual([]);
    const run = await lastRun();
    expect(run?.revision).toBe(applied);
  }, 120_000);

  it('refuses a working tree under a policy: it carries no signature', async () => {
    const result = await runCli(['plan', '--repo', repo, '--verify-commits', 'head', ...policy], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Error SIGN_POLICY_INVALID');
  }, 120_000);

  /** The docker plan with another DATADOG_TAG: a change of spec that replaces every docker host. */
  async function lastRun(): Promise<RunJson | undefined> {
    return ((await ledgerHistory(env)) as unknown as RunJson[])[0];
  }

  async function dockerPlanTagged(tag: string): Promise<string> {
    const text = await readFile(path.join(repo, 'plans', 'docker-centos74.yaml'), 'utf8');
    return text.replace('DATADOG_TAG: role:docker', `DATADOG_TAG: ${tag}`);
  }
});

import { cp, readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSignatureVerifier } from '../../../src/adapters/signatures/index.js';
import { openFileLedger } from '../../../src/adapters/ledger-file/index.js';
import type { RunHistoryEntry } from '../../../src/ports/ledger.js';
import { EXAMPLE_REPO } from '../../support/e2e/built-cli.js';
import { E2eSimulator } from '../../support/e2e/e2e-simulator.js';
import { NotificationReceiver } from '../../support/notification-receiver.js';
import { allowedSignerLine, commitSigned, makeSshKey, type SshKey } from '../../support/signing-keys.js';
import { createGitFixture, type GitFixture } from '../git/git-fixture.js';
import { startDaemonSite, type DaemonSite } from './daemon-site.js';

/** The daemon with --verify-commits head: a signed first revision is applied, an unsigned one is not. */
describe('phoenix sync with a commit verification policy', () => {
  let git: GitFixture;
  let site: DaemonSite;
  let key: SshKey;
  let signed: string;

  beforeAll(async () => {
    git = await createGitFixture();
    key = await makeSshKey(path.join(git.root, 'keys'), 'ed25519', 'id_release');
    const allowed = path.join(git.root, 'allowed_signers');
    await writeFile(allowed, `${allowedSignerLine('release@example.org', key, 'namespaces="git"')}\n`);
    const work = git.work.directory;
    await cp(EXAMPLE_REPO, work, { recursive: true });
    const siteFile = path.join(work, 'site.yaml');
    const doc = parseDocument(await readFile(siteFile, 'utf8'));
    doc.deleteIn(['spec', 'maintenanceWindows']);
    await writeFile(siteFile, doc.toString());
    signed = await commitSigned(work, key, {}, 'example site, signed');
    await git.publish();
    const policy = {
      mode: 'head' as const,
      verifier: await openSignatureVerifier({ allowedSigners: allowed, trustedKeys: null }),
    };
    site = await startDaemonSite(
      { commitPolicy: policy },
      { git, sim: await E2eSimulator.start(), receiver: await NotificationReceiver.start() },
    );
    await site.daemon.idle();
  }, 240_000);

  afterAll(async () => {
    await site?.dispose();
  });

  it('applies a revision signed by an allowed signer and records the signer with the run', async () => {
    const status = site.daemon.status();
    expect(status.lastPass?.result, JSON.stringify(status.lastPass)).toBe('applied');
    expect(status.lastAppliedRevision).toBe(signed);
    const runs = await ledgerRuns();
    expect(runs[0]?.provenance?.signature).toEqual({
      kind: 'ssh',
      fingerprint: key.fingerprint,
      principal: 'release@example.org',
      policy: 'head',
    });
  }, 120_000);

  it('stays on the last verified revision when an unsigned commit lands: Stalled, notified, nothing sent', async () => {
    const since = await site.sim.lastSeq();
    const notified = site.receiver.received.length;
    await writeFile(
      path.join(git.work.directory, 'pools', 'docker-hosts.yaml'),
      (await readFile(path.join(git.work.directory, 'pools', 'docker-hosts.yaml'), 'utf8')).replace(
        /replicas: \d+/,
        'replicas: 0',
      ),
    );
    const unsigned = await commitSigned(git.work.directory, null, {}, 'scale docker hosts to zero');
    await git.publish();
    site.daemon.trigger('manual');
    await site.daemon.idle();

    const status = site.daemon.status();
    expect(status.lastPass).toMatchObject({
      result: 'stalled',
      revision: unsigned,
      errorCode: 'SIGN_COMMIT_UNVERIFIED',
    });
    expect(status.lastAppliedRevision).toBe(signed);
    expect(status.observedRevision).toBe(unsigned);
    const stalled = status.conditions.find((c) => c.type === 'Stalled');
    expect(stalled).toMatchObject({ status: 'True', reason: 'VerificationFailed' });
    expect(stalled?.message).toContain('The commit is not signed.');
    expect(stalled?.message).toContain(unsigned.slice(0, 12));
    expect(status.conditions.find((c) => c.type === 'Ready')).toMatchObject({
      status: 'False',
      reason: 'VerificationFailed',
    });
    const notification = await site.receiver.next(notified, (n) => n.body['event'] === 'pass-stalled');
    expect(notification.body).toMatchObject({ revision: unsigned, errorCode: 'SIGN_COMMIT_UNVERIFIED' });
    expect(String(notification.body['text'])).toContain('not signed');
    // Not a mutation, not even an inventory read: nothing was planned from the unverified revision.
    expect(await site.sim.mutations(since)).toEqual([]);
    expect(await site.sim.requests({ since })).toEqual([]);

    // The next pass keeps refusing without a second notification.
    site.daemon.trigger('manual');
    await site.daemon.idle();
    expect(site.daemon.status().lastPass?.result).toBe('stalled');
    expect(site.receiver.received.filter((n) => n.body['event'] === 'pass-stalled')).toHaveLength(1);
    expect(await site.sim.mutations(since)).toEqual([]);
  }, 120_000);

  async function ledgerRuns(): Promise<readonly RunHistoryEntry[]> {
    const ledger = await openFileLedger(git.stateDir, { logger: git.logger, readOnly: true });
    try {
      return ledger.history(10);
    } finally {
      await ledger.close();
    }
  }
});

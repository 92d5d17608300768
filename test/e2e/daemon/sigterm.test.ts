import { readFile } from 'node:fs/promises';
import { JOURNAL_FILE, LEDGER_DIRECTORY } from '../../../src/adapters/ledger-file/ledger-files.js';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convergenceProblems, EXAMPLE_NODES } from '../../support/e2e/appliance-invariants.js';
import { collect, ensureBuilt, spawnCli } from '../../support/e2e/built-cli.js';
import { E2eSimulator } from '../../support/e2e/e2e-simulator.js';
import { createGitFixture, type GitFixture } from '../../integration/git/git-fixture.js';
import {
  publishExampleSite,
  startDaemonSite,
  type DaemonSite,
} from '../../integration/daemon/daemon-site.js';

interface JournalLine {
  readonly type: string;
  readonly outcome?: string;
  readonly command?: string;
}

async function journal(stateDir: string): Promise<JournalLine[]> {
  const text = await readFile(path.join(stateDir, LEDGER_DIRECTORY, JOURNAL_FILE), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { record: JournalLine }).record);
}

describe('phoenix sync stopped with SIGTERM during an apply', () => {
  let git: GitFixture;
  let sim: E2eSimulator;
  let restarted: DaemonSite | null = null;

  beforeAll(async () => {
    await ensureBuilt();
    git = await createGitFixture();
    sim = await E2eSimulator.start();
    await publishExampleSite(git);
  }, 180_000);

  afterAll(async () => {
    if (restarted !== null) await restarted.dispose();
    else {
      await sim?.close();
      await git?.dispose();
    }
  });

  it('exits within its shutdown timeout, and the next start resumes and converges', async () => {
    const child = spawnCli(
      ['sync', '--repo', git.url, '--auto-apply', '--listen', 'none', '--shutdown-timeout', '2m'],
      { ...sim.env(git.stateDir), PHOENIX_LOG_LEVEL: 'info' },
    );
    const exited = collect(child);
    let done = false;
    void exited.then(() => (done = true));
    // Bounded: each round is one request to the simulator's control API.
    for (let round = 0; round < 100_000 && !done; round++) {
      const composes = await sim.requests({
        mutating: true,
        method: 'POST',
        pathPrefix: '/rest/server-profiles',
      });
      if (composes.length > 0) break;
    }
    expect(done, 'the daemon exited before it applied anything').toBe(false);
    child.kill('SIGTERM');
    const result = await exited;
    expect(result.code, result.stderr.slice(-2_000)).toBe(0);
    expect(result.stderr).toContain('sync daemon stopped');
    expect(result.stderr).not.toContain('DAEMON_SHUTDOWN_TIMEOUT');
    const records = await journal(git.stateDir);
    expect(records.filter((r) => r.type === 'run-started').map((r) => r.command)).toEqual(['sync']);
    const finished = records.filter((r) => r.type === 'run-finished');
    expect(finished).toHaveLength(1);
    expect(finished[0]!.outcome).toBe('interrupted');
    // Every step that started was let finish and recorded: nothing is left open in the journal.
    expect(records.filter((r) => r.type === 'step-started').length).toBe(
      records.filter((r) => r.type === 'step-finished').length,
    );

    restarted = await startDaemonSite({}, { git, sim });
    await restarted.daemon.idle();
    const status = restarted.daemon.status();
    expect(status.lastPass?.result, JSON.stringify(status.lastPass)).toBe('applied');
    expect(status.lastAppliedRevision).toBe(await git.work.head());
    expect(convergenceProblems(await sim.state(), await sim.consulNodes(), EXAMPLE_NODES)).toEqual([]);
  }, 300_000);
});

import { createHmac } from 'node:crypto';
import { cp, readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import { scaledClock } from '../../../src/cli/runtime/clocks/scaled-clock.js';
import {
  manualSchedule,
  startSyncDaemon,
  type SyncDaemon,
  type SyncDaemonOptions,
} from '../../../src/daemon/index.js';
import { EXAMPLE_REPO } from '../../support/e2e/built-cli.js';
import { E2eSimulator } from '../../support/e2e/e2e-simulator.js';
import { NotificationReceiver } from '../../support/notification-receiver.js';
import { createGitFixture, type GitFixture } from '../git/git-fixture.js';

export const WEBHOOK_SECRET = 'whsec-test-0123456789';
export const API_TOKEN = 'api-token-test-abcdef';
export const GITLAB_TOKEN = 'gitlab-token-test-xyz';
export const NOTIFY_TOKEN = 'notify-token-test-789';

/**
 * example-repo in a Git repository served by `git http-backend`, a fast simulator, and a sync daemon on a manual
 * schedule with a clock 100 times faster than the wall clock (verify stability windows shrink with it).
 */
export interface DaemonSite {
  readonly git: GitFixture;
  readonly sim: E2eSimulator;
  /** Where the daemon posts its notifications (a token in the query, as chat webhooks carry one). */
  readonly receiver: NotificationReceiver;
  readonly daemon: SyncDaemon;
  readonly tick: () => void;
  readonly env: Readonly<Record<string, string>>;
  /** Sets a YAML path in a file of the work tree, commits and pushes; returns the new commit. */
  commitYaml(
    file: string,
    keys: readonly (string | number)[],
    value: unknown,
    message: string,
  ): Promise<string>;
  /** Writes a file verbatim, commits and pushes. */
  commitFile(file: string, text: string, message: string): Promise<string>;
  api(
    method: string,
    route: string,
    init?: { body?: string; headers?: Record<string, string> },
  ): Promise<Response>;
  dispose(): Promise<void>;
}

export function sign(body: string, secret = WEBHOOK_SECRET): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/**
 * Commits example-repo into the fixture's work tree and pushes it to the served repository, without its
 * maintenance windows: destructive steps (heal) may run whenever a test needs them.
 */
export async function publishExampleSite(git: GitFixture): Promise<void> {
  await cp(EXAMPLE_REPO, git.work.directory, { recursive: true });
  const siteFile = path.join(git.work.directory, 'site.yaml');
  const doc = parseDocument(await readFile(siteFile, 'utf8'));
  doc.deleteIn(['spec', 'maintenanceWindows']);
  await writeFile(siteFile, doc.toString());
  await git.work.commit({}, 'example site');
  await git.publish();
}

export async function startDaemonSite(
  overrides: Partial<SyncDaemonOptions> = {},
  existing?: {
    readonly git: GitFixture;
    readonly sim: E2eSimulator;
    readonly receiver?: NotificationReceiver;
  },
): Promise<DaemonSite> {
  const git = existing?.git ?? (await createGitFixture());
  const sim = existing?.sim ?? (await E2eSimulator.start());
  const receiver = existing?.receiver ?? (await NotificationReceiver.start());
  if (existing === undefined) await publishExampleSite(git);
  const env = sim.env(git.stateDir);
  const schedule = manualSchedule();
  const daemon = await startSyncDaemon(
    {
      repo: git.url,
      branch: 'main',
      path: '',
      autoApply: true,
      listen: { host: '127.0.0.1', port: 0 },
      stateDir: git.stateDir,
      env,
      secrets: { hmacSecret: WEBHOOK_SECRET, gitlabToken: GITLAB_TOKEN },
      apiToken: API_TOKEN,
      notifyUrls: [receiver.url(`/hooks/phoenix?token=${NOTIFY_TOKEN}`)],
      // One second of wall-clock time on the 100x clock: a burst of webhooks settles into one pass.
      coalesceMs: 100_000,
      version: 'test',
      coalesceQuietMs: 100_000,
      ...overrides,
    },
    { clock: scaledClock(0.01), logger: git.logger, schedule },
  );
  const commit = async (message: string): Promise<string> => {
    const sha = await git.work.commit({}, message);
    await git.publish();
    return sha;
  };
  return {
    git,
    sim,
    receiver,
    daemon,
    tick: () => schedule.tick(),
    env,
    async commitYaml(file, keys, value, message) {
      const target = path.join(git.work.directory, file);
      const doc = parseDocument(await readFile(target, 'utf8'));
      doc.setIn(keys, value);
      await writeFile(target, doc.toString());
      return commit(message);
    },
    async commitFile(file, text, message) {
      await writeFile(path.join(git.work.directory, file), text);
      return commit(message);
    },
    api: (method, route, init = {}) =>
      fetch(`${daemon.url}${route}`, {
        method,
        ...(init.body === undefined ? {} : { body: init.body }),
        headers: init.headers ?? {},
      }),
    async dispose() {
      await daemon.stop(60_000).catch(() => undefined);
      await sim.close();
      await receiver.close();
      await git.dispose();
    },
  };
}

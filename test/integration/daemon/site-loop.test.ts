import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openRevisionSource } from '../../../src/adapters/git/index.js';
import { openFileLedger } from '../../../src/adapters/ledger-file/index.js';
import { SiteConnection } from '../../../src/daemon/composition/site-connection.js';
import { fileSuspensions } from '../../../src/daemon/leadership/file-suspensions.js';
import { DEFAULT_PASS_BACKOFF } from '../../../src/daemon/loop/backoff.js';
import { Notifier } from '../../../src/daemon/loop/notifier.js';
import { SiteLoop } from '../../../src/daemon/loop/site-loop.js';
import { DaemonMetrics } from '../../../src/daemon/status/daemon-metrics.js';
import { createLogger } from '../../../src/logging/create-logger.js';
import { createBareRepository } from '../../support/git-cli.js';
import { ManualClock } from '../../support/manual-clock.js';

const logger = createLogger({ level: 'silent' });
let dir: string | null = null;

afterEach(async () => {
  if (dir !== null) await rm(dir, { recursive: true, force: true });
  dir = null;
});

/** A loop of its own, on real parts (a file ledger, a Git repository, the suspension file), no daemon around it. */
async function openLoop(stateDir: string, clock: ManualClock) {
  const ledger = await openFileLedger(stateDir, { logger, clock });
  const repo = await createBareRepository(join(stateDir, '..'), 'site.git');
  const source = await openRevisionSource(repo, { stateDir, logger, env: {} });
  const metrics = new DaemonMetrics({ processMetrics: false, version: 'test' });
  const suspensions = fileSuspensions(stateDir, logger);
  const loop = await SiteLoop.open(
    {
      branch: 'main',
      path: '',
      autoApply: true,
      backoff: DEFAULT_PASS_BACKOFF,
      coalesceMs: 0,
      coalesceQuietMs: 0,
    },
    {
      clock,
      logger,
      metrics,
      source,
      connection: new SiteConnection({ env: {}, clock, logger }),
      ledger,
      suspensions,
      notifier: new Notifier([], logger),
    },
  );
  return { loop, ledger, metrics, suspensions };
}

describe('SiteLoop', () => {
  it('keeps a suspension asked for through the API across a restart: triggers join one pass, which is skipped', async () => {
    dir = await mkdtemp(join(tmpdir(), 'phoenix-loop-'));
    const stateDir = join(dir, 'state');
    const clock = new ManualClock();
    const first = await openLoop(stateDir, clock);
    expect(first.loop.suspended).toBe(false);
    await first.loop.suspend();
    expect(await first.suspensions.read()).not.toBeNull();
    first.loop.stop();
    await first.loop.drain();
    await first.ledger.close();

    const again = await openLoop(stateDir, clock);
    const { loop } = again;
    expect(loop.suspended).toBe(true);
    expect(loop.trigger('schedule')).toBe(true);
    expect(loop.trigger('webhook')).toBe(true);
    await loop.idle();
    expect(loop.passCount).toBe(1);
    const status = loop.status.snapshot({
      version: 'test',
      repository: 'r',
      branch: 'main',
      suspended: loop.suspended,
      autoApply: true,
      lastAppliedRevision: null,
      lastAppliedAt: null,
      nextRetryAt: null,
    });
    expect(status.lastPass).toMatchObject({ result: 'suspended', trigger: 'schedule' });
    expect(status.conditions.find((c) => c.type === 'Ready')).toMatchObject({
      status: 'False',
      reason: 'Suspended',
    });
    expect(await again.metrics.render().then((m) => m.body)).toMatch(/phoenix_suspended 1/);

    loop.stop();
    expect(loop.trigger('manual')).toBe(false);
    await loop.drain();
    await again.ledger.close();
  });
});

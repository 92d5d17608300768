import { createHmac } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { backoffDelay } from '../../../src/daemon/backoff.js';
import { KeyedQueue } from '../../../src/daemon/keyed-queue.js';
import { isInMaintenanceWindow } from '../../../src/daemon/maintenance-window.js';
import { Notifier, type NotificationEvent } from '../../../src/daemon/notifier.js';
import { nodeStates } from '../../../src/daemon/site-status.js';
import { assertValidSchedule, cronSchedule } from '../../../src/daemon/schedule.js';
import { createLogger } from '../../../src/logging/create-logger.js';
import { desiredNode, desiredState } from '../../support/builders/desired.js';
import { demoInventory, hardwareUri, withNodeProfile } from '../../support/builders/inventory.js';
import { plan } from '../../support/builders/plan-input.js';
import { NotificationReceiver } from '../../support/notification-receiver.js';
import { DeliveryLog } from '../../../src/daemon/webhooks/delivery-log.js';
import { isValidHmacSignature, secretsEqual } from '../../../src/daemon/webhooks/verify-signature.js';

describe('KeyedQueue', () => {
  it('runs one pass per key at a time and folds everything that arrives meanwhile into one more', async () => {
    const runs: string[][] = [];
    let release: () => void = () => undefined;
    const queue = new KeyedQueue<string>(async (_key, triggers) => {
      runs.push([...triggers]);
      if (runs.length === 1) await new Promise<void>((resolve) => (release = resolve));
    });
    expect(queue.enqueue('a', 't0')).toBe('started');
    await Promise.resolve();
    for (let i = 1; i <= 50; i++) expect(queue.enqueue('a', `t${i}`)).toBe('coalesced');
    release();
    await queue.idle();
    expect(runs).toHaveLength(2);
    expect(runs[1]).toHaveLength(50);
  });

  it('lets triggers of one burst join a pass during its settle time', async () => {
    const runs: number[] = [];
    let settled: () => void = () => undefined;
    const queue = new KeyedQueue<number>(
      async (_key, triggers) => {
        runs.push(triggers.length);
        await Promise.resolve();
      },
      () => new Promise<void>((resolve) => (settled = resolve)),
    );
    for (let i = 0; i < 100; i++) queue.enqueue('a', i);
    settled();
    await queue.idle();
    expect(runs).toEqual([100]);
  });

  it('refuses triggers once closed', async () => {
    const queue = new KeyedQueue<number>(() => Promise.resolve());
    await queue.close();
    expect(queue.enqueue('a', 1)).toBe('closed');
  });
});

describe('webhook signatures', () => {
  const body = Buffer.from('{"ref":"refs/heads/main"}');
  const signature = `sha256=${createHmac('sha256', 's3cret').update(body).digest('hex')}`;

  it('accepts the HMAC-SHA256 of the exact body and nothing else', () => {
    expect(isValidHmacSignature('s3cret', body, signature)).toBe(true);
    expect(isValidHmacSignature('other', body, signature)).toBe(false);
    expect(isValidHmacSignature('s3cret', Buffer.from(`${body.toString()} `), signature)).toBe(false);
    expect(isValidHmacSignature('s3cret', body, undefined)).toBe(false);
    expect(isValidHmacSignature('s3cret', body, signature.replace('sha256=', 'sha1='))).toBe(false);
    expect(isValidHmacSignature('s3cret', body, `${signature}00`)).toBe(false);
  });

  it('compares tokens of any length', () => {
    expect(secretsEqual('token', 'token')).toBe(true);
    expect(secretsEqual('token', 'token-longer')).toBe(false);
    expect(secretsEqual('token', undefined)).toBe(false);
  });

  it('ignores a delivery id seen before, and forgets the oldest beyond its capacity', () => {
    const log = new DeliveryLog(2);
    expect(log.record('a')).toBe(true);
    expect(log.record('a')).toBe(false);
    log.record('b');
    log.record('c');
    expect(log.record('a')).toBe(true);
  });
});

describe('maintenance windows and back-off', () => {
  const weekdayMornings = { cron: '0 6 * * 1-5', durationMs: 4 * 3_600_000, timezone: 'Europe/London' };

  it.each([
    ['2026-06-01T05:00:00Z', true], // Monday 06:00 in London (BST)
    ['2026-06-01T08:59:00Z', true],
    ['2026-06-01T09:00:00Z', false],
    ['2026-06-01T04:59:00Z', false],
    ['2026-06-06T05:30:00Z', false], // Saturday
    ['2026-01-05T06:30:00Z', true], // Monday in winter (GMT)
  ])('at %s a window is open: %s', (at, open) => {
    expect(isInMaintenanceWindow([weekdayMornings], Date.parse(at))).toBe(open);
  });

  it('holds nothing when no window is declared', () => {
    expect(isInMaintenanceWindow([], Date.parse('2026-06-06T05:30:00Z'))).toBe(true);
  });

  it('doubles the back-off up to its cap', () => {
    const policy = { initialMs: 30_000, maxMs: 300_000 };
    expect([1, 2, 3, 4, 5, 50].map((n) => backoffDelay(policy, n))).toEqual([
      30_000, 60_000, 120_000, 240_000, 300_000, 300_000,
    ]);
  });
});

describe('cronSchedule (node-cron on a clock the test moves)', () => {
  it('ticks on its expression, with jitter, and never again once stopped', async () => {
    // node-cron takes no clock: vitest's fake timers stand in for the wall clock under it.
    vi.useFakeTimers({ now: Date.parse('2026-06-01T05:00:00.200Z') });
    try {
      const schedule = cronSchedule('* * * * * *', { jitterMs: 300 });
      let ticks = 0;
      schedule.start(() => (ticks += 1));
      try {
        await vi.advanceTimersByTimeAsync(5_000);
        expect(ticks).toBeGreaterThanOrEqual(2);
      } finally {
        await schedule.stop();
      }
      const stoppedAt = ticks;
      await vi.advanceTimersByTimeAsync(60_000);
      expect(ticks).toBe(stoppedAt);
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses an expression node-cron does not accept, naming it', () => {
    expect(() => assertValidSchedule('every minute')).toThrow(
      expect.objectContaining({ code: 'DAEMON_SCHEDULE_INVALID', details: { schedule: 'every minute' } }),
    );
  });
});

describe('Notifier against real receivers', () => {
  const event: NotificationEvent = {
    event: 'apply-finished',
    site: 'dc1',
    revision: 'a'.repeat(40),
    outcome: 'applied',
    text: 'Phoenix: apply of aaaaaaaaaaaa to dc1 applied (1 created).',
    counts: { created: 1 },
    at: '2026-11-22T00:00:00.000Z',
  };

  it('posts the event to every URL; a refusal or an unreachable URL is a warning that never shows the token', async () => {
    const good = await NotificationReceiver.start();
    const refusing = await NotificationReceiver.start();
    refusing.status = 500;
    const gone = await NotificationReceiver.start();
    const goneUrl = gone.url('/services/T000/B000/gone-token-3');
    await gone.close();
    const lines: string[] = [];
    const logger = createLogger({
      level: 'debug',
      destination: { write: (line: string) => lines.push(line) },
    });
    try {
      const notifier = new Notifier(
        [good.url('/services/T000/B000/good-token-1'), refusing.url('/hook?token=refused-token-2'), goneUrl],
        logger,
      );
      notifier.notify(event);
      await notifier.flush();
      expect(good.received).toEqual([
        { path: '/services/T000/B000/good-token-1', contentType: 'application/json', body: event },
      ]);
      expect(refusing.received).toHaveLength(1);
      const warnings = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(warnings).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ level: 'warn', msg: 'notification refused', status: 500 }),
          expect.objectContaining({ level: 'warn', msg: 'notification not delivered' }),
        ]),
      );
      expect(lines.join('')).not.toMatch(/token-[123]/);
    } finally {
      await good.close();
      await refusing.close();
    }
  });
});

describe('node states of the status API', () => {
  const node = desiredNode({ name: 'docker-01', pool: 'docker-hosts' });
  const ready = withNodeProfile(demoInventory(), node, hardwareUri(1, 3));

  it('reports a node On and matching as ready, and as unverified while the ledger has not seen it verified', () => {
    expect(nodeStates(plan(desiredState([node]), ready))).toEqual([
      expect.objectContaining({ name: 'docker-01', state: 'ready', pendingAction: 'noop' }),
    ]);
    expect(nodeStates(plan(desiredState([node]), ready, { ledger: { unverified: ['docker-01'] } }))).toEqual([
      expect.objectContaining({ name: 'docker-01', state: 'unverified', pendingAction: 'create' }),
    ]);
  });

  it('counts a profile edited outside Git as drifted, left alone under drift: report', () => {
    const edited = withNodeProfile(demoInventory(), node, hardwareUri(1, 3), {
      profile: { templateCompliance: 'NonCompliant', complianceIssues: ['Update connection 3 bandwidth.'] },
    });
    const state = desiredState([node]);
    const report = { ...state, site: { ...state.site, drift: 'report' as const } };
    expect(nodeStates(plan(report, edited))).toEqual([
      expect.objectContaining({ name: 'docker-01', state: 'drifted', pendingAction: 'noop' }),
    ]);
    expect(nodeStates(plan(state, edited))).toEqual([
      expect.objectContaining({ name: 'docker-01', state: 'drifted', pendingAction: 'replace' }),
    ]);
  });
});

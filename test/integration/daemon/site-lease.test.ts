import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLease } from '../../../src/adapters/postgres/index.js';
import { LeadershipMetrics } from '../../../src/daemon/leadership/leadership-metrics.js';
import { checkLeaseTiming } from '../../../src/daemon/leadership/lease-timing.js';
import { SiteLease } from '../../../src/daemon/leadership/site-lease.js';
import { ChangeWaiter } from '../../support/change-waiter.js';
import { freshLedgerDatabase, quietLogger } from '../../support/postgres/ledger-database.js';
import { PostgresServer } from '../../support/postgres/postgres-server.js';

let server: PostgresServer;

beforeAll(async () => {
  server = await PostgresServer.start();
}, 60_000);

afterAll(async () => {
  await server?.close();
});

const TIMING = { ttlMs: 60_000, renewMs: 20, marginMs: 10_000 };

describe('SiteLease', () => {
  it('refuses a mutation once the lease is not held for longer than the margin, on its monotonic clock', async () => {
    const { db } = await freshLedgerDatabase(server);
    let monotonic = 1_000;
    const changes: boolean[] = [];
    const waiter = new ChangeWaiter();
    const lease = new SiteLease(
      { site: 'dc1', holder: 'a', address: 'http://a', timing: TIMING },
      {
        db,
        logger: quietLogger(),
        metrics: new LeadershipMetrics(new Registry()),
        monotonic: () => monotonic,
        onChange: (leading) => {
          changes.push(leading);
          waiter.changed();
        },
      },
    );
    try {
      lease.start();
      await waiter.until(() => lease.isLeader);
      const signal = lease.termSignal;
      expect(() => lease.checkMutation({ method: 'POST', path: '/rest/server-profiles' })).not.toThrow();
      expect(lease.leader).toMatchObject({ holder: 'a', epoch: 1, address: 'http://a' });
      // The process "sleeps" past TTL - margin without a renewal having been sent since.
      monotonic += TIMING.ttlMs - TIMING.marginMs;
      expect(() => lease.checkMutation({ method: 'POST', path: '/rest/server-profiles' })).toThrow(
        expect.objectContaining({ code: 'LEASE_LOST' }),
      );
      expect(signal.aborted).toBe(true);
      expect(lease.isLeader).toBe(false);
      expect(changes).toEqual([true, false]);
      // It still writes under the epoch it held: the database decides whether that is stale.
      expect(lease.writeEpoch).toBe(1);
    } finally {
      await lease.stop();
      await db.close();
    }
  });

  it('lets exactly one of several candidates lead, and hands over at the next epoch when the leader stops', async () => {
    const { db } = await freshLedgerDatabase(server);
    const metrics = new LeadershipMetrics(new Registry());
    // Told when a candidate starts or stops leading, and after each look a follower takes at the lease.
    const waiter = new ChangeWaiter();
    const leases = ['a', 'b', 'c'].map(
      (holder) =>
        new SiteLease(
          { site: 'dc1', holder, address: `http://${holder}`, timing: TIMING },
          {
            db,
            logger: quietLogger(),
            metrics,
            onChange: waiter.changed,
            onFollowerTick: () => Promise.resolve(waiter.changed()),
          },
        ),
    );
    try {
      for (const lease of leases) lease.start();
      await waiter.until(() => leases.some((l) => l.isLeader));
      // Several renew intervals later, still one.
      for (let i = 0; i < 10; i++) {
        await readLease(db, 'dc1');
        expect(leases.filter((l) => l.isLeader)).toHaveLength(1);
      }
      const first = leases.find((l) => l.isLeader)!;
      await first.stop();
      // Given up at once: free, or already taken by another candidate, which the one-minute TTL allows only
      // after a release.
      expect([null, ...leases.filter((l) => l !== first).map((l) => l.holder)]).toContain(
        (await readLease(db, 'dc1'))?.holder,
      );
      const rest = leases.filter((l) => l !== first);
      await waiter.until(() => rest.some((l) => l.isLeader));
      const next = rest.find((l) => l.isLeader)!;
      expect(next.leader?.epoch).toBe(2);
      const follower = rest.find((l) => l !== next)!;
      await waiter.until(() => follower.leader?.holder === next.holder);
      expect(follower.leader).toMatchObject({
        holder: next.holder,
        epoch: 2,
        address: `http://${next.holder}`,
      });
    } finally {
      for (const lease of leases) await lease.stop();
      await db.close();
    }
  }, 60_000);

  it('steps down while the database is gone, and leads again at a new epoch once it is back', async () => {
    const own = await PostgresServer.start();
    const { db } = await freshLedgerDatabase(own, { statementTimeoutMs: 500 });
    const changes: boolean[] = [];
    const waiter = new ChangeWaiter();
    const lease = new SiteLease(
      { site: 'dc1', holder: 'a', address: null, timing: { ttlMs: 2_000, renewMs: 100, marginMs: 500 } },
      {
        db,
        logger: quietLogger(),
        metrics: new LeadershipMetrics(new Registry()),
        onChange: (leading) => {
          changes.push(leading);
          waiter.changed();
        },
      },
    );
    try {
      lease.start();
      await waiter.until(() => lease.isLeader);
      const signal = lease.termSignal;
      await own.stopServer('immediate');
      await waiter.until(() => !lease.isLeader);
      expect(signal.aborted).toBe(true);
      expect(() => lease.checkMutation({ method: 'POST', path: '/rest/server-profiles' })).toThrow(
        expect.objectContaining({ code: 'LEASE_LOST' }),
      );
      await own.startServer();
      await waiter.until(() => lease.isLeader);
      expect(lease.leader?.epoch).toBe(2);
      expect(changes).toEqual([true, false, true]);
    } finally {
      await lease.stop();
      await db.close();
      await own.close();
    }
  }, 60_000);

  it('checks that a renewal and its margin fit inside the lease', () => {
    expect(() => checkLeaseTiming({ ttlMs: 10_000, renewMs: 5_000, marginMs: 5_000 })).toThrow(
      expect.objectContaining({ code: 'CLI_INVALID_OPTION' }),
    );
    expect(checkLeaseTiming({ ttlMs: 15_000, renewMs: 5_000, marginMs: 3_000 }).ttlMs).toBe(15_000);
  });
});

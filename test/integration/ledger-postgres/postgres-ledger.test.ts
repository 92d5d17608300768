import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  acquireOrRenewLease,
  migrateSchema,
  openLedgerDatabase,
  openPostgresLedger,
  readLease,
  resolveDatabaseConfig,
  MIGRATIONS,
} from '../../../src/adapters/postgres/index.js';
import { systemClock } from '../../../src/adapters/clock/index.js';
import { hasErrorCode } from '../../../src/core/errors/phoenix-error.js';
import type { Clock } from '../../../src/ports/clock.js';
import { ManualClock } from '../../support/manual-clock.js';
import {
  freshLedgerDatabase,
  leaseWriter,
  quietLogger,
  writableLedger,
} from '../../support/postgres/ledger-database.js';
import { PostgresServer } from '../../support/postgres/postgres-server.js';
import {
  REV_A,
  memoryLogger,
  runFinished,
  runStarted,
  stepStarted,
} from '../../unit/ledger-file/ledger-fixtures.js';

let server: PostgresServer;

beforeAll(async () => {
  server = await PostgresServer.start();
}, 60_000);

afterAll(async () => {
  await server?.close();
});

const codeOf = async (work: Promise<unknown>): Promise<string> =>
  work.then(
    () => 'resolved',
    (error: unknown) => (error as { code?: string }).code ?? String(error),
  );

describe('the PostgreSQL ledger', () => {
  it('refuses the writes of a holder whose epoch is no longer current, and keeps the journal intact', async () => {
    const { db } = await freshLedgerDatabase(server);
    try {
      const first = await leaseWriter(db, 'dc1', 200);
      const old = await writableLedger(db, 'dc1', first);
      await old.append(runStarted('run-1', REV_A, 0));
      // The lease expires; another replica takes it at the next epoch.
      await db.query("UPDATE phoenix_leases SET expires_at = now() - interval '1 second' WHERE site = 'dc1'");
      const second = await leaseWriter(db, 'dc1');
      expect(second.epoch()).toBe((first.epoch() ?? 0) + 1);
      const late = await codeOf(old.append(stepStarted('run-1', 'node-a', 'compose', 1)));
      expect(late).toBe('LEDGER_FENCED');
      const current = await writableLedger(db, 'dc1', second);
      expect(current.lastSeq).toBe(1);
      expect((await current.append(runFinished('run-1', REV_A, 'interrupted', {}, 2))).seq).toBe(2);
      const epochs = await db.query<{ seq: string; epoch: string }>(
        "SELECT seq, epoch FROM phoenix_ledger_records WHERE site = 'dc1' ORDER BY seq",
      );
      expect(epochs.map((r) => [Number(r.seq), Number(r.epoch)])).toEqual([
        [1, first.epoch()],
        [2, second.epoch()],
      ]);
    } finally {
      await db.close();
    }
  });

  it('is read-only without a writer, and a reader sees what the writer appended after a refresh', async () => {
    const { db } = await freshLedgerDatabase(server);
    try {
      const writer = await writableLedger(db, 'dc1');
      const reader = await openPostgresLedger(db, 'dc1', {
        writer: null,
        logger: quietLogger(),
        clock: new ManualClock(),
      });
      expect(await codeOf(reader.append(runStarted('run-1', REV_A, 0)))).toBe('LEDGER_READ_ONLY');
      await writer.append(runStarted('run-1', REV_A, 0));
      await writer.append(runFinished('run-1', REV_A, 'applied', {}, 1));
      expect(reader.status().lastAppliedRevision).toBeNull();
      await reader.refresh();
      expect(reader.status().lastAppliedRevision).toBe(REV_A);
      expect(reader.status().lastRun?.outcome).toBe('applied');
      // Another site of the same database is a ledger of its own.
      const other = await openPostgresLedger(db, 'dc2', { writer: null, logger: quietLogger() });
      expect(other.history()).toEqual([]);
    } finally {
      await db.close();
    }
  });

  it('shows the last unfinished run as running: its writer may be another replica', async () => {
    const { db } = await freshLedgerDatabase(server);
    try {
      const writer = await writableLedger(db, 'dc1');
      await writer.append(runStarted('run-1', REV_A, 0));
      const reader = await openPostgresLedger(db, 'dc1', { writer: null, logger: quietLogger() });
      expect(reader.status().lastRun?.outcome).toBe('running');
    } finally {
      await db.close();
    }
  });

  it('migrates once under the advisory lock, whatever the number of replicas starting together', async () => {
    const { url } = server.createDatabase('migrations_race');
    const env = { PHOENIX_DATABASE_PASSWORD: server.password };
    const dbs = await Promise.all(
      [1, 2, 3, 4].map(() => openLedgerDatabase(url, env, { logger: quietLogger() })),
    );
    try {
      const rows = await dbs[0]!.query<{ version: number }>('SELECT version FROM phoenix_schema_migrations');
      expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
      // A database migrated by a newer binary is refused rather than used.
      await dbs[0]!.query("INSERT INTO phoenix_schema_migrations (version, name) VALUES (999, 'future')");
      expect(await codeOf(migrateSchema(dbs[1]!, quietLogger()))).toBe('LEDGER_SCHEMA_NEWER');
    } finally {
      for (const db of dbs) await db.close();
    }
  });

  it('takes the password from the environment or a file only, and never shows it', async () => {
    const base = `postgres://${server.user}@127.0.0.1:${server.port}/${server.database}`;
    const withPassword = `postgres://${server.user}:${server.password}@127.0.0.1:${server.port}/${server.database}`;
    const refused = await codeOf(resolveDatabaseConfig(withPassword, {}));
    expect(refused).toBe('LEDGER_DATABASE_URL_INVALID');
    const file = join(tmpdir(), `phoenix-pgpass-${process.pid}`);
    await writeFile(file, `${server.password}\n`, { mode: 0o600 });
    const fromFile = await resolveDatabaseConfig(base, { PHOENIX_DATABASE_PASSWORD_FILE: file });
    expect(fromFile.password).toBe(server.password);
    expect(fromFile.display).not.toContain(server.password);

    const { logger, lines } = memoryLogger();
    let message = '';
    try {
      await openLedgerDatabase(base, { PHOENIX_DATABASE_PASSWORD: 'wrong-secret-value' }, { logger });
    } catch (error) {
      message = JSON.stringify({
        error,
        message: (error as Error).message,
        details: (error as { details?: unknown }).details,
      });
      expect(hasErrorCode(error, 'LEDGER_DATABASE_REFUSED')).toBe(true);
    }
    expect(message).not.toBe('');
    expect(message).not.toContain('wrong-secret-value');
    expect(JSON.stringify(lines())).not.toContain('wrong-secret-value');
  });

  it('counts a statement that outlives its timeout as the database being unavailable', async () => {
    const { db } = await freshLedgerDatabase(server, { statementTimeoutMs: 200 });
    try {
      expect(await codeOf(db.query('SELECT pg_sleep(2)'))).toBe('LEDGER_DATABASE_UNAVAILABLE');
      expect(await db.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      await db.close();
    }
  });

  it('survives a restart of the server: unavailable while it is down, nothing lost once it is back', async () => {
    const own = await PostgresServer.start();
    try {
      const { db } = await freshLedgerDatabase(own, { statementTimeoutMs: 1_000 });
      try {
        const writer = await leaseWriter(db, 'dc1');
        const ledger = await writableLedger(db, 'dc1', writer);
        await ledger.append(runStarted('run-1', REV_A, 0));
        await own.stopServer('immediate');
        expect(await codeOf(ledger.append(stepStarted('run-1', 'node-a', 'compose', 1)))).toBe(
          'LEDGER_DATABASE_UNAVAILABLE',
        );
        await own.startServer();
        await ledger.append(stepStarted('run-1', 'node-a', 'compose', 2));
        // An append made while the server restarts is written once it is back, and only once. The server comes
        // back once the append has failed against it and waits to write again (its first sleep).
        let retrying: () => void = () => undefined;
        const firstRetry = new Promise<void>((resolve) => (retrying = resolve));
        const clock: Clock = {
          now: () => systemClock.now(),
          sleep: (ms, signal) => {
            retrying();
            return systemClock.sleep(ms, signal);
          },
        };
        const patient = await writableLedger(db, 'dc1', writer, { retryMs: 30_000, clock });
        await own.stopServer('fast');
        const during = patient.append(stepStarted('run-1', 'node-b', 'compose', 3));
        await firstRetry;
        await own.startServer();
        expect((await during).seq).toBe(3);
        const reader = await openPostgresLedger(db, 'dc1', { writer: null, logger: quietLogger() });
        expect(reader.lastSeq).toBe(3);
        expect((await readLease(db, 'dc1'))?.holder).toMatch(/^test-/);
        // The lease survives too: its holder renews at the same epoch.
        const lease = await readLease(db, 'dc1');
        const renewed = await acquireOrRenewLease(db, {
          site: 'dc1',
          holder: lease!.holder!,
          address: null,
          ttlMs: 60_000,
          epoch: lease!.epoch,
        });
        expect(renewed?.epoch).toBe(lease!.epoch);
      } finally {
        await db.close();
      }
    } finally {
      await own.close();
    }
  }, 60_000);
});

import { randomUUID } from 'node:crypto';
import {
  acquireOrRenewLease,
  openLedgerDatabase,
  openPostgresLedger,
  type Database,
  type LedgerWriter,
  type PostgresLedger,
} from '../../../src/adapters/postgres/index.js';
import { createLogger } from '../../../src/logging/create-logger.js';
import type { Logger } from '../../../src/ports/logger.js';
import type { Clock } from '../../../src/ports/clock.js';
import { ManualClock } from '../manual-clock.js';
import type { PostgresServer } from './postgres-server.js';

export const quietLogger = (): Logger => createLogger({ level: 'silent' });

let databases = 0;

/** A fresh database on `server`, migrated; the password given the way an operator gives it (environment). */
export async function freshLedgerDatabase(
  server: PostgresServer,
  options: { statementTimeoutMs?: number; logger?: Logger } = {},
): Promise<{ db: Database; url: string }> {
  databases += 1;
  const { url } = server.createDatabase(`ledger_${process.pid}_${databases}`);
  const db = await openLedgerDatabase(
    url,
    { PHOENIX_DATABASE_PASSWORD: server.password },
    {
      logger: options.logger ?? quietLogger(),
      ...(options.statementTimeoutMs === undefined ? {} : { statementTimeoutMs: options.statementTimeoutMs }),
    },
  );
  return { db, url };
}

/** Takes the site's lease for a new holder and returns a writer at its epoch. */
export async function leaseWriter(db: Database, site: string, ttlMs = 60_000): Promise<LedgerWriter> {
  const holder = `test-${randomUUID()}`;
  const lease = await acquireOrRenewLease(db, { site, holder, address: null, ttlMs, epoch: null });
  if (lease === null) throw new Error(`the lease of ${site} is held by someone else`);
  return { holder, epoch: () => lease.epoch };
}

export async function writableLedger(
  db: Database,
  site: string,
  writer?: LedgerWriter,
  options: { readonly retryMs?: number; readonly clock?: Clock } = {},
): Promise<PostgresLedger> {
  return openPostgresLedger(db, site, {
    writer: writer ?? (await leaseWriter(db, site)),
    logger: quietLogger(),
    // Appends are not tried again on the manual clock (it never moves); the retry test gives its own clock.
    ...(options.retryMs === undefined
      ? { clock: new ManualClock(), retryMs: 0 }
      : { retryMs: options.retryMs, ...(options.clock === undefined ? {} : { clock: options.clock }) }),
  });
}

import type { Logger } from '../../ports/logger.js';
import type { Clock } from '../../ports/clock.js';
import { systemClock } from '../clock/system-clock.js';
import { resolveDatabaseConfig, type DatabaseEnv } from './database-config.js';
import { Database, type DatabaseOptions } from './database.js';
import { migrateSchema } from './migrations.js';
import { PostgresLedger, type LedgerWriter } from './postgres-ledger.js';

/**
 * Connects to the ledger database named by `url` (the password from the environment or a file), brings its schema
 * up to date under the migration lock, and returns the database; close it when done.
 */
export async function openLedgerDatabase(
  url: string,
  env: DatabaseEnv,
  options: DatabaseOptions,
): Promise<Database> {
  const db = new Database(await resolveDatabaseConfig(url, env), options);
  try {
    await migrateSchema(db, options.logger);
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}

/** The site's ledger in an open database, with every record so far folded in. */
export async function openPostgresLedger(
  db: Database,
  site: string,
  options: {
    readonly writer: LedgerWriter | null;
    readonly logger: Logger;
    readonly clock?: Clock;
    /** How long appends are tried again while the database is unreachable; default 30 s. */
    readonly retryMs?: number;
  },
): Promise<PostgresLedger> {
  const ledger = new PostgresLedger({
    db,
    site,
    writer: options.writer,
    logger: options.logger,
    clock: options.clock ?? systemClock,
    ...(options.retryMs === undefined ? {} : { retryMs: options.retryMs }),
  });
  await ledger.refresh();
  return ledger;
}

/**
 * A site's shared ledger opened for reading by a command (status, history, plan): its own connection, no schema
 * change, nothing can be appended; closing it closes the connection.
 */
export async function openSharedLedgerForReading(
  url: string,
  site: string,
  env: DatabaseEnv,
  options: { readonly logger: Logger },
): Promise<PostgresLedger> {
  const db = new Database(await resolveDatabaseConfig(url, env), {
    logger: options.logger,
    maxConnections: 1,
  });
  try {
    const ledger = await openPostgresLedger(db, site, { writer: null, logger: options.logger });
    const close = ledger.close.bind(ledger);
    return Object.assign(ledger, {
      close: async () => {
        await close();
        await db.close();
      },
    });
  } catch (error) {
    await db.close();
    throw error;
  }
}

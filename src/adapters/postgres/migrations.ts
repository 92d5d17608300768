import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { Logger } from '../../ports/logger.js';
import type { Database } from './database.js';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * The schema, one versioned step after another. A step is never edited once released: a change is a new step.
 * Every table is prefixed `phoenix_`, so the database can be shared with other applications.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'ledger and leases',
    sql: `
      CREATE TABLE phoenix_ledger_records (
        site    text        NOT NULL,
        seq     bigint      NOT NULL,
        epoch   bigint      NOT NULL,
        type    text        NOT NULL,
        record  jsonb       NOT NULL,
        -- Chosen by the writer: a write repeated after a lost answer finds its first copy instead of a second.
        record_id text      NOT NULL,
        written timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (site, seq),
        UNIQUE (site, record_id)
      );
      CREATE TABLE phoenix_leases (
        site           text        PRIMARY KEY,
        holder         text,
        holder_address text,
        epoch          bigint      NOT NULL DEFAULT 0,
        since          timestamptz,
        renewed_at     timestamptz,
        expires_at     timestamptz
      );
      CREATE TABLE phoenix_suspensions (
        site  text        PRIMARY KEY,
        since timestamptz NOT NULL
      );
    `,
  },
];

/** A fixed key for pg_advisory_lock: one migrator at a time across every replica. */
const MIGRATION_LOCK_KEY = 7_304_111_050;

/**
 * Brings the schema to the newest version this binary knows, under a session advisory lock, each step in its own
 * transaction with its row in `phoenix_schema_migrations`. A database already newer than this binary is refused.
 */
export async function migrateSchema(
  db: Database,
  logger: Logger,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number> {
  return db.session(async (session) => {
    await session.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await session.query(`
        CREATE TABLE IF NOT EXISTS phoenix_schema_migrations (
          version    integer     PRIMARY KEY,
          name       text        NOT NULL,
          applied_at timestamptz NOT NULL DEFAULT now()
        )`);
      const rows = await session.query<{ version: number }>(
        'SELECT version FROM phoenix_schema_migrations ORDER BY version',
      );
      const applied = new Set(rows.map((r) => Number(r.version)));
      const newest = migrations.at(-1)?.version ?? 0;
      const beyond = [...applied].filter((v) => v > newest);
      if (beyond.length > 0)
        throw new PhoenixError('LEDGER_SCHEMA_NEWER', {
          database: db.display,
          databaseVersion: Math.max(...beyond),
          knownVersion: newest,
        });
      for (const step of migrations) {
        if (applied.has(step.version)) continue;
        await session.query('BEGIN');
        try {
          await session.query(step.sql);
          await session.query('INSERT INTO phoenix_schema_migrations (version, name) VALUES ($1, $2)', [
            step.version,
            step.name,
          ]);
          await session.query('COMMIT');
        } catch (error) {
          await session.query('ROLLBACK').catch(() => undefined);
          throw error;
        }
        logger.info(
          { database: db.display, version: step.version, name: step.name },
          'ledger schema migrated',
        );
      }
      return newest;
    } finally {
      await session.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    }
  });
}

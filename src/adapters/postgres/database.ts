import pg from 'pg';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { Logger } from '../../ports/logger.js';
import type { DatabaseConfig } from './database-config.js';

export interface DatabaseOptions {
  readonly logger: Logger;
  /** Server-side limit per statement (statement_timeout); also the client's wait for an answer. Default 5 s. */
  readonly statementTimeoutMs?: number;
  /** How long a new connection may take. Default 5 s. */
  readonly connectTimeoutMs?: number;
  /** Connections in the pool. Default 4. */
  readonly maxConnections?: number;
  /** `application_name` the server shows for this process's connections. */
  readonly applicationName?: string;
}

/** SQLSTATE classes and codes that mean "the database is not there right now", not "the statement is wrong". */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '57014', '53300', '40001', '40P01', '25006']);

/** Node and pg errors raised when the connection is lost or never made. */
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Query read timeout',
  'Client has encountered a connection error',
  'Connection ended',
];

/** Maps a pg or socket error to LEDGER_DATABASE_UNAVAILABLE (transient) or LEDGER_DATABASE_REFUSED. */
export function databaseError(error: unknown, operation: string): PhoenixError {
  if (error instanceof PhoenixError) return error;
  const e = error as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : null;
  const message = typeof e?.message === 'string' ? e.message : '';
  const unavailable =
    (code !== null && (code.startsWith('08') || UNAVAILABLE_STATES.has(code))) ||
    (code !== null && /^E[A-Z]+$/.test(code)) ||
    UNAVAILABLE_MESSAGES.some((m) => message.includes(m));
  return new PhoenixError(
    unavailable ? 'LEDGER_DATABASE_UNAVAILABLE' : 'LEDGER_DATABASE_REFUSED',
    { operation, sqlState: code },
    { cause: error },
  );
}

export type Row = Record<string, unknown>;

/** What runs inside a transaction. */
export interface Transaction {
  query<R extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<R[]>;
}

/**
 * The pool of connections to the ledger database (the only user of `pg`). Every statement has a timeout, so a
 * database that hangs is noticed as one that is gone. Errors are PhoenixErrors; a lost idle connection is logged,
 * never fatal.
 */
export class Database {
  readonly display: string;
  readonly #pool: pg.Pool;
  readonly #logger: Logger;
  #closed = false;

  constructor(config: DatabaseConfig, options: DatabaseOptions) {
    this.display = config.display;
    this.#logger = options.logger;
    const statementTimeoutMs = options.statementTimeoutMs ?? 5_000;
    this.#pool = new pg.Pool({
      host: config.host,
      port: config.port,
      database: config.database,
      user: config.user,
      ...(config.password === null ? {} : { password: config.password }),
      ssl: config.ssl ? { rejectUnauthorized: true } : false,
      max: options.maxConnections ?? 4,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
      idleTimeoutMillis: 30_000,
      statement_timeout: statementTimeoutMs,
      query_timeout: statementTimeoutMs + 1_000,
      idle_in_transaction_session_timeout: statementTimeoutMs * 2,
      keepAlive: true,
      application_name: options.applicationName ?? 'phoenix',
    });
    this.#pool.on('error', (error) => {
      this.#logger.warn(
        { database: this.display, sqlState: (error as { code?: string }).code ?? null },
        'idle ledger database connection lost',
      );
    });
  }

  async query<R extends Row = Row>(sql: string, params: readonly unknown[] = []): Promise<R[]> {
    try {
      const result = await this.#pool.query<R>(sql, params as unknown[]);
      return result.rows;
    } catch (error) {
      throw databaseError(error, 'query');
    }
  }

  /** Runs `work` in one transaction (READ COMMITTED), committed when it resolves, rolled back when it throws. */
  async transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.#pool.connect();
    } catch (error) {
      throw databaseError(error, 'connect');
    }
    let broken = false;
    const tx: Transaction = {
      query: async <R extends Row = Row>(sql: string, params: readonly unknown[] = []) => {
        try {
          return (await client.query<R>(sql, params as unknown[])).rows;
        } catch (error) {
          broken = true;
          throw databaseError(error, 'query');
        }
      },
    };
    try {
      await tx.query('BEGIN');
      const result = await work(tx);
      await tx.query('COMMIT');
      return result;
    } catch (error) {
      if (!broken || (error as PhoenixError).code !== 'LEDGER_DATABASE_UNAVAILABLE')
        await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      // A connection that failed mid-transaction is not given back to the pool for reuse.
      client.release(broken);
    }
  }

  /** Runs `work` on one session of its own (for session-level advisory locks). */
  async session<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.#pool.connect();
    } catch (error) {
      throw databaseError(error, 'connect');
    }
    let broken = false;
    try {
      return await work({
        query: async <R extends Row = Row>(sql: string, params: readonly unknown[] = []) => {
          try {
            return (await client.query<R>(sql, params as unknown[])).rows;
          } catch (error) {
            broken = true;
            throw databaseError(error, 'query');
          }
        },
      });
    } finally {
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#pool.end().catch(() => undefined);
  }
}

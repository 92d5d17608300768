import { readFile } from 'node:fs/promises';
import { PhoenixError } from '../../core/errors/phoenix-error.js';

/** Where the ledger database is and how to log in; the password is kept out of the URL and of logs. */
export interface DatabaseConfig {
  readonly host: string;
  readonly port: number;
  readonly database: string;
  readonly user: string;
  /** Null: no password (trust or peer authentication). Never logged. */
  readonly password: string | null;
  /** `sslmode=require|verify-full` in the URL: TLS with certificate verification. */
  readonly ssl: boolean;
  /** The URL as it may be shown: no password in it. */
  readonly display: string;
}

export type DatabaseEnv = Readonly<Record<string, string | undefined>>;

function invalid(field: string): PhoenixError {
  return new PhoenixError('LEDGER_DATABASE_URL_INVALID', { field });
}

/**
 * Parses `postgres://USER@HOST[:PORT]/DATABASE[?sslmode=...]`. A password in the URL is refused (it would be seen
 * in process lists and logs); it comes from PHOENIX_DATABASE_PASSWORD_FILE or PHOENIX_DATABASE_PASSWORD.
 */
export async function resolveDatabaseConfig(raw: string, env: DatabaseEnv): Promise<DatabaseConfig> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw invalid('url');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') throw invalid('protocol');
  if (url.password !== '') throw invalid('password');
  if (url.hostname === '') throw invalid('host');
  const user = decodeURIComponent(url.username);
  if (user === '') throw invalid('user');
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (database === '' || database.includes('/')) throw invalid('database');
  const port = url.port === '' ? 5432 : Number(url.port);
  const sslmode = url.searchParams.get('sslmode') ?? 'disable';
  if (!['disable', 'require', 'verify-full'].includes(sslmode)) throw invalid('sslmode');
  for (const key of url.searchParams.keys()) if (key !== 'sslmode') throw invalid(key);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return {
    host,
    port,
    database,
    user,
    password: await readPassword(env),
    ssl: sslmode !== 'disable',
    display: `postgres://${encodeURIComponent(user)}@${url.host}/${encodeURIComponent(database)}`,
  };
}

async function readPassword(env: DatabaseEnv): Promise<string | null> {
  const file = env['PHOENIX_DATABASE_PASSWORD_FILE'];
  if (file !== undefined && file !== '') {
    try {
      return (await readFile(file, 'utf8')).replace(/\r?\n$/, '');
    } catch (error) {
      throw new PhoenixError(
        'LEDGER_DATABASE_PASSWORD_UNREADABLE',
        { file, reason: (error as NodeJS.ErrnoException).code ?? null },
        { cause: error },
      );
    }
  }
  const value = env['PHOENIX_DATABASE_PASSWORD'];
  return value === undefined || value === '' ? null : value;
}

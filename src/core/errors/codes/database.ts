import type { ErrorSpec } from '../error-spec.js';

/**
 * Errors of the PostgreSQL ledger and of leadership (replicas that share a site through one database). Only
 * src/adapters/postgres and the daemon's leadership raise them. Details never hold the password.
 */
export const databaseErrors = {
  LEDGER_DATABASE_URL_INVALID: {
    message: 'The database connection string is not a valid postgres:// URL without a password.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Give postgres://USER@HOST:PORT/DATABASE (PHOENIX_DATABASE_URL or --database-url) and the password through PHOENIX_DATABASE_PASSWORD or PHOENIX_DATABASE_PASSWORD_FILE, never in the URL.',
  },
  LEDGER_DATABASE_PASSWORD_UNREADABLE: {
    message: 'The database password file could not be read.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Check the path in PHOENIX_DATABASE_PASSWORD_FILE and that this process may read it.',
  },
  LEDGER_DATABASE_UNAVAILABLE: {
    message: 'The ledger database could not be reached or did not answer in time.',
    retry: 'transient',
    exitCode: 1,
    hint: 'Check that PostgreSQL runs and accepts connections from this host; the daemon retries by itself and resumes when the database is back.',
  },
  LEDGER_DATABASE_REFUSED: {
    message: 'The ledger database refused a statement.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'The details give the SQLSTATE; check the role privileges described in the replicas guide (the role must own the Phoenix tables).',
  },
  LEDGER_SCHEMA_NEWER: {
    message: 'The ledger database was migrated by a newer Phoenix than this one.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Run the same or a newer Phoenix version on every replica; schema migrations only go forward.',
  },
  LEDGER_FENCED: {
    message: 'A ledger write was refused: this process no longer holds the current lease of the site.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Nothing to do: another replica leads the site and resumes from the journal. The details give the epoch this process held.',
  },
  LEDGER_MIGRATE_TARGET_NOT_EMPTY: {
    message: 'The target database already holds ledger records for this site.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Migrate into a database (or a site) that has no ledger yet; nothing was written.',
  },
  LEDGER_MIGRATE_SOURCE_EMPTY: {
    message: 'The state directory has no ledger records to migrate.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Check --from-dir: it is the state directory (the folder that holds ledger/journal.jsonl).',
  },
  LEDGER_SHARED_BY_REPLICAS: {
    message: 'The ledger is shared by replicas in PostgreSQL; only they write it.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Apply through the replicas (POST /api/v1/reconcile on the leader), or unset PHOENIX_DATABASE_URL to use the state directory of this host.',
  },
  LEASE_LOST: {
    message: 'This replica no longer holds the lease of the site for long enough to send a mutation.',
    retry: 'transient',
    exitCode: 1,
    hint: 'Nothing to do: the mutation was not sent; whichever replica holds the lease next resumes from the journal.',
  },
  LEASE_NOT_LEADER: {
    message: 'This replica does not lead the site; write calls go to the leader.',
    retry: 'transient',
    exitCode: 1,
    hint: 'Send the call to the leader named in the details (leaderAddress), or retry once a leader is elected.',
  },
  DAEMON_SITE_MISMATCH: {
    message: 'The revision declares a different Site than the one this replica was started for.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Start the replicas with --site set to the name of the Site the branch declares.',
  },
} as const satisfies Record<string, ErrorSpec>;

import type { Database } from './database.js';

/** A suspension asked for through the API, shared by every replica of the site. */
export async function readSharedSuspension(db: Database, site: string): Promise<{ since: string } | null> {
  const rows = await db.query<{ since: Date }>('SELECT since FROM phoenix_suspensions WHERE site = $1', [
    site,
  ]);
  const row = rows[0];
  return row === undefined ? null : { since: row.since.toISOString() };
}

export async function writeSharedSuspension(db: Database, site: string, since: string): Promise<void> {
  await db.query(
    'INSERT INTO phoenix_suspensions (site, since) VALUES ($1, $2) ON CONFLICT (site) DO NOTHING',
    [site, since],
  );
}

export async function clearSharedSuspension(db: Database, site: string): Promise<void> {
  await db.query('DELETE FROM phoenix_suspensions WHERE site = $1', [site]);
}

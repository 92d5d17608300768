import type { Database } from './database.js';

/** What the leader of a site last showed: its status (as the API serves it) and its pending plan. */
export interface SiteViewRecord {
  readonly epoch: number;
  readonly status: unknown;
  readonly plan: unknown;
  readonly written: string;
}

/**
 * Writes the site's view under the lease's epoch: nothing is written unless `holder` holds the lease at `epoch`,
 * so a replica that lost the lease cannot overwrite what the new leader shows. Returns whether it was written.
 */
export async function writeSiteView(
  db: Database,
  view: {
    readonly site: string;
    readonly holder: string;
    readonly epoch: number;
    readonly status: unknown;
    readonly plan: unknown;
  },
): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO phoenix_site_views AS v (site, epoch, status, plan, written)
     SELECT $1, l.epoch, $4::jsonb, $5::jsonb, now()
       FROM phoenix_leases l WHERE l.site = $1 AND l.holder = $2 AND l.epoch = $3
     ON CONFLICT (site) DO UPDATE SET
       epoch = EXCLUDED.epoch, status = EXCLUDED.status, plan = EXCLUDED.plan, written = EXCLUDED.written
     WHERE v.epoch <= EXCLUDED.epoch
     RETURNING v.site`,
    [view.site, view.holder, view.epoch, JSON.stringify(view.status), JSON.stringify(view.plan)],
  );
  return rows.length > 0;
}

export async function readSiteView(db: Database, site: string): Promise<SiteViewRecord | null> {
  const rows = await db.query<{ epoch: string; status: unknown; plan: unknown; written: Date }>(
    'SELECT epoch, status, plan, written FROM phoenix_site_views WHERE site = $1',
    [site],
  );
  const row = rows[0];
  return row === undefined
    ? null
    : { epoch: Number(row.epoch), status: row.status, plan: row.plan, written: row.written.toISOString() };
}

/**
 * Asks the site's leader for a pass (a follower received a webhook): the leader sees the newer `nudged_at` with
 * its next renewal. A site nobody has led yet gets its lease row here, unheld.
 */
export async function nudgeSite(db: Database, site: string): Promise<void> {
  await db.query(
    `INSERT INTO phoenix_leases (site, nudged_at) VALUES ($1, now())
     ON CONFLICT (site) DO UPDATE SET nudged_at = now()`,
    [site],
  );
}

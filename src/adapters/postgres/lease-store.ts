import type { Database } from './database.js';

/** A site's lease row as the database holds it. */
export interface LeaseRecord {
  readonly site: string;
  /** Null when released or never taken. */
  readonly holder: string | null;
  /** Where the holder serves its API (write calls are sent there). */
  readonly holderAddress: string | null;
  readonly epoch: number;
  /** When the holder took the lease at this epoch (ISO 8601). */
  readonly since: string | null;
  readonly expiresAt: string | null;
  /** Whether it is unexpired by the database's clock. */
  readonly valid: boolean;
  /** When a follower last asked the leader for a pass (a webhook it received); null when never. */
  readonly nudgedAt: string | null;
}

interface LeaseRow extends Record<string, unknown> {
  site: string;
  holder: string | null;
  holder_address: string | null;
  epoch: string;
  since: Date | null;
  expires_at: Date | null;
  valid: boolean | null;
  nudged_at: Date | null;
}

const COLUMNS =
  'site, holder, holder_address, epoch, since, expires_at, expires_at > now() AS valid, nudged_at';

function toRecord(row: LeaseRow): LeaseRecord {
  return {
    site: row.site,
    holder: row.holder,
    holderAddress: row.holder_address,
    epoch: Number(row.epoch),
    since: row.since?.toISOString() ?? null,
    expiresAt: row.expires_at?.toISOString() ?? null,
    valid: row.valid === true,
    nudgedAt: row.nudged_at?.toISOString() ?? null,
  };
}

/**
 * Takes or renews the lease of a site in one statement, by the database's clock. The holder renews at the epoch it
 * holds while the lease is unexpired; anyone takes an expired or released lease, and taking it raises the epoch.
 * Returns the row when `holder` holds the lease afterwards, null when someone else does.
 */
export async function acquireOrRenewLease(
  db: Database,
  request: {
    readonly site: string;
    readonly holder: string;
    readonly address: string | null;
    readonly ttlMs: number;
    /** The epoch this holder believes it holds; null when it does not lead. */
    readonly epoch: number | null;
  },
): Promise<LeaseRecord | null> {
  const rows = await db.query<LeaseRow>(
    `INSERT INTO phoenix_leases AS l (site, holder, holder_address, epoch, since, renewed_at, expires_at)
     VALUES ($1, $2, $3, 1, now(), now(), now() + $4 * interval '1 millisecond')
     ON CONFLICT (site) DO UPDATE SET
       holder = EXCLUDED.holder,
       holder_address = EXCLUDED.holder_address,
       epoch = CASE WHEN l.holder = EXCLUDED.holder AND l.epoch = $5 AND l.expires_at > now()
                    THEN l.epoch ELSE l.epoch + 1 END,
       since = CASE WHEN l.holder = EXCLUDED.holder AND l.epoch = $5 AND l.expires_at > now()
                    THEN l.since ELSE now() END,
       renewed_at = now(),
       expires_at = EXCLUDED.expires_at
     WHERE (l.holder = EXCLUDED.holder AND l.epoch = $5 AND l.expires_at > now())
        OR l.holder IS NULL OR l.expires_at IS NULL OR l.expires_at <= now()
     RETURNING l.site, l.holder, l.holder_address, l.epoch, l.since, l.expires_at, l.expires_at > now() AS valid,
               l.nudged_at`,
    [request.site, request.holder, request.address, request.ttlMs, request.epoch ?? -1],
  );
  const row = rows[0];
  return row === undefined ? null : toRecord(row);
}

/** Gives the lease up at once (a graceful stop), so another replica need not wait for it to expire. */
export async function releaseLease(db: Database, site: string, holder: string, epoch: number): Promise<void> {
  await db.query(
    `UPDATE phoenix_leases SET holder = NULL, holder_address = NULL, expires_at = now()
     WHERE site = $1 AND holder = $2 AND epoch = $3`,
    [site, holder, epoch],
  );
}

export async function readLease(db: Database, site: string): Promise<LeaseRecord | null> {
  const rows = await db.query<LeaseRow>(`SELECT ${COLUMNS} FROM phoenix_leases WHERE site = $1`, [site]);
  const row = rows[0];
  return row === undefined ? null : toRecord(row);
}

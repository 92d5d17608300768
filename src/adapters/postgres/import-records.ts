import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { LedgerRecord } from '../../ports/ledger.js';
import type { Database } from './database.js';

const BATCH = 500;

/**
 * Copies the records of a file ledger into the database as the site's journal, keeping their numbers, in one
 * transaction: all of them or none. A site that already has records is refused, so nothing is ever merged.
 */
export async function importLedgerRecords(
  db: Database,
  site: string,
  records: readonly LedgerRecord[],
): Promise<number> {
  return db.transaction(async (tx) => {
    // The site's lease row, locked: no replica appends while the journal is imported.
    await tx.query(`INSERT INTO phoenix_leases (site) VALUES ($1) ON CONFLICT (site) DO NOTHING`, [site]);
    await tx.query('SELECT 1 FROM phoenix_leases WHERE site = $1 FOR UPDATE', [site]);
    const existing = await tx.query<{ n: string }>(
      'SELECT count(*) AS n FROM phoenix_ledger_records WHERE site = $1',
      [site],
    );
    if (Number(existing[0]?.n ?? 0) > 0)
      throw new PhoenixError('LEDGER_MIGRATE_TARGET_NOT_EMPTY', { database: db.display, site });
    for (let i = 0; i < records.length; i += BATCH) {
      const batch = records.slice(i, i + BATCH);
      const params: unknown[] = [];
      const values = batch.map((record, j) => {
        const { seq, ...fields } = record;
        params.push(site, seq, fields.type, JSON.stringify(fields), `imported-${seq}`);
        const k = j * 5;
        return `($${k + 1}, $${k + 2}, 0, $${k + 3}, $${k + 4}::jsonb, $${k + 5})`;
      });
      await tx.query(
        `INSERT INTO phoenix_ledger_records (site, seq, epoch, type, record, record_id) VALUES ${values.join(', ')}`,
        params,
      );
    }
    return records.length;
  });
}

import { exportJournal } from '../../adapters/ledger-file/index.js';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { CliContext } from '../commands/index.js';
import type { MigrateOptions, RecoverOptions } from '../commands/ledger.js';
import { readRevision } from '../runtime/revisions/read-revision.js';
import { openLedgerForRecovery } from '../runtime/wiring/open-ledger.js';
import { openSiteAppliance } from '../runtime/wiring/site-runtime.js';
import { renderStatusText } from '../views/ledger-text.js';

/** `phoenix ledger recover`: the ledger summary rebuilt from the stamps of the site's profiles. */
export async function runLedgerRecover(
  options: RecoverOptions,
  { globals, logger, stdout }: CliContext,
): Promise<void> {
  const read = await readRevision(options, { stateDir: globals.stateDir, logger, env: process.env });
  const site = read.desired.site;
  const appliance = await openSiteAppliance(site, process.env, logger);
  let profiles;
  try {
    profiles = (await appliance.readInventory()).profiles;
  } finally {
    await appliance.close();
  }
  const ledger = await openLedgerForRecovery(globals.stateDir, logger);
  try {
    const status = await ledger.recoverFromStamps(site.name, profiles);
    stdout.write(globals.json ? `${JSON.stringify(status, null, 2)}\n` : renderStatusText(status));
  } finally {
    await ledger.close();
  }
}

/** `phoenix ledger migrate`: the journal of a state directory copied into a PostgreSQL database. */
export async function runLedgerMigrate(
  options: MigrateOptions,
  { globals, logger, stdout }: CliContext,
): Promise<void> {
  const { importLedgerRecords, openLedgerDatabase, openPostgresLedger } =
    await import('../../adapters/postgres/index.js');
  // Refused before the journal is read: a bad URL or password changes nothing anywhere.
  const db = await openLedgerDatabase(options.to, process.env, { logger, statementTimeoutMs: 60_000 });
  try {
    const { site, records } = await exportJournal(options.fromDir, logger);
    if (site === null || records.length === 0)
      throw new PhoenixError('LEDGER_MIGRATE_SOURCE_EMPTY', { stateDir: options.fromDir });
    const copied = await importLedgerRecords(db, site, records);
    const ledger = await openPostgresLedger(db, site, { writer: null, logger });
    const status = ledger.status();
    logger.info({ site, records: copied, database: db.display }, 'ledger migrated');
    const result = {
      site,
      records: copied,
      database: db.display,
      lastAppliedRevision: status.lastAppliedRevision,
    };
    stdout.write(
      globals.json
        ? `${JSON.stringify(result, null, 2)}\n`
        : `Copied ${copied} ledger records of site ${site} into ${db.display}.\n`,
    );
  } finally {
    await db.close();
  }
}

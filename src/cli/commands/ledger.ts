import type { Command } from 'commander';
import { exportJournal } from '../../adapters/ledger-file/index.js';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import { openLedgerForRecovery } from '../runtime/wiring/open-ledger.js';
import { readRevision } from '../runtime/revisions/read-revision.js';
import { openSiteAppliance } from '../runtime/wiring/site-runtime.js';
import { renderStatusText } from '../views/ledger-text.js';
import type { RegisterCommand } from './index.js';

interface MigrateOptions {
  readonly fromDir: string;
  readonly to: string;
}

interface RecoverOptions {
  readonly repo: string;
  readonly ref?: string;
  readonly path?: string;
}

/**
 * `phoenix ledger recover`: when the ledger is lost or corrupt, rebuilds its summary from the stamps of the
 * site's profiles (which node runs which revision and generation). A corrupt journal is set aside, not deleted.
 */
export const registerLedger: RegisterCommand = (program: Command, context) => {
  const ledgerCommand =
    program.commands.find((c) => c.name() === 'ledger') ??
    program.command('ledger').description('maintain the ledger of the state directory');
  ledgerCommand
    .command('recover')
    .description('rebuild the ledger summary from the stamps of the profiles on the appliance')
    .option('--repo <dir|url>', 'repository whose Site names the appliance and the site', '.')
    .option('--ref <ref>', 'branch, tag or commit SHA to read the Site from (default: the working tree)')
    .option('--path <subdir>', 'declarations root inside the repository')
    .action(async (options: RecoverOptions) => {
      const { globals, logger, stdout } = context();
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
    });
  ledgerCommand
    .command('migrate')
    .description('copy the ledger of a state directory into a PostgreSQL database (for replicas)')
    .requiredOption('--from-dir <dir>', 'the state directory whose ledger is copied')
    .requiredOption(
      '--to <url>',
      'postgres://USER@HOST:PORT/DATABASE; the password from PHOENIX_DATABASE_PASSWORD(_FILE)',
    )
    .action(async (options: MigrateOptions) => {
      const { globals, logger, stdout } = context();
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
    });
};

import type { Command } from 'commander';
import type { RegisterCommand } from './index.js';

export interface MigrateOptions {
  readonly fromDir: string;
  readonly to: string;
}

export interface RecoverOptions {
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
      const { runLedgerRecover } = await import('../actions/ledger.js');
      await runLedgerRecover(options, context());
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
      const { runLedgerMigrate } = await import('../actions/ledger.js');
      await runLedgerMigrate(options, context());
    });
};

import type { Command } from 'commander';
import { openLedgerForRecovery } from '../runtime/open-ledger.js';
import { readRevision } from '../runtime/read-revision.js';
import { openSiteAppliance } from '../runtime/site-runtime.js';
import { renderStatusText } from '../views/ledger-text.js';
import type { RegisterCommand } from './index.js';

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
};

import type { Command } from 'commander';
import { openReadOnlyLedger } from '../runtime/wiring/open-ledger.js';
import { renderHistoryText, renderStatusText } from '../views/ledger-text.js';
import type { RegisterCommand } from './index.js';
import { positiveInteger } from './option-values.js';

/** `phoenix status`: what the ledger says the site runs. */
export const registerStatus: RegisterCommand = (program: Command, context) => {
  program
    .command('status')
    .description('show the last applied revision, the last run and each node as the ledger records them')
    .action(async () => {
      const { globals, logger, stdout } = context();
      const ledger = await openReadOnlyLedger(globals.stateDir, logger);
      try {
        const status = ledger.status();
        stdout.write(globals.json ? `${JSON.stringify(status, null, 2)}\n` : renderStatusText(status));
      } finally {
        await ledger.close();
      }
    });
};

/** `phoenix history`: the runs of the ledger, newest first, with the quarantines and releases between them. */
export const registerHistory: RegisterCommand = (program: Command, context) => {
  program
    .command('history')
    .description('list recorded runs, newest first')
    .option('--limit <n>', 'how many runs', '20')
    .action(async (options: { limit: string }) => {
      const { globals, logger, stdout } = context();
      const limit = positiveInteger('--limit', options.limit);
      const ledger = await openReadOnlyLedger(globals.stateDir, logger);
      try {
        const runs = ledger.history(limit);
        stdout.write(
          globals.json
            ? `${JSON.stringify(runs, null, 2)}\n`
            : renderHistoryText(runs, ledger.hardwareEvents(limit), runs.length < limit),
        );
      } finally {
        await ledger.close();
      }
    });
};

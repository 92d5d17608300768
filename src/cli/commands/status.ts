import type { Command } from 'commander';
import type { RegisterCommand } from './index.js';

/** `phoenix status`: what the ledger says the site runs. */
export const registerStatus: RegisterCommand = (program: Command, context) => {
  program
    .command('status')
    .description('show the last applied revision, the last run and each node as the ledger records them')
    .action(async () => {
      const { runStatus } = await import('../actions/status.js');
      await runStatus(context());
    });
};

/** `phoenix history`: the runs of the ledger, newest first, with the quarantines and releases between them. */
export const registerHistory: RegisterCommand = (program: Command, context) => {
  program
    .command('history')
    .description('list recorded runs, newest first')
    .option('--limit <n>', 'how many runs', '20')
    .action(async (options: { limit: string }) => {
      const { runHistory } = await import('../actions/status.js');
      await runHistory(options, context());
    });
};

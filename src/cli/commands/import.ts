import type { Command } from 'commander';
import type { RegisterCommand } from './index.js';

export interface ImportOptions {
  readonly out: string;
  readonly inventory?: string;
  readonly site: string;
}

/**
 * `phoenix import`: declarations for a site Phoenix does not manage yet, from the live appliance (OV_* variables)
 * or an exported inventory. They validate, and their plan against the same appliance adopts, replaces and deletes
 * nothing: Plans use the existing templates as they are, pools have 0 replicas.
 */
export const registerImport: RegisterCommand = (program: Command, context) => {
  program
    .command('import')
    .description('write declarations (Site, ProfileTemplates, Plans, empty pools) from an existing appliance')
    .requiredOption('--out <dir>', 'new (or empty) folder to write the declarations into')
    .option('--inventory <file>', 'read an exported inventory instead of the appliance (OV_* variables)')
    .option('--site <name>', 'the Site name to declare', 'site')
    .action(async (options: ImportOptions) => {
      const { runImport } = await import('../actions/import.js');
      await runImport(options, context());
    });
};

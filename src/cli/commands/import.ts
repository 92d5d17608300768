import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { connectAppliance, resolveConnectionConfig } from '../../adapters/oneview/index.js';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { InventorySnapshot } from '../../core/observed/inventory.js';
import { renderImport } from '../../declarations/render-import.js';
import { readInventoryFile } from '../runtime/file-inputs/read-inventory-file.js';
import type { RegisterCommand } from './index.js';

interface ImportOptions {
  readonly out: string;
  readonly inventory?: string;
  readonly site: string;
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

async function isEmptyOrMissing(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
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
      const { logger, stdout } = context();
      if (!DNS_LABEL.test(options.site))
        throw new PhoenixError('INTERNAL_INVALID_ARGUMENT', {
          option: '--site',
          expected: 'a lowercase DNS label',
        });
      const out = resolve(options.out);
      if (!(await isEmptyOrMissing(out)))
        throw new PhoenixError('INTERNAL_INVALID_ARGUMENT', {
          option: '--out',
          problem: 'the folder is not empty',
        });
      let snapshot: InventorySnapshot;
      if (options.inventory !== undefined) snapshot = await readInventoryFile(options.inventory);
      else {
        const config = await resolveConnectionConfig(null, process.env);
        const appliance = await connectAppliance(config, { logger });
        try {
          snapshot = await appliance.readInventory();
        } finally {
          await appliance.close();
        }
      }
      const files = renderImport(snapshot, { site: options.site });
      for (const [path, text] of files) {
        const target = join(out, path);
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, text, { flag: 'wx' });
      }
      logger.info({ out, files: files.size, templates: snapshot.templates.length }, 'declarations imported');
      stdout.write(`Wrote ${files.size} declaration files to ${options.out}.\n`);
    });
};

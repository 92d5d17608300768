import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { connectAppliance, resolveConnectionConfig } from '../../adapters/oneview/index.js';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { InventorySnapshot } from '../../core/observed/inventory.js';
import { renderImport } from '../../declarations/render-import.js';
import { readInventoryFile } from '../runtime/file-inputs/read-inventory-file.js';
import type { ImportOptions } from '../commands/import.js';
import type { CliContext } from '../commands/index.js';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

async function isEmptyOrMissing(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
}

/** `phoenix import`: declarations written from the live appliance or an exported inventory. */
export async function runImport(options: ImportOptions, { logger, stdout }: CliContext): Promise<void> {
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
}

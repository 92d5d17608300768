import { rename, writeFile } from 'node:fs/promises';
import { connectAppliance, resolveConnectionConfig } from '../../adapters/oneview/index.js';
import type { CliContext } from '../commands/index.js';
import type { InventoryExportOptions } from '../commands/inventory-export.js';
import { readRevision } from '../runtime/revisions/read-revision.js';

/** `phoenix inventory export`: the appliance of the Site of --repo (or of the OV_* variables) read and written as JSON. */
export async function runInventoryExport(
  options: InventoryExportOptions,
  { globals, logger, stdout }: CliContext,
): Promise<void> {
  const read =
    options.repo === undefined
      ? null
      : await readRevision(
          { repo: options.repo, ref: options.ref, path: options.path },
          { stateDir: globals.stateDir, logger, env: process.env },
        );
  const config = await resolveConnectionConfig(read?.desired.site ?? null, process.env);
  const appliance = await connectAppliance(config, { logger });
  try {
    const snapshot = await appliance.readInventory();
    const text = `${JSON.stringify(snapshot, null, 2)}\n`;
    if (options.out === undefined) {
      stdout.write(text);
    } else {
      const temporary = `${options.out}.${process.pid}.tmp`;
      await writeFile(temporary, text, { mode: 0o644 });
      await rename(temporary, options.out);
    }
    logger.info(
      {
        appliance: snapshot.appliance,
        hardware: snapshot.hardware.length,
        profiles: snapshot.profiles.length,
        fingerprint: snapshot.fingerprint,
        requests: appliance.stats.total,
        out: options.out ?? null,
      },
      'inventory exported',
    );
  } finally {
    await appliance.close();
  }
}

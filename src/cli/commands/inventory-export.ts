import { rename, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { connectAppliance, resolveConnectionConfig } from '../../adapters/oneview/index.js';
import { readRevision } from '../runtime/revisions/read-revision.js';
import type { RegisterCommand } from './index.js';

interface InventoryExportOptions {
  readonly repo?: string;
  readonly ref?: string;
  readonly path?: string;
  readonly out?: string;
}

/**
 * `phoenix inventory export`: reads the appliance of the Site of --repo (OV_* variables override it) and writes
 * the inventory snapshot as JSON (schemas/inventory.schema.json) for offline plans and to seed the simulator.
 */
export const registerInventoryExport: RegisterCommand = (program: Command, context) => {
  const inventory =
    program.commands.find((c) => c.name() === 'inventory') ??
    program.command('inventory').description('read the appliance inventory');
  inventory
    .command('export')
    .description('write the observed inventory of the appliance as JSON (no secrets)')
    .option('--repo <dir|url>', 'repository whose Site names the appliance (without it: OV_* variables only)')
    .option('--ref <ref>', 'branch, tag or commit SHA to read the Site from (default: the working tree)')
    .option('--path <subdir>', 'declarations root inside the repository', '')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (options: InventoryExportOptions) => {
      const { globals, logger, stdout } = context();
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
    });
};

import { rename, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import {
  connectAppliance,
  resolveConnectionConfig,
  type SiteConnection,
} from '../../adapters/oneview/index.js';
import { openWorkingTree } from '../../adapters/working-tree/working-tree-source.js';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import { loadDesiredState } from '../../declarations/load-desired-state.js';
import type { RegisterCommand } from './index.js';

interface InventoryExportOptions {
  readonly repo?: string;
  readonly path?: string;
  readonly out?: string;
}

async function siteOf(repo: string, path: string): Promise<SiteConnection> {
  const result = await loadDesiredState(await openWorkingTree(repo), path);
  if (result.desired === null) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    throw new PhoenixError('DECL_INVALID', { repo, errors: errors.length, first: errors[0] ?? null });
  }
  return result.desired.site;
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
    .option('--repo <dir>', 'repository whose Site names the appliance (without it: OV_* variables only)')
    .option('--path <subdir>', 'declarations root inside the repository', '')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (options: InventoryExportOptions) => {
      const { logger, stdout } = context();
      const site = options.repo === undefined ? null : await siteOf(options.repo, options.path ?? '');
      const config = await resolveConnectionConfig(site, process.env, {
        baseDir: resolve(options.repo ?? '.'),
      });
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

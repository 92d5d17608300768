import type { Command } from 'commander';
import type { RegisterCommand } from './index.js';

export interface InventoryExportOptions {
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
      const { runInventoryExport } = await import('../actions/inventory-export.js');
      await runInventoryExport(options, context());
    });
};

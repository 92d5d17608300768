import type { Command } from 'commander';
import { MAX_RELEASE_REASON } from '../../engine/quarantine/release-hardware.js';
import type { RegisterCommand } from './index.js';

/**
 * `phoenix quarantine list | release <hardware>`: the hardware the ledger keeps out of allocation after it
 * failed a node, and its release once repaired. A release is a ledger record; the appliance is not touched.
 * While `phoenix sync` holds the ledger, release through its API (POST /api/v1/quarantine/release) instead.
 */
export const registerQuarantine: RegisterCommand = (program: Command, context) => {
  const quarantine = program
    .command('quarantine')
    .description('list quarantined hardware, or release hardware once it is repaired');
  quarantine
    .command('list')
    .description('list the hardware the ledger keeps out of allocation, and why')
    .action(async () => {
      const { runQuarantineList } = await import('../actions/quarantine.js');
      await runQuarantineList(context());
    });
  quarantine
    .command('release')
    .description('let the planner allocate quarantined hardware again (recorded in the ledger)')
    .argument('<hardware>', 'the hardware URI as phoenix quarantine list shows it, or its last segment')
    .option(
      '--reason <text>',
      `why it is released, for the ledger (one line, up to ${MAX_RELEASE_REASON} characters)`,
    )
    .action(async (hardware: string, options: { reason?: string }) => {
      const { runQuarantineRelease } = await import('../actions/quarantine.js');
      await runQuarantineRelease(hardware, options, context());
    });
};

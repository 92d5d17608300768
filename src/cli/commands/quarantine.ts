import type { Command } from 'commander';
import { hasErrorCode, PhoenixError } from '../../core/errors/phoenix-error.js';
import {
  checkReleaseReason,
  MAX_RELEASE_REASON,
  releaseHardware,
} from '../../engine/quarantine/release-hardware.js';
import { openLedger, openReadOnlyLedger } from '../runtime/wiring/open-ledger.js';
import { runtimeClock } from '../runtime/clocks/runtime-clock.js';
import { renderQuarantineText, renderReleaseText } from '../views/quarantine-text.js';
import type { RegisterCommand } from './index.js';

const DEFAULT_REASON = 'released by an operator (phoenix quarantine release)';

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
      const { globals, logger, stdout } = context();
      const ledger = await openReadOnlyLedger(globals.stateDir, logger);
      try {
        const quarantined = ledger.readView().quarantined;
        stdout.write(
          globals.json ? `${JSON.stringify({ quarantined }, null, 2)}\n` : renderQuarantineText(quarantined),
        );
      } finally {
        await ledger.close();
      }
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
      const { globals, logger, stdout } = context();
      const reason = checkReleaseReason(options.reason ?? DEFAULT_REASON);
      if (reason === null) {
        throw new PhoenixError('INTERNAL_INVALID_ARGUMENT', {
          option: '--reason',
          expected: `one line of 1 to ${MAX_RELEASE_REASON} characters without control characters`,
        });
      }
      const ledger = await openLedger(globals.stateDir, logger).catch((error: unknown) => {
        if (!hasErrorCode(error, 'LEDGER_LOCKED')) throw error;
        throw new PhoenixError(
          'LEDGER_LOCKED',
          { ...error.details, release: 'while phoenix sync runs, POST /api/v1/quarantine/release to it' },
          { cause: error },
        );
      });
      try {
        const entry = await releaseHardware(ledger, runtimeClock(process.env), hardware, reason);
        logger.info(
          { hardwareUri: entry.hardwareUri, node: entry.node },
          'hardware released from quarantine',
        );
        stdout.write(
          globals.json
            ? `${JSON.stringify({ released: entry, reason }, null, 2)}\n`
            : renderReleaseText(entry, reason),
        );
      } finally {
        await ledger.close();
      }
    });
};

import { hasErrorCode, PhoenixError } from '../../core/errors/phoenix-error.js';
import {
  checkReleaseReason,
  MAX_RELEASE_REASON,
  releaseHardware,
} from '../../engine/quarantine/release-hardware.js';
import type { CliContext } from '../commands/index.js';
import { runtimeClock } from '../runtime/clocks/runtime-clock.js';
import { openLedger, openReadOnlyLedger } from '../runtime/wiring/open-ledger.js';
import { renderQuarantineText, renderReleaseText } from '../views/quarantine-text.js';

const DEFAULT_REASON = 'released by an operator (phoenix quarantine release)';

/** `phoenix quarantine list`: the hardware the ledger keeps out of allocation, and why. */
export async function runQuarantineList({ globals, logger, stdout }: CliContext): Promise<void> {
  const ledger = await openReadOnlyLedger(globals.stateDir, logger);
  try {
    const quarantined = ledger.readView().quarantined;
    stdout.write(
      globals.json ? `${JSON.stringify({ quarantined }, null, 2)}\n` : renderQuarantineText(quarantined),
    );
  } finally {
    await ledger.close();
  }
}

/** `phoenix quarantine release`: a ledger record that lets the planner allocate the hardware again. */
export async function runQuarantineRelease(
  hardware: string,
  options: { readonly reason?: string },
  { globals, logger, stdout }: CliContext,
): Promise<void> {
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
    logger.info({ hardwareUri: entry.hardwareUri, node: entry.node }, 'hardware released from quarantine');
    stdout.write(
      globals.json
        ? `${JSON.stringify({ released: entry, reason }, null, 2)}\n`
        : renderReleaseText(entry, reason),
    );
  } finally {
    await ledger.close();
  }
}

import { isPhoenixError } from '../../core/errors/phoenix-error.js';

/*
 * How the executor triages a failed step: whether to try the node on other hardware, whether to quarantine the
 * hardware it failed on, and what the report and the ledger say about it.
 */

/** The appliance attributes the failure to the hardware (a task error, the hardware Critical or gone). */
export function isAttributedToHardware(error: unknown): boolean {
  return (
    isPhoenixError(error) &&
    error.details['attribution'] === 'hardware' &&
    error.details['problem'] !== 'taken'
  );
}

/**
 * A failure worth trying the node elsewhere for: one attributed to the hardware, hardware another owner took,
 * or a verify timeout (the instance never came up). Only the first kind quarantines the hardware.
 */
export function isHardwareFault(error: unknown): boolean {
  return (
    isPhoenixError(error) &&
    (error.details['attribution'] === 'hardware' || error.code === 'APPLY_VERIFY_TIMEOUT')
  );
}

/** Code, message (with the appliance's own, when it gave one) and retry class, for the report and the ledger. */
export function describeFailure(error: unknown): {
  code: string;
  message: string;
  retry: 'transient' | 'terminal';
} {
  if (isPhoenixError(error)) {
    const applianceMessage = error.details['message'];
    const message =
      typeof applianceMessage === 'string' ? `${error.message} ${applianceMessage}` : error.message;
    return { code: error.code, message, retry: error.retry };
  }
  return {
    code: 'INTERNAL_UNEXPECTED',
    message: 'An unexpected error occurred; this is a bug in Phoenix.',
    retry: 'terminal',
  };
}

import type { ErrorSpec } from '../error-spec.js';

const terminal = (message: string, hint: string): ErrorSpec => ({
  message,
  retry: 'terminal',
  exitCode: 1,
  hint,
});

/**
 * Errors of the ledger (the journal and summary under the state directory). The ledger adapter raises them, and
 * the release of quarantined hardware the one about hardware that is not quarantined. Details name the file, and the line for a corrupt journal; records never hold attribute values.
 */
export const ledgerErrors = {
  LEDGER_LOCKED: {
    message: 'Another Phoenix process holds the ledger lock of this state directory.',
    retry: 'transient',
    exitCode: 1,
    hint: 'Wait for the process named in the details (pid, host) to finish; a lock left by a dead process on this host is taken over automatically.',
  },
  LEDGER_CORRUPT: terminal(
    'A line of the ledger journal is not a valid record, and it is not the last line.',
    'Restore the journal from a backup, or run phoenix ledger recover to set it aside and rebuild the summary from the profile stamps.',
  ),
  LEDGER_IO_FAILED: {
    message: 'The ledger could not be read or written.',
    retry: 'transient',
    exitCode: 1,
    hint: 'Check that the state directory (--state-dir, PHOENIX_STATE_DIR) exists, is writable and has free space.',
  },
  LEDGER_HARDWARE_NOT_QUARANTINED: terminal(
    'The hardware named is not quarantined in the ledger of this state directory.',
    'Name the hardware by the URI (or its last segment) that phoenix quarantine list shows; nothing was recorded.',
  ),
  LEDGER_SITE_MISMATCH: terminal(
    'The ledger of this state directory records another site; one state directory holds the ledger of one site.',
    'Give each site its own state directory (--state-dir or PHOENIX_STATE_DIR); nothing was recorded or applied.',
  ),
  LEDGER_READ_ONLY: terminal(
    'The ledger was opened for reading only and cannot record anything.',
    'Open it for writing (this is a bug in the command that tried to write).',
  ),
} as const satisfies Record<string, ErrorSpec>;

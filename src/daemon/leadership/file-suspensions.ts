import { clearSuspension, readSuspension, writeSuspension } from '../../adapters/ledger-file/index.js';
import type { Logger } from '../../ports/logger.js';
import type { SuspensionStore } from './replica.js';

/** The one process's suspension, kept in its state directory so that a restart does not resume. */
export function fileSuspensions(stateDir: string, logger: Logger): SuspensionStore {
  return {
    read: () => readSuspension(stateDir, logger),
    write: (since) => writeSuspension(stateDir, { since }),
    clear: () => clearSuspension(stateDir),
  };
}

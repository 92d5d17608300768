import { openFileLedger } from '../../adapters/ledger-file/index.js';
import { EMPTY_LEDGER_VIEW, type LedgerView } from '../../core/ledger/ledger-view.js';
import type { Logger } from '../../logging/create-logger.js';
import type { Ledger } from '../../ports/ledger.js';

/** The ledger of the state directory, locked for this process: for commands that write. */
export async function openLedger(stateDir: string, logger: Logger): Promise<Ledger> {
  return openFileLedger(stateDir, { logger });
}

/** The ledger of the state directory without taking its lock: for commands that only read. */
export async function openReadOnlyLedger(stateDir: string, logger: Logger): Promise<Ledger> {
  return openFileLedger(stateDir, { logger, readOnly: true });
}

/** What the planner needs from the ledger; an empty view when there is no ledger yet. */
export async function openLedgerView(stateDir: string, logger: Logger): Promise<LedgerView> {
  const ledger = await openReadOnlyLedger(stateDir, logger);
  try {
    return ledger.readView();
  } catch {
    return EMPTY_LEDGER_VIEW;
  } finally {
    await ledger.close();
  }
}

/** The ledger for `phoenix ledger recover`: a corrupt journal is set aside (kept beside it), not refused. */
export async function openLedgerForRecovery(stateDir: string, logger: Logger): Promise<Ledger> {
  return openFileLedger(stateDir, { logger, setAsideCorrupt: true });
}

import type { CliContext } from '../commands/index.js';
import { positiveInteger } from '../commands/option-values.js';
import { ledgerLocation, openReadOnlyLedger } from '../runtime/wiring/open-ledger.js';
import { renderHistoryText, renderStatusText } from '../views/ledger-text.js';

/** `phoenix status`: what the ledger says the site runs. */
export async function runStatus({ globals, logger, stdout }: CliContext): Promise<void> {
  const ledger = await openReadOnlyLedger(globals.stateDir, logger);
  try {
    const status = ledger.status();
    stdout.write(
      globals.json
        ? `${JSON.stringify(status, null, 2)}\n`
        : renderStatusText(status, ledgerLocation(globals.stateDir)),
    );
  } finally {
    await ledger.close();
  }
}

/** `phoenix history`: the runs of the ledger, newest first, with the quarantines and releases between them. */
export async function runHistory(
  options: { readonly limit: string },
  { globals, logger, stdout }: CliContext,
): Promise<void> {
  const limit = positiveInteger('--limit', options.limit);
  const ledger = await openReadOnlyLedger(globals.stateDir, logger);
  try {
    const runs = ledger.history(limit);
    stdout.write(
      globals.json
        ? `${JSON.stringify(runs, null, 2)}\n`
        : renderHistoryText(runs, ledger.hardwareEvents(limit), runs.length < limit),
    );
  } finally {
    await ledger.close();
  }
}

import { existsSync } from 'node:fs';
import { PhoenixError } from '../../../core/errors/phoenix-error.js';
import { EMPTY_LEDGER_VIEW, type LedgerView } from '../../../core/ledger/ledger-view.js';
import type { Logger } from '../../../ports/logger.js';
import type { Ledger } from '../../../ports/ledger.js';
import type { openFileLedger as openFileLedgerOf } from '../../../adapters/ledger-file/index.js';

type Env = Readonly<Record<string, string | undefined>>;

/** The file ledger of a state directory, its adapter loaded on first use: validate and offline plans read none. */
async function openFileLedger(...args: Parameters<typeof openFileLedgerOf>): Promise<Ledger> {
  const { openFileLedger: open } = await import('../../../adapters/ledger-file/index.js');
  return open(...args);
}

/**
 * The shared ledger that PHOENIX_DATABASE_URL and PHOENIX_SITE name, when both are set. A replica may serve
 * several sites (PHOENIX_SITE=a,b); a command reads the ledger of one, so a list is refused rather than read as a
 * site named "a,b" with an empty ledger.
 */
function sharedLedger(env: Env): { readonly url: string; readonly site: string } | null {
  const url = env['PHOENIX_DATABASE_URL']?.trim() ?? '';
  const site = env['PHOENIX_SITE']?.trim() ?? '';
  if (url === '' || site === '') return null;
  if (site.includes(','))
    throw new PhoenixError('CLI_INVALID_OPTION', {
      option: 'PHOENIX_SITE',
      value: site,
      problem: 'a command reads the ledger of one site: set PHOENIX_SITE to one of the names',
    });
  return { url, site };
}

/** Where the ledger that commands read lives, as a line for people: the state directory, or the replicas' database. */
export function ledgerLocation(stateDir: string, env: Env = process.env): string {
  const shared = sharedLedger(env);
  if (shared !== null) return `Ledger: the replicas' database (site ${shared.site})`;
  return existsSync(stateDir)
    ? `State directory: ${stateDir}`
    : `State directory: ${stateDir} (it does not exist: nothing was applied with it; check --state-dir)`;
}

/**
 * The ledger of the state directory, locked for this process: for commands that write. When the replicas' shared
 * ledger is configured, commands do not write it behind their back (LEDGER_SHARED_BY_REPLICAS).
 */
export async function openLedger(stateDir: string, logger: Logger, env: Env = process.env): Promise<Ledger> {
  const shared = sharedLedger(env);
  if (shared !== null) throw new PhoenixError('LEDGER_SHARED_BY_REPLICAS', { site: shared.site });
  return openFileLedger(stateDir, { logger });
}

/**
 * The ledger without taking its lock: for commands that only read. The replicas' shared ledger when
 * PHOENIX_DATABASE_URL and PHOENIX_SITE are set, else the state directory's.
 */
export async function openReadOnlyLedger(
  stateDir: string,
  logger: Logger,
  env: Env = process.env,
): Promise<Ledger> {
  const shared = sharedLedger(env);
  if (shared === null) return openFileLedger(stateDir, { logger, readOnly: true });
  const { openSharedLedgerForReading } = await import('../../../adapters/postgres/index.js');
  return openSharedLedgerForReading(shared.url, shared.site, env, { logger });
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
export async function openLedgerForRecovery(
  stateDir: string,
  logger: Logger,
  env: Env = process.env,
): Promise<Ledger> {
  const shared = sharedLedger(env);
  if (shared !== null) throw new PhoenixError('LEDGER_SHARED_BY_REPLICAS', { site: shared.site });
  return openFileLedger(stateDir, { logger, setAsideCorrupt: true });
}

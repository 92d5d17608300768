import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { QuarantineEntry } from '../../core/ledger/ledger-view.js';
import type { Clock } from '../../ports/clock.js';
import type { Ledger } from '../../ports/ledger.js';

/** The quarantined entry a name designates: its URI, or the URI's last segment (the hardware id). */
export function findQuarantined(
  quarantined: readonly QuarantineEntry[],
  hardware: string,
): QuarantineEntry | null {
  const name = hardware.trim();
  if (name === '') return null;
  return (
    quarantined.find((q) => q.hardwareUri === name) ??
    quarantined.find((q) => q.hardwareUri.split('/').at(-1) === name) ??
    null
  );
}

/**
 * Releases quarantined hardware: a `hardware-released` record in the ledger, after which the planner may
 * allocate it again. Only the ledger changes; the appliance is not touched. LEDGER_HARDWARE_NOT_QUARANTINED
 * (and nothing recorded) when the hardware is not quarantined.
 */
export async function releaseHardware(
  ledger: Ledger,
  clock: Clock,
  hardware: string,
  reason: string,
): Promise<QuarantineEntry> {
  const quarantined = ledger.readView().quarantined;
  const entry = findQuarantined(quarantined, hardware);
  if (entry === null) {
    throw new PhoenixError('LEDGER_HARDWARE_NOT_QUARANTINED', {
      hardware,
      quarantined: quarantined.map((q) => q.hardwareUri),
    });
  }
  await ledger.append({
    type: 'hardware-released',
    at: new Date(clock.wallNow?.() ?? clock.now()).toISOString(),
    hardwareUri: entry.hardwareUri,
    reason,
  });
  return entry;
}

/** Longest reason a release records. */
export const MAX_RELEASE_REASON = 200;

/**
 * The reason a person gives for a release, checked: one line of at most MAX_RELEASE_REASON characters, no
 * control characters (it is written into the ledger and shown by `phoenix history`). Null when it is not.
 */
export function checkReleaseReason(reason: string): string | null {
  const text = reason.trim();
  // eslint-disable-next-line no-control-regex
  if (text === '' || text.length > MAX_RELEASE_REASON || /[\u0000-\u001f\u007f]/.test(text)) return null;
  return text;
}

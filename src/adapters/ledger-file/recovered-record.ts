import type { ObservedProfile } from '../../core/observed/inventory.js';
import { stampedFleet } from '../../core/stamp/stamped-fleet.js';
import type { RecoveredRecord } from '../../ports/ledger.js';

/**
 * What the stamps of a site's profiles say, as a ledger record: per node its newest generation and the revision
 * that built it, and as the applied revision the one core's `stampedFleet` rule chooses (the rule `phoenix
 * rebuild` follows too).
 */
export function recoveredRecord(
  site: string,
  profiles: readonly ObservedProfile[],
  at: string,
): RecoveredRecord {
  const fleet = stampedFleet(
    site,
    profiles.map((profile) => profile.stamp),
  );
  return { type: 'recovered', site, revision: fleet.revision, nodes: Object.fromEntries(fleet.nodes), at };
}

import type { ObservedProfile } from '../../../core/observed/inventory.js';
import { stampedFleet } from '../../../core/stamp/stamped-fleet.js';

/**
 * The revision prefix (12 hex) a site's stamped profiles vote for: what the fleet was last built from when the
 * ledger is gone. The rule is core's `stampedFleet`, the same one `phoenix ledger recover` records.
 */
export function mostStampedRevision(site: string, profiles: readonly ObservedProfile[]): string | null {
  return stampedFleet(
    site,
    profiles.map((profile) => profile.stamp),
  ).revision;
}

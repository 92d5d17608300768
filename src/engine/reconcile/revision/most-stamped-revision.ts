import type { ObservedProfile } from '../../../core/observed/inventory.js';

/**
 * The revision prefix (12 hex) that most of a site's stamped profiles carry: what the fleet was last built from
 * when the ledger is gone. Ties go to the prefix whose nodes have the highest generation, then to the smallest
 * prefix, so the answer never depends on listing order. Null when no profile carries the site's stamp.
 */
export function mostStampedRevision(site: string, profiles: readonly ObservedProfile[]): string | null {
  const tally = new Map<string, { count: number; gen: number }>();
  for (const profile of profiles) {
    const stamp = profile.stamp;
    if (stamp === null || stamp.site !== site) continue;
    const entry = tally.get(stamp.rev) ?? { count: 0, gen: 0 };
    entry.count += 1;
    entry.gen = Math.max(entry.gen, stamp.gen);
    tally.set(stamp.rev, entry);
  }
  let best: [string, { count: number; gen: number }] | null = null;
  for (const candidate of tally) {
    if (best === null) {
      best = candidate;
      continue;
    }
    const [rev, { count, gen }] = candidate;
    const [bestRev, b] = best;
    if (count > b.count || (count === b.count && (gen > b.gen || (gen === b.gen && rev < bestRev))))
      best = candidate;
  }
  return best?.[0] ?? null;
}

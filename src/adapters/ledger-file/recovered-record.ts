import type { ObservedProfile } from '../../core/observed/inventory.js';
import type { RecoveredRecord } from '../../ports/ledger.js';

/**
 * What the stamps of a site's profiles say: per node its newest generation and the revision (12-hex prefix) that
 * built it, and as the applied revision the one most nodes carry (ties go to the smaller prefix, so the answer
 * does not depend on the order of the profiles).
 */
export function recoveredRecord(
  site: string,
  profiles: readonly ObservedProfile[],
  at: string,
): RecoveredRecord {
  const nodes = new Map<string, { rev: string; gen: number }>();
  for (const { stamp } of profiles) {
    if (stamp === null || stamp.site !== site) continue;
    const known = nodes.get(stamp.node);
    if (known === undefined || stamp.gen > known.gen)
      nodes.set(stamp.node, { rev: stamp.rev, gen: stamp.gen });
  }
  const votes = new Map<string, number>();
  for (const { rev } of nodes.values()) votes.set(rev, (votes.get(rev) ?? 0) + 1);
  let revision: string | null = null;
  let best = 0;
  for (const [rev, count] of votes) {
    if (count > best || (count === best && revision !== null && rev < revision)) {
      revision = rev;
      best = count;
    }
  }
  const sorted = [...nodes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { type: 'recovered', site, revision, nodes: Object.fromEntries(sorted), at };
}

import { compareText } from '../plan/inventory-index.js';
import type { Stamp } from './stamp.js';

/** What one node's stamps say: the revision (12-hex prefix) of its newest generation. */
export interface StampedNode {
  readonly rev: string;
  readonly gen: number;
}

/** What the stamps of a site's profiles say about its fleet when the ledger cannot. */
export interface StampedFleet {
  /** Per node, sorted by name: its newest generation and the revision that built it. */
  readonly nodes: ReadonlyMap<string, StampedNode>;
  /** The revision prefix most nodes carry; null when no profile carries the site's stamp. */
  readonly revision: string | null;
}

/**
 * The one rule for the revision a fleet was last built from, read from its stamps. Each node votes once, for the
 * revision of its newest generation (a node being replaced has two profiles; the newer one speaks for it; equal
 * generations go to the smaller prefix). The revision with most votes wins; a tie goes to the revision that built
 * the highest generation (the later rollout), then to the smaller prefix, so the answer never depends on the
 * order the profiles were listed in.
 */
export function stampedFleet(site: string, stamps: Iterable<Stamp | null>): StampedFleet {
  const nodes = new Map<string, StampedNode>();
  for (const stamp of stamps) {
    if (stamp === null || stamp.site !== site) continue;
    const known = nodes.get(stamp.node);
    if (
      known === undefined ||
      stamp.gen > known.gen ||
      (stamp.gen === known.gen && compareText(stamp.rev, known.rev) < 0)
    )
      nodes.set(stamp.node, { rev: stamp.rev, gen: stamp.gen });
  }
  const votes = new Map<string, { count: number; gen: number }>();
  for (const { rev, gen } of nodes.values()) {
    const tally = votes.get(rev) ?? { count: 0, gen: 0 };
    votes.set(rev, { count: tally.count + 1, gen: Math.max(tally.gen, gen) });
  }
  let revision: string | null = null;
  let best = { count: 0, gen: 0 };
  for (const [rev, tally] of votes) {
    const wins =
      revision === null ||
      tally.count > best.count ||
      (tally.count === best.count &&
        (tally.gen > best.gen || (tally.gen === best.gen && compareText(rev, revision) < 0)));
    if (wins) {
      revision = rev;
      best = tally;
    }
  }
  const sorted = [...nodes].sort(([a], [b]) => compareText(a, b));
  return { nodes: new Map(sorted), revision };
}

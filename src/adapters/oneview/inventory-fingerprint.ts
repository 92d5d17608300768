import { createHash } from 'node:crypto';
import { canonicalJson } from '../../core/desired/canonical-json.js';
import { sortCollections, type SnapshotCollections } from '../../core/observed/snapshot-collections.js';

/** The parts of a snapshot the planner reads: every collection, not where and when it was read. */
export type FingerprintInput = SnapshotCollections;

/**
 * sha256 hex over the canonical JSON of exactly what the planner reads (eTags included), collections in URI
 * order: the same appliance state gives the same fingerprint whatever order the pages came in.
 */
export function inventoryFingerprint(input: FingerprintInput): string {
  return createHash('sha256')
    .update(canonicalJson(sortCollections(input)))
    .digest('hex');
}

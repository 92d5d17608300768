import { writeCanonicalJson, type TextDigest } from '../desired/canonical-json.js';
import { compareText } from '../plan/inventory-index.js';
import { SNAPSHOT_COLLECTIONS, type SnapshotCollections } from './snapshot-collections.js';

/** The parts of a snapshot the planner reads: every collection, not where and when it was read. */
export type FingerprintInput = SnapshotCollections;

/** A fresh sha256 (node:crypto's `createHash('sha256')`): the core computes no hash itself. */
export interface Sha256 extends TextDigest {
  digest(encoding: 'hex'): string;
}

/** The items in URI order; a list already in order (the usual case) is not copied. */
function byUri<T extends { readonly uri: string }>(items: readonly T[]): readonly T[] {
  for (let i = 1; i < items.length; i++) {
    if (items[i - 1]!.uri > items[i]!.uri) return [...items].sort((a, b) => compareText(a.uri, b.uri));
  }
  return items;
}

/**
 * The inventory fingerprint: sha256 hex over the canonical JSON of exactly what the planner reads (eTags
 * included), collections in URI order, so the same appliance state gives the same fingerprint whatever order the
 * pages came in. The one definition, for snapshots read from an appliance and for synthesized ones; the text is
 * fed to the hash in chunks, never held whole.
 */
export function inventoryFingerprint(input: FingerprintInput, sha256: Sha256): string {
  const sorted: Record<string, readonly { readonly uri: string }[]> = {};
  for (const name of SNAPSHOT_COLLECTIONS) sorted[name] = byUri(input[name]);
  writeCanonicalJson(sha256, sorted);
  return sha256.digest('hex');
}

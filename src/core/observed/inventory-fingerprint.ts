import { writeCanonicalJson, type TextDigest } from '../desired/canonical-json.js';
import type { InventorySnapshot } from './inventory.js';

/** The parts of a snapshot the planner reads: everything except where and when it was read. */
export type FingerprintInput = Omit<
  InventorySnapshot,
  'formatVersion' | 'appliance' | 'apiVersion' | 'takenAt' | 'fingerprint'
>;

/** A fresh sha256 (node:crypto's `createHash('sha256')`): the core computes no hash itself. */
export interface Sha256 extends TextDigest {
  digest(encoding: 'hex'): string;
}

function byUri<T extends { readonly uri: string }>(items: readonly T[]): readonly T[] {
  for (let i = 1; i < items.length; i++) {
    if (items[i - 1]!.uri > items[i]!.uri)
      return [...items].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
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
  writeCanonicalJson(sha256, {
    enclosures: byUri(input.enclosures),
    enclosureGroups: byUri(input.enclosureGroups),
    hardwareTypes: byUri(input.hardwareTypes),
    hardware: byUri(input.hardware),
    templates: byUri(input.templates),
    profiles: byUri(input.profiles),
    deploymentPlans: byUri(input.deploymentPlans),
    goldenImages: byUri(input.goldenImages),
    networks: byUri(input.networks),
    networkSets: byUri(input.networkSets),
    firmwareBundles: byUri(input.firmwareBundles),
  });
  return sha256.digest('hex');
}

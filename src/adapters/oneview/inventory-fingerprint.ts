import { createHash } from 'node:crypto';
import { canonicalJson } from '../../core/desired/canonical-json.js';
import type { InventorySnapshot } from '../../core/observed/inventory.js';

/** The parts of a snapshot the planner reads: everything except where and when it was read. */
export type FingerprintInput = Omit<
  InventorySnapshot,
  'formatVersion' | 'appliance' | 'apiVersion' | 'takenAt' | 'fingerprint'
>;

function byUri<T extends { readonly uri: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
}

/**
 * sha256 hex over the canonical JSON of exactly what the planner reads (eTags included), collections in URI
 * order: the same appliance state gives the same fingerprint whatever order the pages came in.
 */
export function inventoryFingerprint(input: FingerprintInput): string {
  const canonical = canonicalJson({
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
  return createHash('sha256').update(canonical).digest('hex');
}

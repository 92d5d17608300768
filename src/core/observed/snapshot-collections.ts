import { compareText } from '../plan/inventory-index.js';
import type { InventorySnapshot } from './inventory.js';

/** Every collection of an inventory snapshot: the one list the appliance, the fingerprint and file readers share. */
export const SNAPSHOT_COLLECTIONS = [
  'enclosures',
  'enclosureGroups',
  'hardwareTypes',
  'hardware',
  'templates',
  'profiles',
  'deploymentPlans',
  'goldenImages',
  'networks',
  'networkSets',
  'firmwareBundles',
] as const satisfies readonly (keyof InventorySnapshot)[];

export type SnapshotCollection = (typeof SNAPSHOT_COLLECTIONS)[number];

/** The collections of a snapshot without where and when it was read. */
export type SnapshotCollections = Pick<InventorySnapshot, SnapshotCollection>;

type ListFields = {
  [K in keyof InventorySnapshot]: InventorySnapshot[K] extends readonly unknown[] ? K : never;
}[keyof InventorySnapshot];

/** Fails to compile when InventorySnapshot gains a list that SNAPSHOT_COLLECTIONS does not name. */
const everyListNamed: [Exclude<ListFields, SnapshotCollection>] extends [never] ? true : never = true;
void everyListNamed;

function byUri<T extends { readonly uri: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareText(a.uri, b.uri));
}

/** Each collection sorted by URI: the same appliance state reads the same whatever order its pages came in. */
export function sortCollections(collections: SnapshotCollections): SnapshotCollections {
  const sorted: Record<string, readonly { readonly uri: string }[]> = {};
  for (const name of SNAPSHOT_COLLECTIONS) sorted[name] = byUri(collections[name]);
  return sorted as unknown as SnapshotCollections;
}

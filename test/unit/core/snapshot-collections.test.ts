import { describe, expect, it } from 'vitest';
import { inventoryFingerprint } from '../../../src/adapters/oneview/inventory-fingerprint.js';
import {
  SNAPSHOT_COLLECTIONS,
  sortCollections,
  type SnapshotCollections,
} from '../../../src/core/observed/snapshot-collections.js';
import { demoInventory } from '../../support/builders/inventory.js';

describe('SNAPSHOT_COLLECTIONS: the one list of what a snapshot holds', () => {
  it('names every list of a snapshot', () => {
    const snapshot = demoInventory();
    const lists = Object.entries(snapshot)
      .filter(([, value]) => Array.isArray(value))
      .map(([key]) => key);
    expect([...SNAPSHOT_COLLECTIONS].sort()).toEqual(lists.sort());
  });

  it('sorts every collection by URI', () => {
    const snapshot = demoInventory();
    const reversed = Object.fromEntries(
      SNAPSHOT_COLLECTIONS.map((name) => [name, [...snapshot[name]].reverse()]),
    ) as unknown as SnapshotCollections;
    const sorted = sortCollections(reversed);
    for (const name of SNAPSHOT_COLLECTIONS) {
      const uris = sorted[name].map((item) => item.uri);
      expect(uris).toEqual([...uris].sort());
    }
    expect(inventoryFingerprint(reversed)).toBe(inventoryFingerprint(snapshot));
  });

  it.each(SNAPSHOT_COLLECTIONS)('the fingerprint covers %s', (name) => {
    const snapshot = demoInventory();
    const more = { ...snapshot, [name]: [...snapshot[name], { uri: '/rest/zz/added', name: 'added' }] };
    expect(inventoryFingerprint(more)).not.toBe(inventoryFingerprint(snapshot));
  });
});

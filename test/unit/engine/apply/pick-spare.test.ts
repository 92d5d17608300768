import { describe, expect, it } from 'vitest';
import { countPassedOver, pickSpare } from '../../../../src/engine/apply/pick-spare.js';
import { desiredNode } from '../../../support/builders/desired.js';
import { demoInventory, hardwareUri, patchHardware } from '../../../support/builders/inventory.js';

const node = desiredNode({ name: 'docker-01', pool: 'docker-hosts' });

describe('a spare for a failover', () => {
  it('takes the first free, healthy, matching hardware the run does not pass over', () => {
    const inventory = demoInventory({ frames: 1 });
    expect(pickSpare(inventory, node, 'docker-hosts', new Set([hardwareUri(1, 1)]))?.uri).toBe(
      hardwareUri(1, 2),
    );
  });

  it('finds none only when every matching bay is passed over, and says how many were', () => {
    // One frame: bays 1-8 match the node's hardware type; bay 8 is Critical.
    const inventory = patchHardware(demoInventory({ frames: 1 }), hardwareUri(1, 8), { status: 'Critical' });
    const held = new Set([1, 2, 3, 4, 5, 6, 7].map((bay) => hardwareUri(1, bay)));
    expect(pickSpare(inventory, node, 'docker-hosts', held)).toBeNull();
    expect(countPassedOver(inventory, node, 'docker-hosts', held)).toBe(7);
    held.delete(hardwareUri(1, 7));
    expect(pickSpare(inventory, node, 'docker-hosts', held)?.uri).toBe(hardwareUri(1, 7));
  });
});

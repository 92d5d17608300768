import type { DesiredNode } from '../../core/desired/desired-state.js';
import type { InventorySnapshot, ObservedHardware } from '../../core/observed/inventory.js';
import { HardwareAllocator } from '../../core/plan/hardware-allocator.js';
import { indexInventory } from '../../core/plan/inventory-index.js';

/**
 * Another spare for a node whose hardware failed mid-apply, chosen by the planner's own allocation rules over a
 * fresh inventory. `excluded` holds quarantined hardware and hardware other changes of the run hold.
 */
/**
 * How many free, healthy hardware of the node's selection this run passes over (failed here, quarantined, or
 * held by its other changes): said with APPLY_NO_SPARE_HARDWARE so that "no spare" is never a mystery.
 */
export function countPassedOver(
  snapshot: InventorySnapshot,
  node: DesiredNode,
  pool: string | null,
  excluded: ReadonlySet<string>,
): number {
  const unpinned = { ...node, hardware: { ...node.hardware, pin: null } };
  const allocator = new HardwareAllocator(indexInventory(snapshot), new Set(), []);
  let passedOver = 0;
  for (
    let spare = allocator.takeSpare(unpinned, pool);
    spare !== null;
    spare = allocator.takeSpare(unpinned, pool)
  )
    if (excluded.has(spare.uri)) passedOver += 1;
  return passedOver;
}

export function pickSpare(
  snapshot: InventorySnapshot,
  node: DesiredNode,
  pool: string | null,
  excluded: ReadonlySet<string>,
): ObservedHardware | null {
  const allocator = new HardwareAllocator(indexInventory(snapshot), excluded, []);
  return allocator.takeSpare({ ...node, hardware: { ...node.hardware, pin: null } }, pool);
}

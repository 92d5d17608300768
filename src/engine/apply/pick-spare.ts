import type { DesiredNode } from '../../core/desired/desired-state.js';
import type { InventorySnapshot, ObservedHardware } from '../../core/observed/inventory.js';
import { HardwareAllocator } from '../../core/plan/hardware-allocator.js';
import { indexInventory } from '../../core/plan/inventory-index.js';

/**
 * Another spare for a node whose hardware failed mid-apply, chosen by the planner's own allocation rules over a
 * fresh inventory. `excluded` holds quarantined hardware and hardware other changes of the run hold.
 */
export function pickSpare(
  snapshot: InventorySnapshot,
  node: DesiredNode,
  pool: string | null,
  excluded: ReadonlySet<string>,
): ObservedHardware | null {
  const allocator = new HardwareAllocator(indexInventory(snapshot), excluded, []);
  return allocator.takeSpare({ ...node, hardware: { ...node.hardware, pin: null } }, pool);
}

import type { DesiredNode } from '../desired/desired-state.js';
import type { ObservedHardware } from '../observed/inventory.js';
import type { BlockedBy } from './blocked-by.js';
import type { ChangeDraft } from './change-draft.js';
import { formatPin } from './hardware-allocator.js';
import type { PlanContext } from './plan-context.js';
import type { AllocationSource } from './plan-step.js';

export interface HardwareChoice {
  readonly hardware: ObservedHardware;
  readonly source: AllocationSource;
  readonly releasedBy: string | null;
  readonly surge: boolean;
}

function choosePinned(draft: ChangeDraft, node: DesiredNode, ctx: PlanContext): HardwareChoice | BlockedBy {
  const { allocator } = ctx;
  const pin = node.hardware.pin!;
  const hardware = allocator.resolvePin(pin);
  if (hardware === null) return { kind: 'pinned-hardware-not-found', pin: formatPin(pin) };
  const problem = allocator.problemWith(hardware, node.hardware);
  if (problem !== null) return { kind: 'pinned-hardware-unusable', hardwareUri: hardware.uri, problem };
  if (draft.instance?.hardware?.uri === hardware.uri) {
    allocator.take(hardware, null);
    return { hardware, source: 'reuse', releasedBy: null, surge: false };
  }
  if (allocator.isFree(hardware)) {
    allocator.take(hardware, draft.pool);
    return { hardware, source: 'pinned', releasedBy: null, surge: false };
  }
  const releasedBy = allocator.isUsed(hardware.uri) ? null : allocator.releasedBy(hardware.uri);
  if (releasedBy !== null) {
    allocator.take(hardware, draft.pool);
    return { hardware, source: 'released', releasedBy, surge: false };
  }
  return { kind: 'pinned-hardware-busy', hardwareUri: hardware.uri, profileUri: hardware.profileUri };
}

/**
 * Hardware for a create, replace or heal. Pins resolve by enclosure and bay or by serial number. A replace
 * reuses its hardware (after the recycle) unless the pool allows a surge and a spare exists; a heal moves to a
 * spare. When no spare is left, hardware freed by a delete of this plan is used instead, and a heal of a profile
 * in error on healthy hardware starts over on that hardware.
 */
export function chooseHardware(
  draft: ChangeDraft,
  node: DesiredNode,
  ctx: PlanContext,
): HardwareChoice | BlockedBy {
  if (node.hardware.pin !== null) return choosePinned(draft, node, ctx);
  const { allocator } = ctx;
  const old = draft.instance?.hardware ?? null;
  if (draft.action === 'replace') {
    if (draft.pool !== null && node.rollout.maxSurge >= 1) {
      const spare = allocator.takeSpare(node, draft.pool);
      if (spare !== null) return { hardware: spare, source: 'spare', releasedBy: null, surge: true };
    }
    if (old !== null && allocator.problemWith(old, node.hardware) === null && !allocator.isUsed(old.uri)) {
      allocator.take(old, null);
      return { hardware: old, source: 'reuse', releasedBy: null, surge: false };
    }
  }
  const spare = allocator.takeSpare(node, draft.pool);
  if (spare !== null) return { hardware: spare, source: 'spare', releasedBy: null, surge: false };
  const released = allocator.takeReleased(node, draft.pool);
  if (released !== null) return { ...released, source: 'released', surge: false };
  // A heal of a profile in error on healthy hardware can start over on that same hardware.
  if (
    draft.action === 'heal' &&
    draft.instance?.fault === 'profile-error' &&
    old !== null &&
    allocator.problemWith(old, node.hardware) === null &&
    !allocator.isUsed(old.uri)
  ) {
    allocator.take(old, null);
    return { hardware: old, source: 'reuse', releasedBy: null, surge: false };
  }
  return {
    kind: 'no-spare-hardware',
    hardwareType: node.hardware.serverHardwareType,
    enclosureGroup: node.hardware.enclosureGroup,
  };
}

import type { DesiredNode } from '../desired/desired-state.js';
import type { ObservedHardware, ObservedProfile } from '../observed/inventory.js';
import type { FaultKind } from './blocked-by.js';
import { compareText, sortedByText, type InventoryIndex } from './inventory-index.js';
import type { NodeCondition } from './reconcile-plan.js';

/** One owned profile, with its hardware and what state it is in. */
export interface ObservedInstance {
  readonly node: string;
  readonly profile: ObservedProfile;
  readonly hardware: ObservedHardware | null;
  readonly condition: Exclude<NodeCondition, 'absent'>;
  readonly fault: FaultKind | null;
  /** Drifted because it was edited outside Git (OneView: NonCompliant), not because its spec changed. */
  readonly edited: boolean;
}

/** The inventory's profiles sorted into what Phoenix owns, what conflicts with it and what it ignores. */
export interface ObservedClassification {
  /** Owned instances per node name; the first is the node's instance, any others are duplicates. */
  readonly owned: ReadonlyMap<string, readonly ObservedInstance[]>;
  /** Desired node name -> a profile of that name that Phoenix does not own. */
  readonly conflicts: ReadonlyMap<string, ObservedProfile>;
  /** Profiles Phoenix does not own and that collide with nothing: ignored. */
  readonly foreign: readonly ObservedProfile[];
}

const BUSY_HARDWARE_STATES = new Set(['ApplyingProfile', 'RemovingProfile', 'Adding', 'Removing']);

/** Which fault, if any, an owned profile shows. Hardware gone outranks Critical, which outranks a profile error. */
export function detectFault(profile: ObservedProfile, hardware: ObservedHardware | null): FaultKind | null {
  if (hardware === null || hardware.state === 'Removed') return 'hardware-gone';
  if (hardware.status === 'Critical') return 'hardware-critical';
  if (
    profile.status === 'Critical' ||
    /Failed$/.test(profile.state) ||
    profile.state === 'Error' ||
    hardware.state === 'ProfileError'
  ) {
    return 'profile-error';
  }
  return null;
}

function conditionOf(
  profile: ObservedProfile,
  hardware: ObservedHardware | null,
  desired: DesiredNode | undefined,
): { condition: ObservedInstance['condition']; fault: FaultKind | null; edited?: true } {
  if (profile.inProgress || (hardware !== null && BUSY_HARDWARE_STATES.has(hardware.state))) {
    return { condition: 'in-flight', fault: null };
  }
  const fault = detectFault(profile, hardware);
  if (fault !== null) return { condition: 'faulted', fault };
  if (desired !== undefined && profile.stamp?.spec !== desired.specHash.slice(0, 16)) {
    return { condition: 'drifted', fault: null };
  }
  if (desired !== undefined && profile.templateCompliance === 'NonCompliant') {
    return { condition: 'drifted', fault: null, edited: true };
  }
  if (hardware?.powerState !== 'On') return { condition: 'incomplete', fault: null };
  return { condition: 'ready', fault: null };
}

/** The node's own instance first: the profile named after it, then the newest generation, then by URI. */
function compareInstances(node: string) {
  return (a: ObservedInstance, b: ObservedInstance): number => {
    const named = Number(b.profile.name === node) - Number(a.profile.name === node);
    if (named !== 0) return named;
    const gen = (b.profile.stamp?.gen ?? 0) - (a.profile.stamp?.gen ?? 0);
    return gen !== 0 ? gen : compareText(a.profile.uri, b.profile.uri);
  };
}

/**
 * Owned = stamped with this site. An unowned profile named like a desired node is a conflict; every other
 * unowned profile is foreign and ignored (its hardware is simply not free).
 */
export function classifyObserved(
  site: string,
  desiredByName: ReadonlyMap<string, DesiredNode>,
  index: InventoryIndex,
): ObservedClassification {
  const owned = new Map<string, ObservedInstance[]>();
  const conflicts = new Map<string, ObservedProfile>();
  const foreign: ObservedProfile[] = [];
  const profiles = sortedByText(index.snapshot.profiles, (p) => p.uri);
  for (const profile of profiles) {
    const stamp = profile.stamp;
    if (stamp === null || stamp.site !== site) {
      if (desiredByName.has(profile.name) && !conflicts.has(profile.name))
        conflicts.set(profile.name, profile);
      else foreign.push(profile);
      continue;
    }
    const hardware =
      profile.hardwareUri === null ? null : (index.hardwareByUri.get(profile.hardwareUri) ?? null);
    const { condition, fault, edited } = conditionOf(profile, hardware, desiredByName.get(stamp.node));
    const list = owned.get(stamp.node) ?? [];
    list.push({ node: stamp.node, profile, hardware, condition, fault, edited: edited === true });
    owned.set(stamp.node, list);
  }
  for (const [node, list] of owned) if (list.length > 1) list.sort(compareInstances(node));
  return { owned, conflicts, foreign };
}

import { errorBody, type ErrorBody } from './error-body.js';
import type { SimAppliance } from './sim-appliance.js';
import { touch, type HardwareWire, type ProfileWire } from './wire-types.js';

/** A profile task under way: the profile in `state` and busy; its hardware, if given, in `hwState` and locked. */
export function markProfileBusy(
  sim: SimAppliance,
  profile: ProfileWire,
  state: string,
  hw?: HardwareWire | null,
  hwState = 'ApplyingProfile',
): void {
  profile.state = state;
  profile.inProgress = true;
  touch(profile, sim.now());
  if (hw) {
    hw.state = hwState;
    hw.powerLock = true;
    touch(hw, sim.now(), 'time');
  }
}

/** A profile whose task failed: `state` (CreateFailed, UpdateFailed, DeleteFailed), Critical, no longer busy. */
export function markProfileFailed(sim: SimAppliance, profile: ProfileWire, state: string): void {
  profile.state = state;
  profile.status = 'Critical';
  profile.inProgress = false;
  touch(profile, sim.now());
}

/** Hardware after a failed profile task: ProfileError where a profile was applied, else as it was; unlocked. */
export function markHardwareFailed(
  sim: SimAppliance,
  hw: HardwareWire,
  previousState: string | undefined,
): void {
  hw.state =
    previousState === undefined || previousState === 'ProfileApplied' ? 'ProfileError' : previousState;
  hw.powerLock = false;
  touch(hw, sim.now(), 'time');
}

/** The task error of a change the hardware's power state does not allow. */
export function poweredOn(hw: HardwareWire, action: 'assign' | 'edit' | 'delete'): ErrorBody {
  const what =
    action === 'edit'
      ? 'Some server profile attributes cannot be changed while the server hardware is powered on.'
      : `The server hardware ${hw.name} is powered on; a server profile can only be ${action === 'assign' ? 'assigned to' : 'removed from'} server hardware that is powered off.`;
  return errorBody('ServerNotOffWithCauseForNoServerChange', what, {
    recommendedActions: ['Power off the server or adjust the settings and retry.'],
    errorSource: hw.uri,
  });
}

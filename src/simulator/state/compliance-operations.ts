import { httpError } from './error-body.js';
import { markHardwareFailed, markProfileBusy, markProfileFailed, poweredOn } from './profile-marks.js';
import type { SimAppliance } from './sim-appliance.js';
import { applyTemplate, changesFirmware } from './template-compliance.js';
import { touch, type ProfileWire, type TaskWire } from './wire-types.js';

/**
 * `PATCH /rest/server-profiles/{id}` `[{op: replace, path: /templateCompliance, value: Compliant}]`: brings the
 * profile in line with its template (the automatic updates of its compliance preview) as a task. Changes that
 * need the server off fail while it is on; a firmware baseline change adds the firmware install time; manual
 * updates are left, so the profile stays NonCompliant until someone makes them.
 */
export function updateFromTemplate(sim: SimAppliance, profile: ProfileWire, owner: string): TaskWire {
  const report = sim.complianceReport(profile);
  if (!report)
    throw httpError(
      400,
      'PROFILE_NOT_FROM_TEMPLATE',
      `The server profile ${profile.name} is not associated with a server profile template.`,
      { errorSource: profile.uri, recommendedActions: ['Associate the profile with a template first.'] },
    );
  const hw = profile.serverHardwareUri ? sim.state.hardware.get(profile.serverHardwareUri) : undefined;
  const validation = hw && hw.powerState !== 'Off' && !report.isOnlineUpdate ? poweredOn(hw, 'edit') : null;
  const firmware = changesFirmware(report);
  const previousHwState = hw?.state;
  return sim.tasks.start({
    kind: 'profile-update',
    name: 'Update',
    owner,
    resource: { uri: profile.uri, category: 'server-profiles', name: profile.name },
    durationMs: sim.durations.profileUpdate + (firmware ? sim.durations.firmwareInstall : 0),
    steps: report.automaticUpdates.length > 0 ? report.automaticUpdates : ['Apply server settings.'],
    runningStatus: 'Applying',
    successStatus: `Updated server profile: ${profile.name}.`,
    failureStatus: `Unable to update server profile from template: ${profile.name}.`,
    validationError: validation,
    onStart: () => markProfileBusy(sim, profile, 'Updating', hw),
    onComplete: () => {
      // The template may have changed while the task ran: apply what it says now.
      const now = sim.complianceReport(profile);
      if (now) applyTemplate(sim.state.templates.get(profile.serverProfileTemplateUri ?? '')!, profile, now);
      profile.state = 'Normal';
      profile.inProgress = false;
      touch(profile, sim.now());
      sim.refreshCompliance(profile);
      if (hw) {
        hw.state = 'ProfileApplied';
        hw.powerLock = false;
        touch(hw, sim.now(), 'time');
      }
    },
    onFail: (fault) => {
      markProfileFailed(sim, profile, 'UpdateFailed');
      if (hw) markHardwareFailed(sim, hw, previousHwState);
      return sim.taskFaultError(fault, hw);
    },
  });
}

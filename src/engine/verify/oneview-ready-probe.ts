import type { CheckResult } from '../../ports/checks.js';
import type { Appliance } from '../../ports/appliance.js';
import { hardwareUnusable } from '../apply/watch-hardware.js';
import type { ReadinessProbe } from './wait-until-ready.js';

const HEALTHY = new Set(['OK', 'Warning']);

export const ONEVIEW_CHECK_NAME = 'oneview';

/**
 * The implicit OneView check of every node: its profile applied (state Normal, no task running, health OK or
 * Warning) on the expected hardware, and that hardware On with health OK or Warning. Hardware that reads
 * Critical or is gone fails the verify at once with APPLY_HARDWARE_UNUSABLE, attributed to the hardware.
 */
export function oneviewReadyProbe(
  appliance: Appliance,
  node: { readonly profileName: string; readonly hardwareUri: string },
): ReadinessProbe {
  const fail = (failure: 'node-check-failing' | 'not-registered', detail: string): CheckResult => ({
    check: ONEVIEW_CHECK_NAME,
    passed: false,
    failure,
    detail,
  });
  return {
    name: ONEVIEW_CHECK_NAME,
    async run(options) {
      const signalOption = options.signal === undefined ? {} : { signal: options.signal };
      const hardware = await appliance.getHardware(node.hardwareUri, signalOption);
      // The appliance says the hardware is at fault: no waiting out the timeout, the node moves to a spare.
      if (hardware === null) throw hardwareUnusable(node.hardwareUri, 'gone');
      if (hardware.status === 'Critical') throw hardwareUnusable(node.hardwareUri, 'critical');
      if (hardware.powerState !== 'On') return fail('node-check-failing', `power ${hardware.powerState}`);
      if (!HEALTHY.has(hardware.status)) return fail('node-check-failing', `hardware ${hardware.status}`);
      if (hardware.profileUri === null) return fail('not-registered', 'no profile on the hardware');
      const profile = await appliance.getProfile(hardware.profileUri, signalOption);
      if (profile === null || profile.name !== node.profileName)
        return fail('not-registered', 'another profile on the hardware');
      if (profile.inProgress || profile.state !== 'Normal')
        return fail('node-check-failing', `profile ${profile.state}`);
      if (!HEALTHY.has(profile.status)) return fail('node-check-failing', `profile ${profile.status}`);
      return { check: ONEVIEW_CHECK_NAME, passed: true, detail: 'profile applied, hardware On' };
    },
  };
}

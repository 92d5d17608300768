import { answerFileOf, fqdnOf } from './answer-file.js';
import { createHash } from 'node:crypto';
import type { IloState, InstallState } from './ilo-state.js';
import { fetchMedia } from './media-fetch.js';
import type { SimAppliance } from './sim-appliance.js';
import type { HardwareWire } from './wire-types.js';

type Outcome = { ok: true; fqdn: string; sha256: string } | { ok: false; reason: string };

async function readInstallMedia(
  sim: SimAppliance,
  hw: HardwareWire,
  cdImage: string,
  answerImage: string | null,
): Promise<Outcome> {
  const ca = sim.mediaCaPem;
  const options = ca ? { ca } : {};
  if (sim.faults.isIloFault('image-unreachable', hw.uri, hw.name))
    return { ok: false, reason: `the install image ${cdImage} is unreachable (injected fault)` };
  let cd;
  try {
    cd = await fetchMedia(sim.mediaUrl(cdImage), options);
  } catch (e) {
    return { ok: false, reason: `the install image ${cdImage} is unreachable: ${(e as Error).message}` };
  }
  const sha256 = createHash('sha256').update(cd.bytes).digest('hex');
  let answer = null;
  if (answerImage !== null) {
    try {
      answer = answerFileOf((await fetchMedia(answerImage, options)).bytes);
    } catch (e) {
      return {
        ok: false,
        reason: `the answer file medium ${answerImage} is unreachable: ${(e as Error).message}`,
      };
    }
  }
  // A remastered install image may carry the answer file itself.
  answer ??= cd.truncated ? null : answerFileOf(cd.bytes);
  if (!answer)
    return { ok: false, reason: 'no answer file on the inserted media: the installer waits for input' };
  const fqdn = fqdnOf(answer);
  if (!fqdn)
    return {
      ok: false,
      reason: `the answer file ${answer.name} names no host: the installer waits for input`,
    };
  return { ok: true, fqdn, sha256 };
}

/**
 * A server booted from its iLO's virtual CD: the installer reads the install image and the answer file (from the
 * USB slot, or from the CD itself), installs for the `osInstall` time, then reboots from disk into the installed
 * system, which joins Consul under the FQDN the answer file gave it. No answer file, no host name in it, an
 * unreachable image or a stalled install: the server never registers. A power off or reset abandons the install.
 */
export function startInstall(sim: SimAppliance, hw: HardwareWire, ilo: IloState, generation: number): void {
  const cdImage = ilo.media['2'].image ?? '';
  const usb = ilo.media['1'];
  const answerImage = usb.inserted ? usb.image : null;
  const install: InstallState = {
    phase: 'fetching',
    image: cdImage,
    answerMedia: answerImage,
    fqdn: null,
    imageSha256: null,
    reason: null,
  };
  ilo.install = install;
  ilo.installedFqdn = null;
  const current = (): boolean => ilo.install === install && sim.bootGeneration(hw.uri) === generation;
  void readInstallMedia(sim, hw, cdImage, answerImage).then((outcome) => {
    if (!current()) return;
    sim.noteChange();
    if (!outcome.ok) {
      install.phase = 'failed';
      install.reason = outcome.reason;
      return;
    }
    install.fqdn = outcome.fqdn;
    install.imageSha256 = outcome.sha256;
    if (sim.faults.isIloFault('install-never-finishes', hw.uri, hw.name)) {
      install.phase = 'stalled';
      install.reason = 'the install never finishes (injected fault)';
      return;
    }
    install.phase = 'installing';
    sim.afterBoot(hw, sim.durations.osInstall, () => {
      if (!current()) return;
      install.phase = 'installed';
      ilo.installedFqdn = outcome.fqdn;
      // The installer reboots; the one-time override is used up, so the server boots its new disk.
      sim.scheduleBoot(hw, true);
    });
  });
}

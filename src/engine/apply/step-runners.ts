import { SECRET_MARKER, type CredentialRef, type DesiredNode } from '../../core/desired/desired-state.js';
import { hasErrorCode, PhoenixError } from '../../core/errors/phoenix-error.js';
import type { ObservedProfile } from '../../core/observed/inventory.js';
import type { BootStep, ComposeStep, RecycleStep } from '../../core/plan/plan-step.js';
import type { AnswerMedia, SecretResolver } from '../../ports/answer-media.js';
import type { Appliance } from '../../ports/appliance.js';
import type { Clock } from '../../ports/clock.js';

export interface StepEnv {
  readonly appliance: Appliance;
  readonly clock: Clock;
  /** Aborts the OneView calls of this step (its timeout), never the run's stop signal. */
  readonly signal: AbortSignal;
  readonly busyPollMs: number;
  /** Templates created by this apply, by name. */
  readonly templateUris: ReadonlyMap<string, string>;
  /** Serves the answer media of virtual-media installs; null when this run has none. */
  readonly answerMedia: AnswerMedia | null;
}

/** Waits while a OneView task runs on the profile; null once the profile is gone. */
async function settledProfile(env: StepEnv, profile: ObservedProfile): Promise<ObservedProfile | null> {
  let current: ObservedProfile | null = profile;
  while (current?.inProgress === true) {
    await env.clock.sleep(env.busyPollMs, env.signal);
    current = await env.appliance.getProfile(current.uri, { signal: env.signal });
  }
  return current;
}

/** Powers the hardware off (hard) when it is not Off; a gone hardware is left alone. */
async function ensureOff(env: StepEnv, hardwareUri: string): Promise<void> {
  const hardware = await env.appliance.getHardware(hardwareUri, { signal: env.signal });
  if (hardware !== null && hardware.powerState !== 'Off') {
    await env.appliance.powerOff(hardwareUri, { signal: env.signal, powerState: hardware.powerState });
  }
}

async function deleteIfPresent(env: StepEnv, uri: string, force: boolean): Promise<void> {
  try {
    await env.appliance.deleteProfile(uri, { signal: env.signal, force });
  } catch (error) {
    if (!hasErrorCode(error, 'ONEVIEW_NOT_FOUND')) throw error;
  }
}

/** Power off, then delete the owned profile; idempotent, so a resumed run can repeat it. */
export async function runRecycle(env: StepEnv, step: RecycleStep): Promise<void> {
  const profile = await env.appliance.getProfile(step.profileUri, { signal: env.signal });
  if (profile === null) return;
  const settled = await settledProfile(env, profile);
  if (settled === null) return;
  if (step.powerOff && step.hardwareUri !== null) await ensureOff(env, step.hardwareUri);
  if (step.hardwareUri !== null && settled.deploymentPlanUri === null) {
    await ejectQuietly(env, step.hardwareUri);
  }
  await deleteIfPresent(env, step.profileUri, step.force);
}

/**
 * Ejects both virtual media slots of the hardware's iLO. A profile without an Image Streamer deployment plan may
 * have been installed from virtual media; an iLO that cannot be reached leaves nothing a new profile would keep,
 * so its failure does not stop a recycle.
 */
async function ejectQuietly(env: StepEnv, hardwareUri: string): Promise<void> {
  try {
    await ejectMedia(env, hardwareUri);
  } catch {
    // The next install inserts its own media, ejecting what is left.
  }
}

/** The rendered answer file with each secret marker replaced by the value its reference names. */
async function withSecrets(
  text: string,
  refs: Readonly<Record<string, CredentialRef>>,
  resolve: SecretResolver,
): Promise<string> {
  const values = new Map<string, string>();
  for (const [name, ref] of Object.entries(refs)) values.set(name, await resolve(name, ref));
  return text.replace(SECRET_MARKER, (_marker, name: string) => values.get(name) ?? '');
}

/** Ejects the install image and the answer media: the step after a virtual-media node verified. */
export async function ejectMedia(env: StepEnv, hardwareUri: string): Promise<void> {
  const ilo = await env.appliance.iloConsole(hardwareUri, { signal: env.signal });
  await ilo.eject('usb', env.signal);
  await ilo.eject('cd', env.signal);
}

/**
 * Readies a virtual-media install on powered-off hardware: publishes the node's answer media, inserts it in the
 * USB slot and the install image in the CD slot, and sets a one-time boot from CD. Each part checks what is
 * there first, so a resumed run repeats it safely.
 */
async function prepareVirtualMedia(env: StepEnv, hardwareUri: string, node: DesiredNode): Promise<void> {
  const os = node.osDeployment!;
  if (env.answerMedia === null) {
    throw new PhoenixError('APPLY_ANSWER_MEDIA_FAILED', {
      node: node.name,
      reason: 'no answer media server',
    });
  }
  const text = await withSecrets(os.answerFile.text, os.answerFile.secrets, env.answerMedia.secrets);
  const answerUrl = await env.answerMedia.publish(node.name, os.answerFile.kind, text, env.signal);
  const ilo = await env.appliance.iloConsole(hardwareUri, { signal: env.signal });
  await ilo.insert('usb', answerUrl, env.signal);
  await ilo.insert('cd', os.image.url, env.signal);
  await ilo.bootOnceFromCd(env.signal);
}

function sameInstance(profile: ObservedProfile, step: ComposeStep): boolean {
  const stamp = profile.stamp;
  return (
    stamp !== null &&
    stamp.site === step.stamp.site &&
    stamp.node === step.stamp.node &&
    stamp.spec === step.stamp.spec &&
    stamp.gen === step.stamp.gen
  );
}

function attributeValues(step: ComposeStep, node: DesiredNode): { name: string; value: string }[] {
  return step.customAttributes.map((attribute) => ({
    name: attribute.name,
    value: attribute.value ?? node.attributes[attribute.name] ?? '',
  }));
}

/**
 * Creates the node's profile on the step's hardware. A profile of the same name that carries this very stamp
 * was composed by an earlier, interrupted run: it is waited for and kept (or removed and redone when it ended
 * in error), so a crash between the POST and its record never leaves a duplicate.
 */
export async function runCompose(
  env: StepEnv,
  step: ComposeStep,
  node: DesiredNode,
): Promise<ObservedProfile> {
  // Both reads at once: the slot this step holds is not the appliance's to idle through two round trips.
  const [existing, first] = await Promise.all([
    env.appliance.findProfileByName(step.profileName, { signal: env.signal }),
    env.appliance.getHardware(step.hardwareUri, { signal: env.signal }),
  ]);
  if (existing !== null) {
    if (!sameInstance(existing, step)) {
      throw new PhoenixError('APPLY_NAME_TAKEN', { profile: existing.uri, node: node.name });
    }
    const settled = await settledProfile(env, existing);
    if (settled !== null) {
      const healthy = settled.status !== 'Critical' && !/Failed|Error/.test(settled.state);
      if (healthy && settled.hardwareUri === step.hardwareUri) return settled;
      if (settled.hardwareUri !== null) await ensureOff(env, settled.hardwareUri);
      await deleteIfPresent(env, settled.uri, true);
    }
  }
  // A profile left by an earlier run was just removed: the hardware is read again.
  const hardware =
    existing === null ? first : await env.appliance.getHardware(step.hardwareUri, { signal: env.signal });
  if (hardware === null || hardware.profileUri !== null || hardware.status === 'Critical') {
    throw new PhoenixError('APPLY_HARDWARE_UNUSABLE', {
      hardwareUri: step.hardwareUri,
      attribution: 'hardware',
      problem: hardware === null ? 'gone' : hardware.profileUri !== null ? 'taken' : 'critical',
    });
  }
  const templateUri = step.templateUri ?? env.templateUris.get(step.template) ?? null;
  if (templateUri === null) throw new PhoenixError('APPLY_TEMPLATE_UNAVAILABLE', { template: step.template });
  if (hardware.powerState !== 'Off')
    await env.appliance.powerOff(step.hardwareUri, { signal: env.signal, powerState: hardware.powerState });
  return env.appliance.composeProfile(
    {
      name: step.profileName,
      templateUri,
      hardwareUri: step.hardwareUri,
      description: step.description,
      deploymentPlanUri: step.deploymentPlanUri,
      customAttributes: attributeValues(step, node),
    },
    { signal: env.signal },
  );
}

export async function runBoot(env: StepEnv, step: BootStep, node: DesiredNode | null): Promise<void> {
  const hardware = await env.appliance.getHardware(step.hardwareUri, { signal: env.signal });
  if (hardware === null) {
    throw new PhoenixError('APPLY_HARDWARE_UNUSABLE', {
      hardwareUri: step.hardwareUri,
      attribution: 'hardware',
      problem: 'gone',
    });
  }
  if (hardware.powerState === 'On' || hardware.powerState === 'PoweringOn') return;
  if (node?.osDeployment != null) await prepareVirtualMedia(env, step.hardwareUri, node);
  await env.appliance.powerOn(step.hardwareUri, { signal: env.signal, powerState: hardware.powerState });
}

/** Removes whatever a failed attempt left on hardware that is being given up: the node's profile, if any. */
export async function cleanUpAttempt(env: StepEnv, profileName: string, stampGen: number): Promise<void> {
  const profile = await env.appliance.findProfileByName(profileName, { signal: env.signal });
  if (profile === null || profile.stamp?.gen !== stampGen) return;
  const settled = await settledProfile(env, profile);
  if (settled === null) return;
  if (settled.hardwareUri !== null) {
    if (settled.deploymentPlanUri === null) await ejectQuietly(env, settled.hardwareUri);
    try {
      await ensureOff(env, settled.hardwareUri);
    } catch {
      // Hardware that cannot be powered off is being quarantined anyway; the forced delete below still runs.
    }
  }
  await deleteIfPresent(env, settled.uri, true);
}

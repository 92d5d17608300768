import { checkETag } from './etag-check.js';
import { errorBody, httpError, type ErrorBody } from './error-body.js';
import { guid } from './ids.js';
import { updateFromTemplate } from './compliance-operations.js';
import { markHardwareFailed, markProfileBusy, markProfileFailed, poweredOn } from './profile-marks.js';
import { checkServerSettings } from './server-settings-rules.js';
import type { SimAppliance } from './sim-appliance.js';
import { acceptedAttributeNames, completeProfile } from './wire-profile.js';
import {
  touch,
  type CustomAttribute,
  type HardwareWire,
  type ProfileWire,
  type TaskWire,
} from './wire-types.js';

const PROFILE_STEPS = (hw: string): string[] => [
  `Set administrative server power lock for the server hardware ${hw}.`,
  'Create OS volume from the deployment plan.',
  'Apply BIOS settings.',
  'Apply server settings.',
  `Release administrative server power lock for the server hardware ${hw}.`,
];

function forceIncludes(force: string | undefined, flag: string): boolean {
  if (!force) return false;
  const flags = force.split(',').map((f) => f.trim().toLowerCase());
  return flags.includes('all') || flags.includes('true') || flags.includes(flag.toLowerCase());
}

interface Resolved {
  hw: HardwareWire | null;
  hardwareTypeUri: string | null;
  enclosureGroupUri: string | null;
}

/** Synchronous validation of a profile body (400 for a reference that does not exist, oneview-api.md §6.2). */
function resolveBody(sim: SimAppliance, body: Record<string, unknown>, selfUri: string | null): Resolved {
  const s = sim.state;
  const name = body['name'];
  if (typeof name !== 'string' || name.length < 1 || name.length > 100)
    throw httpError(400, 'INVALID_NAME', 'The server profile name is not valid.', {
      details: 'name must be a string of 1 to 100 characters.',
    });
  for (const p of s.profiles.values())
    if (p.name === name && p.uri !== selfUri)
      throw httpError(409, 'DUPLICATE_PROFILE_NAME', `A server profile named ${name} already exists.`, {
        recommendedActions: ['Choose a unique name.'],
        errorSource: p.uri,
      });
  const description = body['description'];
  if (
    description !== undefined &&
    description !== null &&
    (typeof description !== 'string' || description.length > 1024)
  )
    throw httpError(400, 'INVALID_DESCRIPTION', 'The server profile description is not valid.', {
      details: 'description must be a string of at most 1024 characters.',
    });
  const hwUri = body['serverHardwareUri'];
  let hw: HardwareWire | null = null;
  if (typeof hwUri === 'string' && hwUri !== '') {
    hw = s.hardware.get(hwUri) ?? null;
    if (!hw)
      throw httpError(
        400,
        'INVALID_SERVER_HARDWARE_URI',
        'The server hardware referenced by the profile does not exist.',
        { details: hwUri, errorSource: 'serverHardwareUri' },
      );
  }
  const templateUri = body['serverProfileTemplateUri'];
  const template =
    typeof templateUri === 'string' && templateUri !== '' ? s.templates.get(templateUri) : undefined;
  if (typeof templateUri === 'string' && templateUri !== '' && !template)
    throw httpError(
      400,
      'INVALID_TEMPLATE_URI',
      'The server profile template referenced by the profile does not exist.',
      { details: templateUri, errorSource: 'serverProfileTemplateUri' },
    );
  const sht =
    (body['serverHardwareTypeUri'] as string | null | undefined) ||
    hw?.serverHardwareTypeUri ||
    template?.serverHardwareTypeUri ||
    null;
  if (sht && !s.hardwareTypes.has(sht))
    throw httpError(
      400,
      'INVALID_SERVER_HARDWARE_TYPE_URI',
      'The server hardware type referenced by the profile does not exist.',
      { details: sht, errorSource: 'serverHardwareTypeUri' },
    );
  if (hw && sht !== hw.serverHardwareTypeUri)
    throw httpError(
      400,
      'SERVER_HARDWARE_TYPE_MISMATCH',
      `The server hardware type of the profile does not match the type of ${hw.name}.`,
      { details: `${sht} != ${hw.serverHardwareTypeUri}`, errorSource: 'serverHardwareTypeUri' },
    );
  const eg =
    (body['enclosureGroupUri'] as string | null | undefined) ||
    hw?.serverGroupUri ||
    template?.enclosureGroupUri ||
    null;
  if (eg && !s.enclosureGroups.has(eg))
    throw httpError(
      400,
      'INVALID_ENCLOSURE_GROUP_URI',
      'The enclosure group referenced by the profile does not exist.',
      { details: eg, errorSource: 'enclosureGroupUri' },
    );
  if (hw && hw.serverGroupUri && eg !== hw.serverGroupUri)
    throw httpError(
      400,
      'ENCLOSURE_GROUP_MISMATCH',
      `The enclosure group of the profile does not match the enclosure group of ${hw.name}.`,
      { errorSource: 'enclosureGroupUri' },
    );
  const osd = body['osDeploymentSettings'] as
    { osDeploymentPlanUri?: unknown; osCustomAttributes?: unknown } | null | undefined;
  if (osd && typeof osd.osDeploymentPlanUri === 'string' && osd.osDeploymentPlanUri !== '') {
    const plan = s.plans.get(osd.osDeploymentPlanUri);
    if (!plan)
      throw httpError(
        400,
        'INVALID_OS_DEPLOYMENT_PLAN_URI',
        'The OS deployment plan referenced by the profile does not exist.',
        { details: osd.osDeploymentPlanUri, errorSource: 'osDeploymentSettings.osDeploymentPlanUri' },
      );
    const group = eg ? s.enclosureGroups.get(eg) : undefined;
    const manage = (group?.['osDeploymentSettings'] as { manageOSDeployment?: boolean } | undefined)
      ?.manageOSDeployment;
    if (!manage)
      throw httpError(
        400,
        'OS_DEPLOYMENT_NOT_CONFIGURED',
        'An OS deployment plan can only be set when the enclosure group has OS deployment configured.',
        { errorSource: 'osDeploymentSettings' },
      );
    const accepted = acceptedAttributeNames(plan.attributes);
    const attrs = osd.osCustomAttributes ?? [];
    if (!Array.isArray(attrs))
      throw httpError(
        400,
        'INVALID_CUSTOM_ATTRIBUTES',
        'osCustomAttributes must be a list of name/value pairs.',
      );
    for (const a of attrs as unknown[]) {
      const n = (a as { name?: unknown } | null)?.name;
      if (typeof n !== 'string' || !accepted.has(n))
        throw httpError(
          400,
          'INVALID_CUSTOM_ATTRIBUTE',
          `The custom attribute ${String(n)} is not declared by the deployment plan ${plan.name}.`,
          { errorSource: 'osDeploymentSettings.osCustomAttributes' },
        );
    }
  }
  checkServerSettings(s, body, sht);
  return { hw, hardwareTypeUri: sht, enclosureGroupUri: eg };
}

/** A profile body that manages firmware with a baseline: applying it installs the baseline (firmwareInstall time). */
function firmwareBaselineOf(body: Record<string, unknown>): string | null {
  const fw = body['firmware'] as
    { manageFirmware?: unknown; firmwareBaselineUri?: unknown } | null | undefined;
  return fw?.manageFirmware === true &&
    typeof fw.firmwareBaselineUri === 'string' &&
    fw.firmwareBaselineUri !== ''
    ? fw.firmwareBaselineUri
    : null;
}

function withFirmwareStep(steps: string[], sim: SimAppliance, baseline: string | null): string[] {
  if (!baseline) return steps;
  return [...steps.slice(0, 1), `Install the firmware baseline ${sim.nameOf(baseline)}.`, ...steps.slice(1)];
}

export function createProfile(
  sim: SimAppliance,
  body: unknown,
  force: string | undefined,
  owner: string,
): TaskWire {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw httpError(400, 'INVALID_JSON', 'The request body must be a server profile object.');
  const b = body as Record<string, unknown>;
  const r = resolveBody(sim, b, null);
  const name = b['name'] as string;
  const hw = r.hw;
  let validation: ErrorBody | null = null;
  if (hw) {
    if (hw.state === 'ApplyingProfile' || hw.state === 'RemovingProfile')
      validation = errorBody(
        'AssignProfileToDeviceBayError',
        `The server hardware ${hw.name} is being configured by another server profile operation.`,
        { errorSource: hw.uri, recommendedActions: ['Choose other server hardware or retry later.'] },
      );
    else if (hw.serverProfileUri)
      validation = errorBody(
        'ProfileAlreadyExistsInServer',
        `A server profile is already assigned to ${hw.name}.`,
        { errorSource: hw.uri, recommendedActions: ['Choose server hardware that has no profile.'] },
      );
    else if (hw.powerState !== 'Off') validation = poweredOn(hw, 'assign');
    else if (hw.status === 'Critical' && !forceIncludes(force, 'ignoreServerHealth'))
      validation = errorBody(
        'ServerHardwareCriticalHealth',
        `The server hardware ${hw.name} has a critical health status.`,
        {
          errorSource: hw.uri,
          data: { serverHardwareUri: hw.uri, hardwareAttributable: true },
          recommendedActions: ['Resolve the hardware problem or choose other server hardware.'],
        },
      );
  }
  const uri = `/rest/server-profiles/${guid()}`;
  let profile: ProfileWire | undefined;
  const baseline = firmwareBaselineOf(b);
  const task: TaskWire = sim.tasks.start({
    kind: 'profile-create',
    name: 'Create',
    owner,
    resource: { uri: validation ? null : uri, category: 'server-profiles', name },
    durationMs: sim.durations.profileCreate + (baseline ? sim.durations.firmwareInstall : 0),
    steps: withFirmwareStep(PROFILE_STEPS(hw?.name ?? name), sim, baseline),
    runningStatus: 'Applying',
    successStatus: `Created server profile: ${name}.`,
    failureStatus: `Unable to create server profile: ${name}.`,
    validationError: validation,
    onStart: () => {
      profile = completeProfile(
        b,
        {
          uri,
          name,
          serialNumber: `VCGU${String(sim.state.serialSeq++).padStart(6, '0')}`,
          hardware: hw ? { uri: hw.uri, enclosureUri: hw.locationUri, bay: hw.position } : null,
          hardwareTypeUri: r.hardwareTypeUri,
          enclosureGroupUri: r.enclosureGroupUri,
          taskUri: null,
        },
        sim.clock.iso(),
        sim.now(),
      );
      sim.state.profiles.set(uri, profile);
      if (hw) {
        hw.state = 'ApplyingProfile';
        hw.powerLock = true;
        touch(hw, sim.now(), 'time');
      }
    },
    onHalfway: () => {
      if (profile && sim.state.profiles.has(profile.uri)) sim.createOsVolume(profile);
    },
    onComplete: () => {
      if (!profile) return;
      profile.state = 'Normal';
      profile.inProgress = false;
      touch(profile, sim.now());
      sim.refreshCompliance(profile);
      if (hw) {
        hw.state = 'ProfileApplied';
        hw.powerLock = false;
        hw.serverProfileUri = profile.uri;
        touch(hw, sim.now(), 'time');
      }
    },
    onFail: (fault) => {
      if (profile) markProfileFailed(sim, profile, 'CreateFailed');
      if (hw) {
        hw.serverProfileUri = uri;
        markHardwareFailed(sim, hw, undefined);
      }
      return sim.taskFaultError(fault, hw ?? undefined);
    },
  });
  if (profile) profile.taskUri = task.uri;
  return task;
}

function busy(profile: ProfileWire): Error {
  return httpError(
    409,
    'PROFILE_BUSY',
    `The server profile ${profile.name} is being changed by another task.`,
    {
      details: `Task in progress: ${profile.taskUri ?? 'unknown'}`,
      recommendedActions: ['Wait for the running task to finish, then retry.'],
      errorSource: profile.uri,
    },
  );
}

export function deleteProfile(
  sim: SimAppliance,
  uri: string,
  force: string | undefined,
  ifMatch: string | undefined,
  owner: string,
): TaskWire {
  const profile = sim.profileOrThrow(uri);
  checkETag(profile, ifMatch, undefined);
  if (profile.inProgress) throw busy(profile);
  return startDelete(sim, profile, forceIncludes(force, 'true'), owner);
}

function startDelete(sim: SimAppliance, profile: ProfileWire, force: boolean, owner: string): TaskWire {
  const hwUri = profile.serverHardwareUri;
  const hw = hwUri ? sim.state.hardware.get(hwUri) : undefined;
  let validation: ErrorBody | null = null;
  if (hwUri && !hw && !force)
    validation = errorBody(
      'ServerHardwareNotFound',
      `The server hardware of profile ${profile.name} cannot be reached; only a forced delete can remove the profile.`,
      {
        errorSource: hwUri,
        data: { serverHardwareUri: hwUri, hardwareAttributable: true },
        recommendedActions: ['Delete the profile with force=true.'],
      },
    );
  else if (hw && hw.powerState !== 'Off') validation = poweredOn(hw, 'delete');
  const previousHwState = hw?.state;
  return sim.tasks.start({
    kind: 'profile-delete',
    name: 'Delete',
    owner,
    resource: { uri: profile.uri, category: 'server-profiles', name: profile.name },
    durationMs: sim.durations.profileDelete,
    steps: hw
      ? [
          `Set administrative server power lock for the server hardware ${hw.name}.`,
          'Delete OS volume.',
          `Release administrative server power lock for the server hardware ${hw.name}.`,
        ]
      : ['Delete OS volume.'],
    runningStatus: 'Deleting',
    successStatus: `Deleted server profile: ${profile.name}.`,
    failureStatus: `Unable to delete server profile: ${profile.name}.`,
    validationError: validation,
    onStart: () => markProfileBusy(sim, profile, 'Deleting', hw, 'RemovingProfile'),
    onComplete: () => {
      sim.deleteOsVolume(profile);
      sim.state.profiles.delete(profile.uri);
      sim.state.resourceLabels.delete(profile.uri);
      const target = hw ?? (hwUri ? sim.state.removedHardware.get(hwUri) : undefined);
      if (target) {
        sim.leaveConsul(target);
        sim.forgetOs(target.uri);
        target.state = 'NoProfileApplied';
        target.powerLock = false;
        target.serverProfileUri = null;
        touch(target, sim.now(), 'time');
      }
    },
    onFail: (fault) => {
      markProfileFailed(sim, profile, 'DeleteFailed');
      if (hw) markHardwareFailed(sim, hw, previousHwState);
      return sim.taskFaultError(fault, hw);
    },
  });
}

/** `DELETE /rest/server-profiles?filter=…`: one task that deletes every match (202 even when none match). */
export function deleteProfiles(
  sim: SimAppliance,
  matches: ProfileWire[],
  force: string | undefined,
  owner: string,
): TaskWire {
  const tasks = matches
    .filter((p) => !p.inProgress)
    .map((p) => startDelete(sim, p, forceIncludes(force, 'true'), owner));
  return sim.tasks.start({
    kind: 'profile-delete',
    name: 'Delete',
    owner,
    resource: { uri: '/rest/server-profiles', category: 'server-profiles', name: 'server-profiles' },
    durationMs: sim.durations.profileDelete + 1,
    steps: tasks.map((t) => `Delete ${t.associatedResource.resourceName}.`),
    runningStatus: 'Deleting',
    successStatus: `Deleted ${tasks.length} server profiles.`,
    failureStatus: 'Unable to delete server profiles.',
    onComplete: () => undefined,
    onFail: (fault) => errorBody(fault.errorCode, fault.message),
  });
}

function attrMap(list: CustomAttribute[] | undefined): string {
  return JSON.stringify([...(list ?? [])].map((a) => [a.name, String(a.value)]).sort());
}

function offlineSignature(body: Record<string, unknown>): string {
  const osd = body['osDeploymentSettings'] as
    { osDeploymentPlanUri?: string | null; osCustomAttributes?: CustomAttribute[] } | null | undefined;
  const conns = (
    (body['connectionSettings'] as { connections?: { id?: unknown; networkUri?: unknown }[] } | undefined)
      ?.connections ?? []
  ).map((c) => [c.id, c.networkUri]);
  return JSON.stringify([
    osd?.osDeploymentPlanUri ?? null,
    attrMap(osd?.osCustomAttributes),
    conns,
    body['bios']
      ? JSON.stringify((body['bios'] as { overriddenSettings?: unknown }).overriddenSettings ?? [])
      : '[]',
    JSON.stringify((body['boot'] as { order?: unknown } | undefined)?.order ?? []),
    (body['bootMode'] as { mode?: unknown } | undefined)?.mode ?? null,
    JSON.stringify((body['localStorage'] as { controllers?: unknown } | undefined)?.controllers ?? []),
    firmwareBaselineOf(body),
  ]);
}

export function updateProfile(
  sim: SimAppliance,
  uri: string,
  body: unknown,
  ifMatch: string | undefined,
  owner: string,
): TaskWire {
  const profile = sim.profileOrThrow(uri);
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw httpError(400, 'INVALID_JSON', 'The request body must be a server profile object.');
  const b = body as Record<string, unknown>;
  checkETag(profile, ifMatch, b['eTag']);
  if (profile.inProgress) throw busy(profile);
  const newHw = (b['serverHardwareUri'] as string | null | undefined) ?? null;
  if (newHw !== profile.serverHardwareUri)
    throw httpError(
      400,
      'HARDWARE_REASSIGNMENT_NOT_SUPPORTED',
      'Moving a server profile to other server hardware is not modelled by this appliance; delete and create it instead.',
      { errorSource: 'serverHardwareUri' },
    );
  const r = resolveBody(sim, b, profile.uri);
  const hw = r.hw;
  const offlineChange = offlineSignature(b) !== offlineSignature(profile);
  const redeploy =
    (b['osDeploymentSettings'] as { osDeploymentPlanUri?: string } | null | undefined)
      ?.osDeploymentPlanUri !== profile.osDeploymentSettings?.osDeploymentPlanUri ||
    attrMap(
      (b['osDeploymentSettings'] as { osCustomAttributes?: CustomAttribute[] } | null | undefined)
        ?.osCustomAttributes,
    ) !== attrMap(profile.osDeploymentSettings?.osCustomAttributes);
  const validation = hw && hw.powerState !== 'Off' && offlineChange ? poweredOn(hw, 'edit') : null;
  const previousHwState = hw?.state;
  const name = b['name'] as string;
  const baseline = firmwareBaselineOf(b);
  const installs = baseline !== null && baseline !== firmwareBaselineOf(profile) ? baseline : null;
  return sim.tasks.start({
    kind: 'profile-update',
    name: 'Update',
    owner,
    resource: { uri: profile.uri, category: 'server-profiles', name },
    durationMs: sim.durations.profileUpdate + (installs ? sim.durations.firmwareInstall : 0),
    steps: withFirmwareStep(PROFILE_STEPS(hw?.name ?? name), sim, installs),
    runningStatus: 'Applying',
    successStatus: `Updated server profile: ${name}.`,
    failureStatus: `Unable to edit server profile: ${profile.name}.`,
    validationError: validation,
    onStart: () => markProfileBusy(sim, profile, 'Updating', hw),
    onComplete: () => {
      if (redeploy) sim.deleteOsVolume(profile);
      const next = completeProfile(
        b,
        {
          uri: profile.uri,
          name,
          serialNumber: profile['serialNumber'] as string,
          hardware: hw ? { uri: hw.uri, enclosureUri: hw.locationUri, bay: hw.position } : null,
          hardwareTypeUri: r.hardwareTypeUri,
          enclosureGroupUri: r.enclosureGroupUri,
          taskUri: profile.taskUri,
        },
        profile.created,
        sim.now(),
      );
      const keepVolume = profile.osDeploymentSettings?.osVolumeUri ?? null;
      const eTag = profile.eTag;
      for (const key of Object.keys(profile)) delete (profile as Record<string, unknown>)[key];
      Object.assign(profile, next, { eTag, created: next.created, state: 'Normal', inProgress: false });
      if (profile.osDeploymentSettings) {
        if (redeploy) sim.createOsVolume(profile);
        else profile.osDeploymentSettings.osVolumeUri = keepVolume;
      }
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
      return sim.taskFaultError(fault, hw ?? undefined);
    },
  });
}

const PATCHABLE =
  /^\/(templateCompliance|refreshState|name|description|serverHardwareReapplyState|(firmware|connectionSettings|localStorage|sanStorage|bios|managementProcessor|osDeploymentSettings)\/reapplyState)$/;

export function patchProfile(
  sim: SimAppliance,
  uri: string,
  body: unknown,
  ifMatch: string | undefined,
  owner: string,
): TaskWire {
  const profile = sim.profileOrThrow(uri);
  checkETag(profile, ifMatch, undefined);
  if (profile.inProgress) throw busy(profile);
  const ops = Array.isArray(body) ? (body as unknown[]) : [body];
  for (const op of ops) {
    const o = op as { op?: unknown; path?: unknown } | null;
    if (!o || o.op !== 'replace' || typeof o.path !== 'string' || !PATCHABLE.test(o.path))
      throw httpError(
        400,
        'INVALID_PATCH_OPERATION',
        'The patch operation is not supported for server profiles.',
        { details: JSON.stringify(op) },
      );
  }
  const compliance = ops.find((op) => (op as { path: string }).path === '/templateCompliance') as
    { value?: unknown } | undefined;
  if (compliance) {
    if (ops.length !== 1 || compliance.value !== 'Compliant')
      throw httpError(
        400,
        'INVALID_PATCH_OPERATION',
        'Only a single replace of /templateCompliance with the value Compliant is modelled.',
        { details: JSON.stringify(body) },
      );
    return updateFromTemplate(sim, profile, owner);
  }
  const hw = profile.serverHardwareUri ? sim.state.hardware.get(profile.serverHardwareUri) : undefined;
  return sim.tasks.start({
    kind: 'profile-update',
    name: 'Update',
    owner,
    resource: { uri: profile.uri, category: 'server-profiles', name: profile.name },
    durationMs: sim.durations.profileUpdate,
    steps: ['Apply server settings.'],
    runningStatus: 'Applying',
    successStatus: `Updated server profile: ${profile.name}.`,
    failureStatus: `Unable to edit server profile: ${profile.name}.`,
    onStart: () => markProfileBusy(sim, profile, 'Updating'),
    onComplete: () => {
      for (const op of ops as { path: string; value: unknown }[]) {
        if (op.path === '/name' && typeof op.value === 'string') profile.name = op.value;
        else if (op.path === '/description' && typeof op.value === 'string') profile.description = op.value;
      }
      profile.inProgress = false;
      profile.state = 'Normal';
      touch(profile, sim.now());
    },
    onFail: (fault) => {
      markProfileFailed(sim, profile, 'UpdateFailed');
      return sim.taskFaultError(fault, hw);
    },
  });
}

import { parseTemplateStamp } from '../../core/template/template-stamp.js';
import type {
  CustomAttributeType,
  DeploymentPlanAttribute,
  HealthStatus,
  NamedResource,
  ObservedDeploymentPlan,
  ObservedEnclosure,
  ObservedFirmwareBundle,
  ObservedGoldenImage,
  ObservedHardwareType,
  ObservedHardware,
  ObservedProfile,
  ObservedTemplate,
  PowerState,
} from '../../core/observed/inventory.js';
import { parseStamp } from '../../core/stamp/stamp.js';
import { templateContentOf } from './template-wire.js';
import {
  arrayOf,
  asWireObject,
  booleanOr,
  isWireObject,
  lastSegment,
  optionalNumber,
  optionalObject,
  optionalString,
  requiredString,
  stringOr,
  type WireObject,
} from './wire-fields.js';

const POWER_STATES: readonly PowerState[] = [
  'On',
  'Off',
  'PoweringOn',
  'PoweringOff',
  'Resetting',
  'Unknown',
];
const HEALTH: readonly HealthStatus[] = ['OK', 'Warning', 'Critical', 'Disabled', 'Unknown'];

function powerStateOf(value: string | null): PowerState {
  return POWER_STATES.find((s) => s === value) ?? 'Unknown';
}

/** OneView spells health `OK` but some releases send `Ok`; anything unknown is `Unknown`. */
function healthOf(value: string | null): HealthStatus {
  if (value === null) return 'Unknown';
  return HEALTH.find((s) => s.toLowerCase() === value.toLowerCase()) ?? 'Unknown';
}

export function parseNamed(value: unknown, what: string): NamedResource {
  const obj = asWireObject(value, what);
  return { uri: requiredString(obj, 'uri', what), name: stringOr(obj, 'name', '') };
}

export function parseEnclosure(value: unknown): ObservedEnclosure {
  const obj = asWireObject(value, 'enclosure');
  return {
    ...parseNamed(obj, 'enclosure'),
    serialNumber: stringOr(obj, 'serialNumber', ''),
    enclosureGroupUri: optionalString(obj, 'enclosureGroupUri'),
  };
}

export function parseHardware(value: unknown): ObservedHardware {
  const obj = asWireObject(value, 'server-hardware');
  return {
    ...parseNamed(obj, 'server-hardware'),
    serialNumber: stringOr(obj, 'serialNumber', ''),
    hardwareTypeUri: stringOr(obj, 'serverHardwareTypeUri', ''),
    enclosureGroupUri: optionalString(obj, 'serverGroupUri'),
    enclosureUri: optionalString(obj, 'locationUri'),
    bay: optionalNumber(obj, 'position'),
    powerState: powerStateOf(optionalString(obj, 'powerState')),
    powerLock: booleanOr(obj, 'powerLock', false),
    state: stringOr(obj, 'state', 'Unknown'),
    status: healthOf(optionalString(obj, 'status')),
    profileUri: optionalString(obj, 'serverProfileUri'),
    eTag: stringOr(obj, 'eTag', ''),
  };
}

/** `osCustomAttributes` as a name -> value map (string values; the appliance masks passwords). */
export function customAttributesOf(settings: WireObject | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of arrayOf(settings, 'osCustomAttributes')) {
    if (!isWireObject(item)) continue;
    const name = optionalString(item, 'name');
    if (name === null) continue;
    const raw = item['value'];
    out[name] = raw === null || raw === undefined ? '' : typeof raw === 'string' ? raw : JSON.stringify(raw);
  }
  return out;
}

export function parseProfile(value: unknown): ObservedProfile {
  const obj = asWireObject(value, 'server-profile');
  const description = stringOr(obj, 'description', '');
  const settings = optionalObject(obj, 'osDeploymentSettings');
  const stamp = parseStamp(description);
  return {
    ...parseNamed(obj, 'server-profile'),
    description,
    stamp,
    hardwareUri: optionalString(obj, 'serverHardwareUri'),
    templateUri: optionalString(obj, 'serverProfileTemplateUri'),
    deploymentPlanUri: optionalString(settings, 'osDeploymentPlanUri'),
    customAttributes: customAttributesOf(settings),
    state: stringOr(obj, 'state', 'Unknown'),
    status: healthOf(optionalString(obj, 'status')),
    inProgress: booleanOr(obj, 'inProgress', false),
    taskUri: optionalString(obj, 'taskUri'),
    eTag: stringOr(obj, 'eTag', ''),
    templateCompliance: stringOr(obj, 'templateCompliance', 'Unknown'),
    complianceIssues: [],
    sections:
      stamp !== null && optionalString(obj, 'templateCompliance') === 'NonCompliant'
        ? templateContentOf(obj)
        : null,
  };
}

/** `GET …/compliance-preview`: what OneView would update, automatic and manual, one line each. */
export function parseCompliancePreview(value: unknown): string[] {
  const obj = asWireObject(value, 'compliance-preview');
  return [...arrayOf(obj, 'automaticUpdates'), ...arrayOf(obj, 'manualUpdates')].filter(
    (u): u is string => typeof u === 'string',
  );
}

/** A hardware type with the maximum bandwidth of each adapter port (`adapters[].ports[].maxSpeedMbps`). */
export function parseHardwareType(value: unknown): ObservedHardwareType {
  const obj = asWireObject(value, 'server-hardware-type');
  const portMaxMbps: Record<string, number> = {};
  for (const adapter of arrayOf(obj, 'adapters').filter(isWireObject)) {
    const location = optionalString(adapter, 'location');
    const slot = optionalNumber(adapter, 'slot');
    if (location === null || slot === null) continue;
    for (const port of arrayOf(adapter, 'ports').filter(isWireObject)) {
      const number = optionalNumber(port, 'number') ?? optionalNumber(port, 'portNumber');
      const max = optionalNumber(port, 'maxSpeedMbps');
      if (number !== null && max !== null) portMaxMbps[`${location} ${slot}:${number}`] = max;
    }
  }
  return { ...parseNamed(obj, 'server-hardware-type'), portMaxMbps };
}

export function parseFirmwareBundle(value: unknown): ObservedFirmwareBundle {
  const obj = asWireObject(value, 'firmware-driver');
  // Bundles share names across versions ("HPE Synergy Service Pack"); the baseline short name is unique.
  const named = parseNamed(obj, 'firmware-driver');
  const version = stringOr(obj, 'version', '');
  const short = optionalString(obj, 'baselineShortName');
  return { ...named, name: short ?? (version === '' ? named.name : `${named.name} ${version}`), version };
}

export function parseTemplate(value: unknown): ObservedTemplate {
  const obj = asWireObject(value, 'server-profile-template');
  return {
    ...parseNamed(obj, 'server-profile-template'),
    hardwareTypeUri: optionalString(obj, 'serverHardwareTypeUri'),
    enclosureGroupUri: optionalString(obj, 'enclosureGroupUri'),
    deploymentPlanUri: optionalString(optionalObject(obj, 'osDeploymentSettings'), 'osDeploymentPlanUri'),
    eTag: stringOr(obj, 'eTag', ''),
    description: stringOr(obj, 'description', ''),
    stamp: parseTemplateStamp(optionalString(obj, 'description')),
    content: templateContentOf(obj),
  };
}

/**
 * Custom attribute types as Image Streamer names them (String, Password, IPv4 Address, Hostname, FQDN, Number,
 * Option, Nic) or as the OneView mirror spells them (`caType`: string, nic, ...).
 */
export function attributeTypeOf(raw: string | null): CustomAttributeType {
  const key = (raw ?? 'string').toLowerCase().replace(/[\s_-]+/g, '');
  switch (key) {
    case 'password':
      return 'password';
    case 'ipv4':
    case 'ipv4address':
    case 'ip':
    case 'ipaddress':
      return 'ipv4';
    case 'hostname':
      return 'hostname';
    case 'fqdn':
      return 'fqdn';
    case 'number':
    case 'integer':
      return 'number';
    case 'option':
    case 'options':
    case 'boolean':
    case 'list':
      return 'option';
    case 'nic':
      return 'nic';
    default:
      return 'string';
  }
}

function parsePlanAttribute(value: unknown): DeploymentPlanAttribute | null {
  if (!isWireObject(value)) return null;
  const name = optionalString(value, 'name');
  if (name === null) return null;
  return {
    name,
    type: attributeTypeOf(optionalString(value, 'caType') ?? optionalString(value, 'type')),
    editable: booleanOr(value, 'caEditable', booleanOr(value, 'editable', true)),
    defaultValue: stringOr(value, 'value', ''),
  };
}

/**
 * One OneView OS deployment plan (`/rest/os-deployment-plans`, the mirror of an Image Streamer plan) with the
 * custom attributes it declares. The golden image comes from the Image Streamer side (`goldenImageUris`, keyed by
 * the Image Streamer plan id); null when the Image Streamer was not read.
 */
export function parseDeploymentPlan(
  value: unknown,
  goldenImageUris: ReadonlyMap<string, string | null> = new Map(),
): ObservedDeploymentPlan {
  const obj = asWireObject(value, 'os-deployment-plan');
  const named = parseNamed(obj, 'os-deployment-plan');
  const nativeUri = optionalString(obj, 'nativePlanUri');
  const id =
    nativeUri !== null ? lastSegment(nativeUri) : (optionalString(obj, 'id') ?? lastSegment(named.uri));
  const attributes = arrayOf(obj, 'additionalParameters')
    .map(parsePlanAttribute)
    .filter((a): a is DeploymentPlanAttribute => a !== null);
  return { ...named, id, goldenImageUri: goldenImageUris.get(id) ?? null, attributes };
}

/** An Image Streamer deployment plan: its id and the golden image it deploys. */
export function parseStreamerPlan(value: unknown): {
  readonly id: string;
  readonly goldenImageUri: string | null;
} {
  const obj = asWireObject(value, 'deployment-plan');
  const uri = requiredString(obj, 'uri', 'deployment-plan');
  return {
    id: optionalString(obj, 'id') ?? lastSegment(uri),
    goldenImageUri: optionalString(obj, 'goldenImageURI') ?? optionalString(obj, 'goldenImageUri'),
  };
}

export function parseGoldenImage(value: unknown): ObservedGoldenImage {
  const obj = asWireObject(value, 'golden-image');
  const named = parseNamed(obj, 'golden-image');
  return { ...named, id: optionalString(obj, 'id') ?? lastSegment(named.uri) };
}

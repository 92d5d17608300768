import type { SeedAttributeType, SeedHealth, SeedSpec } from './seed-spec.js';
import {
  DEMO_BUILDS,
  DEMO_FC_NETWORKS,
  DEMO_FIRMWARE_BUNDLES,
  DEMO_NETWORK_SETS,
  DEMO_NETWORKS,
} from './demo-catalogue.js';

/** A bad inventory file: the message names the field path (e.g. `hardware[3].powerState`). */
export class InventoryError extends Error {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`${path}: ${problem}`);
  }
}

type Obj = Record<string, unknown>;

function obj(v: unknown, path: string): Obj {
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new InventoryError(path, 'must be an object');
  return v as Obj;
}
function list(o: Obj, key: string, path: string): unknown[] {
  const v = o[key];
  if (!Array.isArray(v)) throw new InventoryError(`${path}${key}`, 'must be a list');
  return v;
}
function str(o: Obj, key: string, path: string): string {
  const v = o[key];
  if (typeof v !== 'string' || v === '')
    throw new InventoryError(`${path}.${key}`, 'must be a non-empty string');
  return v;
}
function strOrNull(o: Obj, key: string, path: string): string | null {
  const v = o[key];
  if (v === null || v === undefined) return null;
  if (typeof v !== 'string') throw new InventoryError(`${path}.${key}`, 'must be a string or null');
  return v;
}
function uri(o: Obj, key: string, path: string, prefix: string): string {
  const v = str(o, key, path);
  if (!v.startsWith(`${prefix}/`) || v.length <= prefix.length + 1)
    throw new InventoryError(`${path}.${key}`, `must be a URI under ${prefix}/`);
  return v;
}
function uriOrNull(o: Obj, key: string, path: string, prefix: string): string | null {
  return o[key] === null || o[key] === undefined ? null : uri(o, key, path, prefix);
}
function oneOf<T extends string>(o: Obj, key: string, path: string, values: readonly T[]): T {
  const v = o[key];
  if (typeof v !== 'string' || !values.includes(v as T))
    throw new InventoryError(`${path}.${key}`, `must be one of ${values.join(', ')}`);
  return v as T;
}

const ATTRIBUTE_TYPES: readonly SeedAttributeType[] = [
  'string',
  'password',
  'ipv4',
  'hostname',
  'fqdn',
  'number',
  'option',
  'nic',
];
const HEALTH: readonly SeedHealth[] = ['OK', 'Warning', 'Critical', 'Disabled', 'Unknown'];

/**
 * Reads the snapshot `phoenix inventory export` writes (formatVersion 1) into a seed. Every field read is checked;
 * references between sections must resolve. Powering states in transit are seeded as their end state.
 */
export function parseInventory(json: unknown): SeedSpec {
  const root = obj(json, '(root)');
  if (root['formatVersion'] !== 1) throw new InventoryError('formatVersion', 'must be 1');
  const egs = list(root, 'enclosureGroups', '').map((v, i) => {
    const p = `enclosureGroups[${i}]`;
    const o = obj(v, p);
    return { uri: uri(o, 'uri', p, '/rest/enclosure-groups'), name: str(o, 'name', p), osDeployment: true };
  });
  const egUris = new Set(egs.map((e) => e.uri));
  const enclosures = list(root, 'enclosures', '').map((v, i) => {
    const p = `enclosures[${i}]`;
    const o = obj(v, p);
    const eg = uriOrNull(o, 'enclosureGroupUri', p, '/rest/enclosure-groups');
    if (eg && !egUris.has(eg))
      throw new InventoryError(`${p}.enclosureGroupUri`, 'names no enclosure group of the file');
    return {
      uri: uri(o, 'uri', p, '/rest/enclosures'),
      name: str(o, 'name', p),
      serialNumber: str(o, 'serialNumber', p),
      enclosureGroupUri: eg,
      logicalEnclosureUri: null,
      bayCount: 12,
    };
  });
  const encUris = new Set(enclosures.map((e) => e.uri));
  const types = list(root, 'hardwareTypes', '').map((v, i) => {
    const p = `hardwareTypes[${i}]`;
    const o = obj(v, p);
    const name = str(o, 'name', p);
    return {
      uri: uri(o, 'uri', p, '/rest/server-hardware-types'),
      name,
      model: name.includes('Gen9')
        ? 'HPE Synergy 480 Gen9 Compute Module'
        : 'HPE Synergy 480 Gen10 Compute Module',
    };
  });
  const typeUris = new Set(types.map((t) => t.uri));
  const hardware = list(root, 'hardware', '').map((v, i) => {
    const p = `hardware[${i}]`;
    const o = obj(v, p);
    const t = uri(o, 'hardwareTypeUri', p, '/rest/server-hardware-types');
    if (!typeUris.has(t))
      throw new InventoryError(`${p}.hardwareTypeUri`, 'names no hardware type of the file');
    const enc = uriOrNull(o, 'enclosureUri', p, '/rest/enclosures');
    if (enc && !encUris.has(enc))
      throw new InventoryError(`${p}.enclosureUri`, 'names no enclosure of the file');
    const bay = o['bay'];
    if (bay !== null && bay !== undefined && (!Number.isInteger(bay) || (bay as number) < 1))
      throw new InventoryError(`${p}.bay`, 'must be a positive integer or null');
    const power = oneOf(o, 'powerState', p, [
      'On',
      'Off',
      'PoweringOn',
      'PoweringOff',
      'Resetting',
      'Unknown',
    ] as const);
    return {
      uri: uri(o, 'uri', p, '/rest/server-hardware'),
      name: str(o, 'name', p),
      serialNumber: str(o, 'serialNumber', p),
      hardwareTypeUri: t,
      enclosureGroupUri: uriOrNull(o, 'enclosureGroupUri', p, '/rest/enclosure-groups'),
      enclosureUri: enc,
      bay: (bay as number | null | undefined) ?? null,
      powerState:
        power === 'On' || power === 'PoweringOn' || power === 'Resetting'
          ? ('On' as const)
          : ('Off' as const),
      status: oneOf(o, 'status', p, HEALTH),
    };
  });
  const hwUris = new Set(hardware.map((h) => h.uri));
  for (const e of enclosures)
    e.bayCount = Math.max(12, ...hardware.filter((h) => h.enclosureUri === e.uri).map((h) => h.bay ?? 0));
  const images = list(root, 'goldenImages', '').map((v, i) => {
    const p = `goldenImages[${i}]`;
    const o = obj(v, p);
    const name = str(o, 'name', p);
    return {
      id: str(o, 'id', p),
      name,
      osType: /centos/i.test(name) ? 'CentOS' : /fedora/i.test(name) ? 'Fedora' : 'Linux',
      uri: str(o, 'uri', p),
    };
  });
  const plans = list(root, 'deploymentPlans', '').map((v, i) => {
    const p = `deploymentPlans[${i}]`;
    const o = obj(v, p);
    const gi = strOrNull(o, 'goldenImageUri', p);
    const image = gi ? images.find((g) => g.uri === gi || gi.endsWith(`/${g.id}`)) : undefined;
    if (gi && !image) throw new InventoryError(`${p}.goldenImageUri`, 'names no golden image of the file');
    const attributes = list(o, 'attributes', `${p}.`).map((a, j) => {
      const ap = `${p}.attributes[${j}]`;
      const ao = obj(a, ap);
      if (typeof ao['editable'] !== 'boolean')
        throw new InventoryError(`${ap}.editable`, 'must be a boolean');
      const dv = ao['defaultValue'];
      if (typeof dv !== 'string') throw new InventoryError(`${ap}.defaultValue`, 'must be a string');
      return {
        name: str(ao, 'name', ap),
        type: oneOf(ao, 'type', ap, ATTRIBUTE_TYPES),
        editable: ao['editable'],
        defaultValue: dv,
      };
    });
    return {
      uri: uri(o, 'uri', p, '/rest/os-deployment-plans'),
      id: str(o, 'id', p),
      name: str(o, 'name', p),
      goldenImageId: image?.id ?? null,
      attributes,
      services: [...(DEMO_BUILDS.find((b) => b.plan === o['name'])?.services ?? [])],
    };
  });
  const planUris = new Set(plans.map((x) => x.uri));
  const templates = list(root, 'templates', '').map((v, i) => {
    const p = `templates[${i}]`;
    const o = obj(v, p);
    const t = uriOrNull(o, 'hardwareTypeUri', p, '/rest/server-hardware-types');
    if (t && !typeUris.has(t))
      throw new InventoryError(`${p}.hardwareTypeUri`, 'names no hardware type of the file');
    const eg = uriOrNull(o, 'enclosureGroupUri', p, '/rest/enclosure-groups');
    if (eg && !egUris.has(eg))
      throw new InventoryError(`${p}.enclosureGroupUri`, 'names no enclosure group of the file');
    const dp = uriOrNull(o, 'deploymentPlanUri', p, '/rest/os-deployment-plans');
    if (dp && !planUris.has(dp))
      throw new InventoryError(`${p}.deploymentPlanUri`, 'names no deployment plan of the file');
    return {
      uri: uri(o, 'uri', p, '/rest/server-profile-templates'),
      name: str(o, 'name', p),
      hardwareTypeUri: t,
      enclosureGroupUri: eg,
      deploymentPlanUri: dp,
    };
  });
  const templateUris = new Set(templates.map((t) => t.uri));
  const profiles = list(root, 'profiles', '').map((v, i) => {
    const p = `profiles[${i}]`;
    const o = obj(v, p);
    const hw = uriOrNull(o, 'hardwareUri', p, '/rest/server-hardware');
    if (hw && !hwUris.has(hw)) throw new InventoryError(`${p}.hardwareUri`, 'names no hardware of the file');
    const t = uriOrNull(o, 'templateUri', p, '/rest/server-profile-templates');
    if (t && !templateUris.has(t))
      throw new InventoryError(`${p}.templateUri`, 'names no template of the file');
    const dp = uriOrNull(o, 'deploymentPlanUri', p, '/rest/os-deployment-plans');
    if (dp && !planUris.has(dp))
      throw new InventoryError(`${p}.deploymentPlanUri`, 'names no deployment plan of the file');
    const attrs = obj(o['customAttributes'], `${p}.customAttributes`);
    for (const [k, val] of Object.entries(attrs))
      if (typeof val !== 'string') throw new InventoryError(`${p}.customAttributes.${k}`, 'must be a string');
    const description = o['description'];
    if (typeof description !== 'string') throw new InventoryError(`${p}.description`, 'must be a string');
    return {
      uri: uri(o, 'uri', p, '/rest/server-profiles'),
      name: str(o, 'name', p),
      description,
      hardwareUri: hw,
      templateUri: t,
      deploymentPlanUri: dp,
      customAttributes: attrs as Record<string, string>,
    };
  });
  const seen = new Set<string>();
  for (const [section, items] of Object.entries({ hardware, profiles, templates, enclosures }))
    items.forEach((item, i) => {
      if (seen.has(item.uri)) throw new InventoryError(`${section}[${i}].uri`, 'is a duplicate');
      seen.add(item.uri);
    });
  return {
    enclosureGroups: egs,
    logicalEnclosures: [],
    enclosures,
    hardwareTypes: types,
    hardware,
    networks: DEMO_NETWORKS,
    networkSets: DEMO_NETWORK_SETS,
    fcNetworks: DEMO_FC_NETWORKS,
    firmwareBundles: DEMO_FIRMWARE_BUNDLES,
    goldenImages: images.map(({ id, name, osType }) => ({ id, name, osType })),
    deploymentPlans: plans,
    templates,
    profiles,
    deploymentServer: plans.length > 0 ? { name: 'I3S-DG-01' } : null,
  };
}

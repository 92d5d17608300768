import { createHash } from 'node:crypto';
import type { DesiredNode, DesiredState, HardwareSpec } from '../../../core/desired/desired-state.js';
import type {
  InventorySnapshot,
  NamedResource,
  ObservedDeploymentPlan,
  ObservedEnclosure,
  ObservedFirmwareBundle,
  ObservedGoldenImage,
  ObservedHardware,
  ObservedHardwareType,
  ObservedProfile,
  ObservedTemplate,
} from '../../../core/observed/inventory.js';
import { inventoryFingerprint } from '../../../core/observed/inventory-fingerprint.js';
import { formatStamp, type Stamp } from '../../../core/stamp/stamp.js';
import { bareTemplateContent, type TemplateContent } from '../../../core/template/template-content.js';
import { formatTemplateStamp, type TemplateStamp } from '../../../core/template/template-stamp.js';

/** The name of the appliance of a synthesized inventory: plans and views say what they were compared with. */
export function offlineApplianceName(baseRevision: string): string {
  return `declarations@${baseRevision.slice(0, 12)}`;
}

/** Whether a plan was computed offline, against the declarations of a base commit. */
export function isOfflineAppliance(appliance: string): boolean {
  return appliance.startsWith('declarations@');
}

/** What an attribute that a node of the head does not set reads as offline: the deployment plan decides it. */
export const OFFLINE_PLAN_DEFAULT = '(deployment plan default)';

const URI = '/offline';

/** Every synthesized profile is compliant: one frozen empty list serves them all. */
const NO_ISSUES: readonly string[] = Object.freeze([]);

class Registry<T extends NamedResource> {
  readonly #items = new Map<string, T>();
  constructor(readonly make: (key: string, index: number) => T) {}
  get(key: string): T {
    let item = this.#items.get(key);
    if (item === undefined) {
      item = this.make(key, this.#items.size + 1);
      this.#items.set(key, item);
    }
    return item;
  }
  list(): T[] {
    return [...this.#items.values()];
  }
}

/**
 * An inventory that looks like the appliance after the base commit was applied, built from declarations alone:
 * every base node as a profile stamped with its spec hash, running on placeholder hardware that matches its
 * selector, plus one free placeholder per node of the head, so that the planner can show which nodes a merge
 * would create, replace or delete, with attribute diffs, without an appliance. Templates, hardware types and
 * deployment plans exist under the names the declarations use, and each deployment plan declares every
 * attribute its nodes set (editable, strings), so attribute findings only come from a live plan.
 */
export function synthesizeBaseInventory(
  base: DesiredState,
  head: DesiredState,
  baseRevision: string,
): InventorySnapshot {
  const groups = new Registry<NamedResource>((name, i) => ({ uri: `${URI}/enclosure-groups/${i}`, name }));
  const types = new Registry<ObservedHardwareType>((name, i) => ({
    uri: `${URI}/server-hardware-types/${i}`,
    name,
    portMaxMbps: {},
  }));
  const networks = new Registry<NamedResource>((name, i) => ({ uri: `${URI}/ethernet-networks/${i}`, name }));
  const networkSets = new Registry<NamedResource>((name, i) => ({ uri: `${URI}/network-sets/${i}`, name }));
  const bundles = new Registry<ObservedFirmwareBundle>((name, i) => ({
    uri: `${URI}/firmware-drivers/${i}`,
    name,
    version: '',
  }));
  const osPlans = new Registry<NamedResource>((name, i) => ({
    uri: `${URI}/os-deployment-plans/${i}`,
    name,
  }));
  const enclosures = new Registry<ObservedEnclosure>((name, i) => ({
    uri: `${URI}/enclosures/${i}`,
    name,
    serialNumber: `OFFLINE-ENC-${i}`,
    enclosureGroupUri: null,
  }));
  // Declared templates of the base exist as Phoenix wrote them (stamped, references as placeholder URIs);
  // names of the head are registered too, since an offline plan cannot check them against an appliance.
  const withUris = (c: TemplateContent): TemplateContent => ({
    ...c,
    serverHardwareType: types.get(c.serverHardwareType).uri,
    enclosureGroup: c.enclosureGroup === null ? null : groups.get(c.enclosureGroup).uri,
    connections: c.connections.map((x) => ({
      ...x,
      network: {
        kind: x.network.kind,
        name: (x.network.kind === 'network' ? networks : networkSets).get(x.network.name).uri,
      },
    })),
    firmware: c.firmware === null ? null : { ...c.firmware, baseline: bundles.get(c.firmware.baseline).uri },
    deploymentPlan: c.deploymentPlan === null ? null : deploymentPlanUri(c.deploymentPlan),
  });
  // A template's deployment plan is the one the nodes use under that name, else a placeholder of its own.
  const deploymentPlanUri = (name: string): string =>
    [...deploymentPlans.values()].find((p) => p.name === name)?.uri ?? osPlans.get(name).uri;
  const baseTemplates = new Map(base.templates.map((t) => [t.name, t]));
  const templates = new Registry<ObservedTemplate>((name, i) => {
    const declared = baseTemplates.get(name);
    const stamp: TemplateStamp | null =
      declared === undefined
        ? null
        : {
            site: base.site.name,
            template: name,
            spec: declared.specHash.slice(0, 16),
            rev: baseRevision.slice(0, 12),
          };
    const content = declared === undefined ? null : withUris(declared.content);
    return {
      uri: `${URI}/server-profile-templates/${i}`,
      name,
      hardwareTypeUri: content?.serverHardwareType ?? null,
      enclosureGroupUri: content?.enclosureGroup ?? null,
      deploymentPlanUri: content?.deploymentPlan ?? null,
      eTag: 'offline',
      description: stamp === null ? '' : formatTemplateStamp(stamp),
      stamp,
      content: content ?? bareTemplateContent('', null, null),
    };
  });

  const images = new Registry<ObservedGoldenImage>((key, i) => {
    const ref = JSON.parse(key) as { name: string; id: string | null };
    return { uri: `${URI}/golden-images/${i}`, name: ref.name, id: ref.id ?? `offline-image-${i}` };
  });
  const planAttributes = new Map<string, Set<string>>();
  // Nodes of one pool share their references (one object each): the key is built once per pair of them.
  const planKeys = new WeakMap<object, Map<object | null, string>>();
  const planKey = (node: DesiredNode): string | null => {
    const plan = node.deploymentPlan;
    if (plan === null) return null;
    let byImage = planKeys.get(plan);
    if (byImage === undefined) planKeys.set(plan, (byImage = new Map<object | null, string>()));
    let key = byImage.get(node.goldenImage);
    if (key === undefined)
      byImage.set(node.goldenImage, (key = JSON.stringify([plan.name, plan.id, node.goldenImage])));
    return key;
  };
  for (const node of [...base.nodes, ...head.nodes]) {
    const key = planKey(node);
    if (key === null) continue;
    const names = planAttributes.get(key) ?? new Set<string>();
    for (const name of Object.keys(node.attributes)) names.add(name);
    planAttributes.set(key, names);
  }
  const deploymentPlans = new Map<string, ObservedDeploymentPlan>();
  for (const [key, names] of [...planAttributes.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [name, id, golden] = JSON.parse(key) as [string, string | null, DesiredNode['goldenImage']];
    const i = deploymentPlans.size + 1;
    deploymentPlans.set(key, {
      uri: `${URI}/deployment-plans/${i}`,
      name,
      id: id ?? `offline-plan-${i}`,
      goldenImageUri: golden === null ? null : images.get(JSON.stringify(golden)).uri,
      attributes: [...names].sort().map((attribute) => ({
        defaultValue: OFFLINE_PLAN_DEFAULT,
        editable: true,
        name: attribute,
        type: 'string' as const,
      })),
    });
  }

  for (const t of head.templates) withUris(t.content);
  for (const t of base.templates) templates.get(t.name);

  const hardware: ObservedHardware[] = [];
  const byPin = new Map<string, ObservedHardware>();
  let bays = 0;
  const placeholder = (spec: HardwareSpec, profileUri: string | null, node: string): ObservedHardware => {
    const pin = spec.pin;
    const pinKey = pin === null ? null : JSON.stringify(pin);
    const existing = pinKey === null ? undefined : byPin.get(pinKey);
    if (existing !== undefined) return existing;
    bays += 1;
    const enclosureName =
      pin !== null && 'enclosure' in pin
        ? pin.enclosure
        : (spec.enclosures?.[bays % spec.enclosures.length] ?? null);
    // Members in code-unit order of their keys, here and in profiles: the fingerprint's canonical JSON then
    // writes these collections natively as they are (see canonical-json.ts).
    const item: ObservedHardware = {
      bay: pin !== null && 'bay' in pin ? pin.bay : bays,
      eTag: 'offline',
      enclosureGroupUri: spec.enclosureGroup === null ? null : groups.get(spec.enclosureGroup).uri,
      enclosureUri: enclosureName === null ? null : enclosures.get(enclosureName).uri,
      hardwareTypeUri: types.get(spec.serverHardwareType).uri,
      // Names for people: plans name hardware in reasons; placeholders say what they stand for.
      name: profileUri === null ? `free ${spec.serverHardwareType} hardware` : `the hardware of ${node}`,
      powerLock: false,
      powerState: profileUri === null ? 'Off' : 'On',
      profileUri,
      serialNumber: pin !== null && 'serialNumber' in pin ? pin.serialNumber : `OFFLINE-${bays}`,
      state: profileUri === null ? 'NoProfileApplied' : 'ProfileApplied',
      status: 'OK',
      uri: `${URI}/server-hardware/${bays}`,
    };
    hardware.push(item);
    if (pinKey !== null) byPin.set(pinKey, item);
    return item;
  };

  const profiles: ObservedProfile[] = base.nodes.map((node, i) => {
    const uri = `${URI}/server-profiles/${i + 1}`;
    const server = placeholder(node.hardware, uri, node.name);
    const key = planKey(node);
    const plan = key === null ? null : (deploymentPlans.get(key) ?? null);
    const stamp: Stamp = {
      gen: 1,
      node: node.name,
      rev: baseRevision.slice(0, 12),
      site: base.site.name,
      spec: node.specHash.slice(0, 16),
    };
    const customAttributes: Record<string, string> = {};
    for (const declared of plan?.attributes ?? [])
      customAttributes[declared.name] = node.attributes[declared.name] ?? OFFLINE_PLAN_DEFAULT;
    return {
      complianceIssues: NO_ISSUES,
      customAttributes,
      deploymentPlanUri: plan?.uri ?? null,
      description: formatStamp(stamp),
      eTag: 'offline',
      hardwareUri: server.uri,
      inProgress: false,
      name: node.name,
      sections: null,
      stamp,
      state: 'Normal',
      status: 'OK',
      taskUri: null,
      templateCompliance: 'Compliant',
      templateUri: templates.get(node.profileTemplate).uri,
      uri,
    };
  });
  // One free placeholder per node of the head: enough for every create and every surge replacement.
  for (const node of head.nodes) {
    templates.get(node.profileTemplate);
    placeholder(node.hardware, null, node.name);
  }

  const content = {
    enclosures: enclosures.list(),
    enclosureGroups: groups.list(),
    hardwareTypes: types.list(),
    hardware: inUriOrder(hardware),
    templates: templates.list(),
    profiles: inUriOrder(profiles),
    deploymentPlans: [
      ...deploymentPlans.values(),
      ...osPlans
        .list()
        .filter((p) => ![...deploymentPlans.values()].some((d) => d.name === p.name))
        .map((p) => ({ ...p, id: p.uri, goldenImageUri: null, attributes: [] })),
    ],
    goldenImages: images.list(),
    networks: networks.list(),
    networkSets: networkSets.list(),
    firmwareBundles: bundles.list(),
  };
  return {
    formatVersion: 1,
    appliance: offlineApplianceName(baseRevision),
    apiVersion: 0,
    takenAt: '1970-01-01T00:00:00.000Z',
    fingerprint: inventoryFingerprint(content, createHash('sha256')),
    ...content,
  };
}

/**
 * Items numbered 1 to n in their URIs (`…/1`, `…/2`), listed in the URIs' text order (1, 10, 100, …, 11, …, 2):
 * the order in which the fingerprint and the planner read a collection, so that neither sorts 100,000 items.
 * Each item's URI ends with its position plus one; the order is made by counting, not by comparing.
 */
function inUriOrder<T>(items: readonly T[]): T[] {
  const out: T[] = [];
  let number = 1;
  for (let i = 0; i < items.length; i++) {
    out.push(items[number - 1]!);
    // The next number in text order: one more digit if there is room, else the next sibling up the digits.
    if (number * 10 <= items.length) number *= 10;
    else {
      while (number % 10 === 9 || number + 1 > items.length) number = Math.floor(number / 10);
      number += 1;
    }
  }
  return out;
}

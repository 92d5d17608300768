import type {
  CustomAttributeType,
  InventorySnapshot,
  NamedResource,
  ObservedDeploymentPlan,
  ObservedEnclosure,
  ObservedGoldenImage,
  ObservedHardware,
  ObservedHardwareType,
  ObservedProfile,
  ObservedTemplate,
} from '../observed/inventory.js';
import type { HardwareView } from './reconcile-plan.js';

/** Lookups over one inventory snapshot, built once per plan. */
export interface InventoryIndex {
  readonly snapshot: InventorySnapshot;
  readonly hardwareByUri: ReadonlyMap<string, ObservedHardware>;
  readonly enclosureByUri: ReadonlyMap<string, ObservedEnclosure>;
  readonly enclosureGroupByUri: ReadonlyMap<string, NamedResource>;
  readonly hardwareTypeByUri: ReadonlyMap<string, NamedResource>;
  readonly hardwareTypeByName: ReadonlyMap<string, ObservedHardwareType>;
  readonly templateByName: ReadonlyMap<string, ObservedTemplate>;
  readonly templateByUri: ReadonlyMap<string, ObservedTemplate>;
  readonly deploymentPlanByName: ReadonlyMap<string, ObservedDeploymentPlan>;
  readonly deploymentPlanById: ReadonlyMap<string, ObservedDeploymentPlan>;
  readonly deploymentPlanByUri: ReadonlyMap<string, ObservedDeploymentPlan>;
  readonly goldenImageByUri: ReadonlyMap<string, ObservedGoldenImage>;
  readonly profileByUri: ReadonlyMap<string, ObservedProfile>;
  readonly enclosureGroupByName: ReadonlyMap<string, NamedResource>;
  readonly networkByName: ReadonlyMap<string, NamedResource>;
  readonly networkSetByName: ReadonlyMap<string, NamedResource>;
  readonly firmwareBundleByName: ReadonlyMap<string, NamedResource>;
  /** Names of networks, network sets, firmware bundles and deployment plans by URI. */
  readonly nameByUri: ReadonlyMap<string, string>;
  /** The type of each attribute a deployment plan declares (the last of a name wins), by the plan's URI. */
  readonly attributeTypesByPlanUri: ReadonlyMap<string, ReadonlyMap<string, CustomAttributeType>>;
}

/**
 * Items by key; of duplicates the first in the snapshot wins (a stable sort by key would pick the same one, so
 * no sort is needed: the maps are only looked up, never iterated).
 */
function byKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    if (!map.has(k)) map.set(k, item);
  }
  return map;
}

function byUriThenKey<T extends NamedResource>(
  items: readonly T[],
  key: (item: T) => string,
): Map<string, T> {
  const map = new Map<string, T>();
  const sorted = [...items].sort((a, b) => compareText(a.uri, b.uri));
  for (const item of sorted) if (!map.has(key(item))) map.set(key(item), item);
  return map;
}

export function indexInventory(snapshot: InventorySnapshot): InventoryIndex {
  return {
    snapshot,
    hardwareByUri: byKey(snapshot.hardware, (h) => h.uri),
    enclosureByUri: byKey(snapshot.enclosures, (e) => e.uri),
    enclosureGroupByUri: byKey(snapshot.enclosureGroups, (g) => g.uri),
    hardwareTypeByUri: byKey(snapshot.hardwareTypes, (t) => t.uri),
    hardwareTypeByName: byUriThenKey(snapshot.hardwareTypes, (t) => t.name),
    templateByName: byUriThenKey(snapshot.templates, (t) => t.name),
    templateByUri: byKey(snapshot.templates, (t) => t.uri),
    deploymentPlanByName: byUriThenKey(snapshot.deploymentPlans, (p) => p.name),
    deploymentPlanById: byKey(snapshot.deploymentPlans, (p) => p.id),
    deploymentPlanByUri: byKey(snapshot.deploymentPlans, (p) => p.uri),
    goldenImageByUri: byKey(snapshot.goldenImages, (g) => g.uri),
    profileByUri: byKey(snapshot.profiles, (p) => p.uri),
    enclosureGroupByName: byUriThenKey(snapshot.enclosureGroups, (g) => g.name),
    networkByName: byUriThenKey(snapshot.networks, (n) => n.name),
    networkSetByName: byUriThenKey(snapshot.networkSets, (n) => n.name),
    firmwareBundleByName: byUriThenKey(snapshot.firmwareBundles, (b) => b.name),
    nameByUri: new Map(
      [
        ...snapshot.networks,
        ...snapshot.networkSets,
        ...snapshot.firmwareBundles,
        ...snapshot.deploymentPlans,
        ...snapshot.hardwareTypes,
        ...snapshot.enclosureGroups,
      ].map((r) => [r.uri, r.name]),
    ),
    attributeTypesByPlanUri: byKeyMapped(
      snapshot.deploymentPlans,
      (p) => p.uri,
      (p) => {
        const types = new Map<string, CustomAttributeType>();
        for (const a of p.attributes) types.set(a.name, a.type);
        return types;
      },
    ),
  };
}

/** Like byKey, of what `value` makes of each item. */
function byKeyMapped<T, V>(
  items: readonly T[],
  key: (item: T) => string,
  value: (item: T) => V,
): Map<string, V> {
  const map = new Map<string, V>();
  for (const item of items) {
    const k = key(item);
    if (!map.has(k)) map.set(k, value(item));
  }
  return map;
}

/** Code-unit order, independent of locale: the order every list in a plan uses. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The texts in code-unit order: the list itself when it already is (most lists: names a pattern generated, keys
 * written in order), else a sorted copy. Planning sorts a few short lists per node; copying each costs more
 * than the check.
 */
export function sortedTexts(texts: readonly string[]): readonly string[] {
  for (let i = 1; i < texts.length; i++) {
    if (texts[i - 1]! <= texts[i]!) continue;
    // Without a comparator, strings sort by code unit: compareText's order, without a call per comparison.
    return texts.length > SMALL ? [...texts].sort() : sortInPlace([...texts], compareText);
  }
  return texts;
}

/** Below this length, an insertion sort: Array.prototype.sort allocates work space for every call. */
const SMALL = 16;

/**
 * Sorts `items` in place, stably, and returns them. Short lists (a node's attributes, the names of one check)
 * are sorted by insertion: planning sorts a few of them per node, and the built-in sort allocates for each.
 */
export function sortInPlace<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > SMALL) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let j = i - 1;
    while (j >= 0 && compare(items[j]!, item) > 0) {
      items[j + 1] = items[j]!;
      j--;
    }
    items[j + 1] = item;
  }
  return items;
}

/** Items in code-unit order of `key`, stably: the list itself when it already is in that order, else a sorted copy. */
export function sortedByText<T>(items: readonly T[], key: (item: T) => string): readonly T[] {
  for (let i = 1; i < items.length; i++) {
    if (key(items[i - 1]!) > key(items[i]!)) return [...items].sort((a, b) => compareText(key(a), key(b)));
  }
  return items;
}

export function enclosureGroupName(index: InventoryIndex, uri: string | null): string | null {
  return uri === null ? null : (index.enclosureGroupByUri.get(uri)?.name ?? null);
}

export function describeHardware(index: InventoryIndex, hardware: ObservedHardware): HardwareView {
  return {
    uri: hardware.uri,
    name: hardware.name,
    hardwareType: index.hardwareTypeByUri.get(hardware.hardwareTypeUri)?.name ?? null,
    enclosure:
      hardware.enclosureUri === null ? null : (index.enclosureByUri.get(hardware.enclosureUri)?.name ?? null),
    bay: hardware.bay,
    serialNumber: hardware.serialNumber,
  };
}

import type {
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
  };
}

/** Code-unit order, independent of locale: the order every list in a plan uses. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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

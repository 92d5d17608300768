import type { DesiredNode, HardwarePin, HardwareSpec } from '../desired/desired-state.js';
import type { ObservedHardware } from '../observed/inventory.js';
import { compareText, enclosureGroupName, type InventoryIndex } from './inventory-index.js';
import { SpareBuckets } from './spare-buckets.js';

/** Why a piece of hardware cannot take a node. */
export type HardwareProblem =
  'critical' | 'quarantined' | 'wrong-type' | 'wrong-enclosure-group' | 'not-ready';

export interface Allocation {
  readonly hardware: ObservedHardware;
  /** The delete change that frees it, when it is not free yet. */
  readonly releasedBy: string | null;
}

interface Released {
  readonly hardware: ObservedHardware;
  readonly by: string;
}

/** The released hardware matching one selector, in the order it was released; entries before `cursor` are taken. */
interface ReleasedMatches {
  readonly spec: HardwareSpec;
  readonly entries: Released[];
  cursor: number;
}

const HEALTHY = new Set(['OK', 'Warning']);

export function formatPin(pin: HardwarePin): string {
  return 'serialNumber' in pin ? `serial ${pin.serialNumber}` : `${pin.enclosure}, bay ${pin.bay}`;
}

/**
 * Deterministic hardware allocation over one inventory. Free means NoProfileApplied with no profile; usable
 * means status OK or Warning and not quarantined; matching means the node's hardware type, enclosure group and
 * allowed enclosures. Candidates are taken in (enclosure name, bay, URI) order; with `spread: enclosure` a pool
 * node goes to the allowed enclosure that holds the fewest nodes of its pool, ties to the first by name.
 * Hardware that a pin targets is never handed to an unpinned node.
 */
export class HardwareAllocator {
  readonly #index: InventoryIndex;
  readonly #quarantined: ReadonlySet<string>;
  readonly #used = new Set<string>();
  readonly #free: readonly ObservedHardware[];
  readonly #selections = new Map<string, SpareBuckets>();
  readonly #poolSpread = new Map<string, Map<string, number>>();
  readonly #released: Released[] = [];
  readonly #releasedMatches = new Map<string, ReleasedMatches>();
  readonly #releasedByUri = new Map<string, string>();
  readonly #byBay = new Map<string, ObservedHardware>();
  readonly #bySerial = new Map<string, ObservedHardware>();

  constructor(index: InventoryIndex, quarantined: ReadonlySet<string>, pins: readonly HardwarePin[]) {
    this.#index = index;
    this.#quarantined = quarantined;
    // Each piece's enclosure name is looked up once, not at every comparison; a list already in order is
    // not sorted again (the stable sort would keep it as it is).
    const keyed = index.snapshot.hardware.map((hardware) => ({
      hardware,
      enclosure: this.enclosureName(hardware),
    }));
    const compare = (a: (typeof keyed)[number], b: (typeof keyed)[number]): number =>
      compareText(a.enclosure ?? '', b.enclosure ?? '') ||
      (a.hardware.bay ?? 0) - (b.hardware.bay ?? 0) ||
      compareText(a.hardware.uri, b.hardware.uri);
    for (let i = 1; i < keyed.length; i++) {
      if (compare(keyed[i - 1]!, keyed[i]!) > 0) {
        keyed.sort(compare);
        break;
      }
    }
    const sorted = keyed.map((k) => k.hardware);
    for (const { hardware, enclosure } of keyed) {
      if (enclosure !== null && hardware.bay !== null) {
        const key = `${enclosure}\u0000${hardware.bay}`;
        if (!this.#byBay.has(key)) this.#byBay.set(key, hardware);
      }
      if (!this.#bySerial.has(hardware.serialNumber)) this.#bySerial.set(hardware.serialNumber, hardware);
    }
    const pinned = new Set(pins.map((pin) => this.resolvePin(pin)?.uri).filter((u) => u !== undefined));
    this.#free = sorted.filter(
      (h) => this.isFree(h) && this.problemWith(h, null) === null && !pinned.has(h.uri),
    );
  }

  enclosureName(hardware: ObservedHardware): string | null {
    return hardware.enclosureUri === null
      ? null
      : (this.#index.enclosureByUri.get(hardware.enclosureUri)?.name ?? null);
  }

  isFree(hardware: ObservedHardware): boolean {
    return (
      hardware.state === 'NoProfileApplied' && hardware.profileUri === null && !this.#used.has(hardware.uri)
    );
  }

  isUsed(uri: string): boolean {
    return this.#used.has(uri);
  }

  resolvePin(pin: HardwarePin): ObservedHardware | null {
    if ('serialNumber' in pin) return this.#bySerial.get(pin.serialNumber) ?? null;
    return this.#byBay.get(`${pin.enclosure}\u0000${pin.bay}`) ?? null;
  }

  /** Health and match problems of a piece of hardware for a selector (null: health only). */
  problemWith(hardware: ObservedHardware, spec: HardwareSpec | null): HardwareProblem | null {
    if (!HEALTHY.has(hardware.status)) return hardware.status === 'Critical' ? 'critical' : 'not-ready';
    if (this.#quarantined.has(hardware.uri)) return 'quarantined';
    if (spec === null) return null;
    if (this.#index.hardwareTypeByUri.get(hardware.hardwareTypeUri)?.name !== spec.serverHardwareType) {
      return 'wrong-type';
    }
    if (
      spec.enclosureGroup !== null &&
      enclosureGroupName(this.#index, hardware.enclosureGroupUri) !== spec.enclosureGroup
    ) {
      return 'wrong-enclosure-group';
    }
    if (spec.enclosures !== null && !spec.enclosures.includes(this.enclosureName(hardware) ?? '')) {
      return 'wrong-enclosure-group';
    }
    return null;
  }

  /** Hardware a delete in this plan frees: usable by later allocations, which then depend on that delete. */
  addReleased(hardware: ObservedHardware, changeId: string): void {
    if (this.problemWith(hardware, null) !== null) return;
    const entry = { hardware, by: changeId };
    this.#released.push(entry);
    if (!this.#releasedByUri.has(hardware.uri)) this.#releasedByUri.set(hardware.uri, changeId);
    for (const matches of this.#releasedMatches.values()) {
      if (this.problemWith(hardware, matches.spec) === null) matches.entries.push(entry);
    }
  }

  /** Counts a kept node of a pool in its enclosure, for spreading. */
  countInPool(pool: string, hardware: ObservedHardware): void {
    const enclosure = this.enclosureName(hardware) ?? '';
    const counts = this.#poolSpread.get(pool) ?? new Map<string, number>();
    const count = (counts.get(enclosure) ?? 0) + 1;
    counts.set(enclosure, count);
    this.#poolSpread.set(pool, counts);
    for (const buckets of this.#selections.values()) buckets.counted(pool, enclosure, count);
  }

  take(hardware: ObservedHardware, pool: string | null): void {
    this.#used.add(hardware.uri);
    if (pool !== null) this.countInPool(pool, hardware);
  }

  /** A free spare for the node, or null. */
  takeSpare(node: DesiredNode, pool: string | null): ObservedHardware | null {
    const buckets = this.selection(node.hardware);
    const spread = node.hardware.spread === 'enclosure' && pool !== null;
    const counts = pool === null ? undefined : this.#poolSpread.get(pool);
    const hardware = spread && counts !== undefined ? buckets.fewest(pool, counts) : buckets.first();
    if (hardware === null) return null;
    this.take(hardware, pool);
    return hardware;
  }

  /** Hardware a delete frees that matches the node, or null. */
  takeReleased(node: DesiredNode, pool: string | null): Allocation | null {
    const matches = this.releasedMatching(node.hardware);
    while (matches.cursor < matches.entries.length) {
      const entry = matches.entries[matches.cursor]!;
      if (this.#used.has(entry.hardware.uri)) {
        matches.cursor++;
        continue;
      }
      this.take(entry.hardware, pool);
      return { hardware: entry.hardware, releasedBy: entry.by };
    }
    return null;
  }

  /** The change that frees a given piece of hardware, if any. */
  releasedBy(uri: string): string | null {
    return this.#releasedByUri.get(uri) ?? null;
  }

  private selectionKey(spec: HardwareSpec): string {
    return JSON.stringify([spec.serverHardwareType, spec.enclosureGroup, spec.enclosures]);
  }

  private releasedMatching(spec: HardwareSpec): ReleasedMatches {
    const key = this.selectionKey(spec);
    let matches = this.#releasedMatches.get(key);
    if (matches === undefined) {
      matches = {
        spec,
        entries: this.#released.filter((e) => this.problemWith(e.hardware, spec) === null),
        cursor: 0,
      };
      this.#releasedMatches.set(key, matches);
    }
    return matches;
  }

  private selection(spec: HardwareSpec): SpareBuckets {
    const key = this.selectionKey(spec);
    let buckets = this.#selections.get(key);
    if (buckets === undefined) {
      const byEnclosure = new Map<string, ObservedHardware[]>();
      for (const hardware of this.#free) {
        if (this.problemWith(hardware, spec) !== null) continue;
        const enclosure = this.enclosureName(hardware) ?? '';
        const list = byEnclosure.get(enclosure) ?? [];
        list.push(hardware);
        byEnclosure.set(enclosure, list);
      }
      buckets = new SpareBuckets(byEnclosure, (uri) => this.#used.has(uri));
      this.#selections.set(key, buckets);
    }
    return buckets;
  }
}

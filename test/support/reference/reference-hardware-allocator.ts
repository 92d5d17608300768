import type { DesiredNode, HardwarePin, HardwareSpec } from '../../../src/core/desired/desired-state.js';
import type { ObservedHardware } from '../../../src/core/observed/inventory.js';
import {
  compareText,
  enclosureGroupName,
  type InventoryIndex,
} from '../../../src/core/plan/inventory-index.js';

/** Why a piece of hardware cannot take a node. */
type HardwareProblem = 'critical' | 'quarantined' | 'wrong-type' | 'wrong-enclosure-group' | 'not-ready';

interface Allocation {
  readonly hardware: ObservedHardware;
  /** The delete change that frees it, when it is not free yet. */
  readonly releasedBy: string | null;
}

interface Bucket {
  readonly enclosure: string;
  readonly items: readonly ObservedHardware[];
  cursor: number;
}

const HEALTHY = new Set(['OK', 'Warning']);

/**
 * The hardware allocator as it was before its spare and released lookups were indexed: every call scans every
 * enclosure bucket and the whole released list. Kept only so that a property test can show the indexed allocator
 * makes the same choices.
 *
 * Deterministic hardware allocation over one inventory. Free means NoProfileApplied with no profile; usable
 * means status OK or Warning and not quarantined; matching means the node's hardware type, enclosure group and
 * allowed enclosures. Candidates are taken in (enclosure name, bay, URI) order; with `spread: enclosure` a pool
 * node goes to the allowed enclosure that holds the fewest nodes of its pool, ties to the first by name.
 * Hardware that a pin targets is never handed to an unpinned node.
 */
export class ReferenceHardwareAllocator {
  readonly #index: InventoryIndex;
  readonly #quarantined: ReadonlySet<string>;
  readonly #used = new Set<string>();
  readonly #free: readonly ObservedHardware[];
  readonly #selections = new Map<string, Bucket[]>();
  readonly #poolSpread = new Map<string, Map<string, number>>();
  readonly #released: { hardware: ObservedHardware; by: string }[] = [];
  readonly #byBay = new Map<string, ObservedHardware>();
  readonly #bySerial = new Map<string, ObservedHardware>();

  constructor(index: InventoryIndex, quarantined: ReadonlySet<string>, pins: readonly HardwarePin[]) {
    this.#index = index;
    this.#quarantined = quarantined;
    const sorted = [...index.snapshot.hardware].sort(
      (a, b) =>
        compareText(this.enclosureName(a) ?? '', this.enclosureName(b) ?? '') ||
        (a.bay ?? 0) - (b.bay ?? 0) ||
        compareText(a.uri, b.uri),
    );
    for (const hardware of sorted) {
      const enclosure = this.enclosureName(hardware);
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
    if (this.problemWith(hardware, null) === null) this.#released.push({ hardware, by: changeId });
  }

  /** Counts a kept node of a pool in its enclosure, for spreading. */
  countInPool(pool: string, hardware: ObservedHardware): void {
    const enclosure = this.enclosureName(hardware) ?? '';
    const counts = this.#poolSpread.get(pool) ?? new Map<string, number>();
    counts.set(enclosure, (counts.get(enclosure) ?? 0) + 1);
    this.#poolSpread.set(pool, counts);
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
    let best: Bucket | null = null;
    for (const bucket of buckets) {
      while (bucket.cursor < bucket.items.length && this.#used.has(bucket.items[bucket.cursor]!.uri))
        bucket.cursor++;
      if (bucket.cursor >= bucket.items.length) continue;
      if (!spread) {
        best = bucket;
        break;
      }
      if (best === null || (counts?.get(bucket.enclosure) ?? 0) < (counts?.get(best.enclosure) ?? 0))
        best = bucket;
    }
    if (best === null) return null;
    const hardware = best.items[best.cursor]!;
    this.take(hardware, pool);
    return hardware;
  }

  /** Hardware a delete frees that matches the node, or null. */
  takeReleased(node: DesiredNode, pool: string | null): Allocation | null {
    for (const entry of this.#released) {
      if (this.#used.has(entry.hardware.uri) || this.problemWith(entry.hardware, node.hardware) !== null)
        continue;
      this.take(entry.hardware, pool);
      return { hardware: entry.hardware, releasedBy: entry.by };
    }
    return null;
  }

  /** The change that frees a given piece of hardware, if any. */
  releasedBy(uri: string): string | null {
    return this.#released.find((entry) => entry.hardware.uri === uri)?.by ?? null;
  }

  private selection(spec: HardwareSpec): Bucket[] {
    const key = JSON.stringify([spec.serverHardwareType, spec.enclosureGroup, spec.enclosures]);
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
      buckets = [...byEnclosure.entries()]
        .sort(([a], [b]) => compareText(a, b))
        .map(([enclosure, items]) => ({ enclosure, items, cursor: 0 }));
      this.#selections.set(key, buckets);
    }
    return buckets;
  }
}

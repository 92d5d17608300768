import { inflateSync } from 'node:zlib';
import { applyDelta } from './apply-delta.js';
import { ByteBudgetLru } from './byte-budget-lru.js';
import { OUTPUT_CHUNK } from './native-inflate.js';
import { readEntryHeader } from './pack-entry-header.js';

/** Bytes of resolved objects one cache keeps (git's own delta base cache holds 96 MiB). */
const DEFAULT_BUDGET = 32 * 1024 * 1024;

/** Offsets are below 2^32: isomorphic-git reads packs up to 2 GiB. */
const OFFSETS_PER_PACK = 2 ** 32;

/** A resolved object, as isomorphic-git's pack reader gives it (the type of a delta is its base's). */
export interface PackedObject {
  readonly type: string;
  readonly object: Uint8Array;
}

type SliceResult = PackedObject & { format: string };
type ReadSlice = (this: unknown, args: { start: number }) => Promise<SliceResult>;

/** The parts of isomorphic-git's pack index this reader uses. */
interface PackIndex {
  /** The pack's bytes, once isomorphic-git has read the file (a promise of them, or null before). */
  readonly pack?: unknown;
  read?(args: { oid: string }): Promise<PackedObject>;
}

/** What this cache knows of a pack index isomorphic-git loaded. */
interface WatchedPack {
  readonly offsets: ReadonlyMap<string, number>;
  readonly readSlice: (args: { start: number }) => Promise<PackedObject>;
  /** True once isomorphic-git read an object from the pack, which it does after checking the pack's checksum. */
  checked: boolean;
}

/**
 * The `cache` object isomorphic-git takes, with a bounded cache of resolved pack objects added to each pack it loads
 * into it. isomorphic-git's pack reader resolves a delta by reading its base, and the base's base, down to a whole
 * object, inflating each; its own cache of resolved objects is only turned on for packs it has just indexed (its
 * depth counter is never set for a pack index read from disk), so every read of a delta re-inflates the whole chain
 * (up to 50 deep after `git gc`). The map isomorphic-git keeps parsed packs in (under a symbol property of `cache`)
 * is watched: each pack index loaded into it gets a `readSlice` of its own that keeps what it resolves, by offset,
 * in one least-recently-used set of `budget` bytes shared by the packs of this cache. It reads an object straight
 * from the pack's bytes (node:zlib inflates into the object's own buffer; a delta is applied into one buffer of its
 * final size) where isomorphic-git's reader copies each twice; on anything it cannot read, isomorphic-git's own
 * `readSlice` runs, so a corrupt object fails with isomorphic-git's error. Objects are kept as read and never
 * handed out for writing: every caller in isomorphic-git copies or parses them. A read that fails is not kept, so
 * a corrupt object fails again, with the same error.
 */
export class PackObjectCache {
  /** What to pass to isomorphic-git as `cache`. */
  readonly forGit: object;
  readonly #objects: ByteBudgetLru<Promise<PackedObject>>;
  readonly #packs: WatchedPack[] = [];
  readonly #watched = new WeakSet<object>();

  constructor(budget: number = DEFAULT_BUDGET) {
    this.#objects = new ByteBudgetLru(budget);
    this.forGit = new Proxy(
      {},
      {
        set: (target, key, value: unknown): boolean => {
          const packMap =
            typeof key === 'symbol' && key.description === 'PackfileCache' && value instanceof Map;
          const watch = (index: unknown): void => this.#watch(index);
          return Reflect.set(
            target,
            key,
            packMap ? watchedMap(value as Map<unknown, unknown>, watch) : value,
          );
        },
      },
    );
  }

  /**
   * The object `oid` from a pack isomorphic-git has loaded and checked, without the rest of isomorphic-git's read
   * (the look for a loose file, the listing of the pack folder, a new file system wrapper): null when no such pack
   * holds it, and the caller reads it through isomorphic-git. Errors are the pack reader's own.
   */
  readPacked(oid: string): Promise<PackedObject> | null {
    for (const pack of this.#packs) {
      const start = pack.offsets.get(oid);
      if (start === undefined) continue;
      return pack.checked ? pack.readSlice({ start }) : null;
    }
    return null;
  }

  #watch(index: unknown): void {
    if (typeof index !== 'object' || index === null || this.#watched.has(index)) return;
    const { readSlice: original, offsets } = index as { readSlice?: unknown; offsets?: unknown };
    if (typeof original !== 'function') return;
    this.#watched.add(index);
    const objects = this.#objects;
    const base = this.#packs.length * OFFSETS_PER_PACK;
    const pack = index as PackIndex;
    const readSlice = ({ start }: { start: number }): Promise<SliceResult> => {
      if (watched !== null) watched.checked = true;
      const key = base + start;
      let read = objects.get(key);
      if (read === undefined) {
        // isomorphic-git's own reader takes over whatever this one cannot read, and fails with its own error.
        const added = resolveObject(pack, start, readSlice).catch(() =>
          (original as ReadSlice).call(index, { start }).then(({ type, object }) => ({ type, object })),
        );
        read = added;
        objects.add(key, added);
        added.then(
          ({ object }) => objects.sized(key, added, object.byteLength),
          () => objects.drop(key, added),
        );
      }
      // A fresh result each time: isomorphic-git adds fields to what it gets.
      return read.then(({ type, object }) => ({ type, format: 'content', object }));
    };
    const watched: WatchedPack | null =
      offsets instanceof Map ? { offsets: offsets as Map<string, number>, readSlice, checked: false } : null;
    if (watched !== null) this.#packs.push(watched);
    Object.defineProperty(index, 'readSlice', { value: readSlice, configurable: true, writable: true });
  }
}

/**
 * The object at `start` of the pack: its header parsed, its data inflated by node:zlib straight from the pack, a
 * delta applied to its base (read through `readSlice`, so through the cache; a base named by id through
 * isomorphic-git's `read`, which also finds one outside the pack). Throws on anything unexpected.
 */
async function resolveObject(
  index: PackIndex,
  start: number,
  readSlice: (args: { start: number }) => Promise<PackedObject>,
): Promise<PackedObject> {
  const pack = await index.pack;
  if (!Buffer.isBuffer(pack)) throw new TypeError('The pack is not loaded');
  const header = readEntryHeader(pack, start);
  let base: Promise<PackedObject> | null = null;
  if (header.baseOffset !== undefined) base = readSlice({ start: header.baseOffset });
  if (header.baseOid !== undefined) {
    if (typeof index.read !== 'function') throw new TypeError('No reader for a base named by id');
    base = index.read({ oid: header.baseOid });
  }
  const data = inflateSync(pack.subarray(header.dataStart), { chunkSize: OUTPUT_CHUNK });
  if (data.length !== header.size) throw new RangeError('An object is not the size its header says');
  if (base === null) return { type: header.type as string, object: data };
  const resolved = await base;
  return { type: resolved.type, object: applyDelta(data, resolved.object) };
}

/** `map` (empty, as isomorphic-git creates it) whose values, promises of pack indexes, are handed to `watch`. */
function watchedMap(map: Map<unknown, unknown>, watch: (index: unknown) => void): Map<unknown, unknown> {
  const set = map.set.bind(map);
  map.set = (key, value) => {
    // Registered before isomorphic-git awaits the promise, so the index is watched before its first read.
    if (value instanceof Promise) value.then(watch, () => undefined);
    return set(key, value);
  };
  return map;
}

/** Bytes of resolved objects one cache keeps (git's own delta base cache holds 96 MiB). */
const DEFAULT_BUDGET = 32 * 1024 * 1024;

/** An object larger than this share of the budget is not kept, so one large blob cannot flush the rest. */
const LARGEST_SHARE = 4;

/** Offsets are below 2^32: isomorphic-git reads packs up to 2 GiB. */
const OFFSETS_PER_PACK = 2 ** 32;

/** What isomorphic-git's pack reader returns for the object at an offset. */
interface SliceResult {
  type: string;
  format: string;
  object: Uint8Array;
}

type ReadSlice = (this: unknown, args: { start: number }) => Promise<SliceResult>;

interface Entry {
  readonly read: Promise<{ readonly type: string; readonly object: Uint8Array }>;
  bytes: number;
}

/**
 * The `cache` object isomorphic-git takes, with a bounded cache of resolved pack objects added to each pack it loads
 * into it. isomorphic-git's pack reader resolves a delta by reading its base, and the base's base, down to a whole
 * object, inflating each; its own cache of resolved objects is only turned on for packs it has just indexed (its
 * depth counter is never set for a pack index read from disk), so every read of a delta re-inflates the whole chain
 * (up to 50 deep after `git gc`). The cache isomorphic-git keeps parsed packs in (a Map under a symbol property) is
 * watched: each pack index loaded into it gets a `readSlice` of its own that keeps what it resolves, by offset, in
 * one least-recently-used set of `budget` bytes shared by the packs of this cache. Objects are kept as
 * isomorphic-git returns them and never handed out for writing: every caller in isomorphic-git copies or parses
 * them. A read that fails is not kept, so a corrupt object fails again, with the same error.
 */
export function createPackObjectCache(budget: number = DEFAULT_BUDGET): object {
  const objects = new ObjectLru(budget);
  const watched = new WeakSet<object>();
  let packs = 0;
  const watch = (index: unknown): void => {
    if (typeof index !== 'object' || index === null || watched.has(index)) return;
    const original = (index as { readSlice?: unknown }).readSlice;
    if (typeof original !== 'function') return;
    watched.add(index);
    const base = packs * OFFSETS_PER_PACK;
    packs += 1;
    const readSlice: ReadSlice = function (this: unknown, { start }) {
      const key = base + start;
      let entry = objects.get(key);
      if (entry === undefined) {
        const read = (original as ReadSlice)
          .call(this, { start })
          .then(({ type, object }) => ({ type, object }));
        const added: Entry = { read, bytes: 0 };
        entry = added;
        objects.add(key, added);
        read.then(
          ({ object }) => objects.sized(key, added, object.byteLength),
          () => objects.drop(key, added),
        );
      }
      // A fresh result each time: isomorphic-git adds fields to what it gets.
      return entry.read.then(({ type, object }) => ({ type, format: 'content', object }));
    };
    Object.defineProperty(index, 'readSlice', { value: readSlice, configurable: true, writable: true });
  };
  return new Proxy(
    {},
    {
      set(target, key, value: unknown): boolean {
        const packMap =
          typeof key === 'symbol' && key.description === 'PackfileCache' && value instanceof Map;
        return Reflect.set(target, key, packMap ? watchedMap(value as Map<unknown, unknown>, watch) : value);
      },
    },
  );
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

/** Entries by key in use order (a Map iterates in insertion order; a hit moves its key to the end). */
class ObjectLru {
  readonly #budget: number;
  readonly #entries = new Map<number, Entry>();
  #bytes = 0;

  constructor(budget: number) {
    this.#budget = budget;
  }

  get(key: number): Entry | undefined {
    const entry = this.#entries.get(key);
    if (entry !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, entry);
    }
    return entry;
  }

  add(key: number, entry: Entry): void {
    this.#entries.set(key, entry);
  }

  /** Records the size of a resolved object, then drops the least recently used ones over the budget. */
  sized(key: number, entry: Entry, bytes: number): void {
    if (this.#entries.get(key) !== entry) return;
    if (bytes * LARGEST_SHARE > this.#budget) {
      this.drop(key, entry);
      return;
    }
    entry.bytes = bytes;
    this.#bytes += bytes;
    for (const [oldKey, old] of this.#entries) {
      if (this.#bytes <= this.#budget) break;
      this.drop(oldKey, old);
    }
  }

  drop(key: number, entry: Entry): void {
    if (this.#entries.get(key) !== entry) return;
    this.#entries.delete(key);
    this.#bytes -= entry.bytes;
  }
}

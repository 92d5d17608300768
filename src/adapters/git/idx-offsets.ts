const MAGIC = 0xff744f63;
const VERSION = 2;
const FAN_OUT_START = 8;
const NAMES_START = FAN_OUT_START + 256 * 4;
const SHA_BYTES = 20;
/** isomorphic-git reads no idx file above 2 GiB. */
const LARGEST_IDX = 2048 * 1024 * 1024;
const FULL_OID = /^[0-9a-f]{40}$/;

/** What a pack index of version 2 holds, as isomorphic-git's `fromIdx` reads it. */
export interface IdxContent {
  readonly offsets: IdxOffsets;
  /** The checksum of the pack, in hex. */
  readonly packfileSha: string;
}

/**
 * The content of an idx file (version 2) read where it lies: the object ids are looked up in the file by binary
 * search instead of being turned into a map of hex strings up front (11,000 strings and map entries for a
 * repository of 2,000 commits, about 3 ms and their garbage at every opening). Null for anything isomorphic-git's
 * own `fromIdx` should judge (another version, a file too large or cut short).
 */
export function readIdx(idx: Buffer): IdxContent | null {
  if (idx.length < NAMES_START || idx.length > LARGEST_IDX) return null;
  if (idx.readUInt32BE(0) !== MAGIC || idx.readUInt32BE(4) !== VERSION) return null;
  const count = idx.readUInt32BE(NAMES_START - 4);
  // Names, CRCs and offsets, then the pack's checksum (where isomorphic-git reads it: before any 64-bit offsets).
  const packChecksum = NAMES_START + (SHA_BYTES + 8) * count;
  if (packChecksum + SHA_BYTES > idx.length) return null;
  return {
    offsets: new IdxOffsets(idx, count),
    packfileSha: idx.toString('hex', packChecksum, packChecksum + SHA_BYTES),
  };
}

/**
 * The map from object id to offset in the pack that isomorphic-git keeps for a pack index, answering `get` and
 * `has` from the idx bytes (the fan-out table, then a binary search of the sorted names), as the map isomorphic-git
 * builds would: a full id in lower-case hex, the offset as the idx's 32-bit word. Anything else asked of it (its
 * keys, a walk, a change) first fills it with every entry, after which it is an ordinary Map.
 */
export class IdxOffsets extends Map<string, number> {
  #idx: Buffer | null;
  readonly #count: number;
  #names: string[] | null = null;
  /** The id looked up, as bytes (one buffer for every lookup: a lookup allocates nothing). */
  readonly #key = Buffer.alloc(SHA_BYTES);

  constructor(idx: Buffer, count: number) {
    super();
    this.#idx = idx;
    this.#count = count;
  }

  /** The object ids in the idx's order (sorted), as isomorphic-git's `hashes`. */
  names(): string[] {
    if (this.#names === null) {
      const idx = this.#idx;
      if (idx === null) return [...super.keys()].sort();
      const hex = idx.toString('hex', NAMES_START, NAMES_START + SHA_BYTES * this.#count);
      this.#names = Array.from({ length: this.#count }, (_, i) =>
        hex.slice(2 * SHA_BYTES * i, 2 * SHA_BYTES * (i + 1)),
      );
    }
    return this.#names;
  }

  override get(oid: string): number | undefined {
    const idx = this.#idx;
    if (idx === null) return super.get(oid);
    if (typeof oid !== 'string' || !FULL_OID.test(oid)) return undefined;
    const key = this.#key;
    key.write(oid, 'hex');
    const first = key[0] as number;
    let low = first === 0 ? 0 : idx.readUInt32BE(FAN_OUT_START + 4 * (first - 1));
    let high = idx.readUInt32BE(FAN_OUT_START + 4 * first);
    while (low < high) {
      const middle = (low + high) >>> 1;
      const order = compareName(idx, NAMES_START + SHA_BYTES * middle, key);
      if (order === 0) return idx.readUInt32BE(NAMES_START + (SHA_BYTES + 4) * this.#count + 4 * middle);
      if (order < 0) low = middle + 1;
      else high = middle;
    }
    return undefined;
  }

  override has(oid: string): boolean {
    return this.#idx === null ? super.has(oid) : this.get(oid) !== undefined;
  }

  override get size(): number {
    return this.#idx === null ? super.size : this.#count;
  }

  override keys(): MapIterator<string> {
    this.#fill();
    return super.keys();
  }

  override values(): MapIterator<number> {
    this.#fill();
    return super.values();
  }

  override entries(): MapIterator<[string, number]> {
    this.#fill();
    return super.entries();
  }

  override [Symbol.iterator](): MapIterator<[string, number]> {
    this.#fill();
    return super.entries();
  }

  override forEach(
    each: (value: number, key: string, map: Map<string, number>) => void,
    self?: unknown,
  ): void {
    this.#fill();
    super.forEach(each, self);
  }

  override set(oid: string, offset: number): this {
    this.#fill();
    this.#names = null;
    return super.set(oid, offset);
  }

  override delete(oid: string): boolean {
    this.#fill();
    this.#names = null;
    return super.delete(oid);
  }

  override clear(): void {
    this.#fill();
    this.#names = null;
    super.clear();
  }

  /** Puts every entry of the idx in the map itself, once: from then on it is an ordinary Map. */
  #fill(): void {
    const idx = this.#idx;
    if (idx !== null) {
      const names = this.names();
      const offsets = NAMES_START + (SHA_BYTES + 4) * this.#count;
      this.#idx = null;
      for (let i = 0; i < names.length; i += 1)
        super.set(names[i] as string, idx.readUInt32BE(offsets + 4 * i));
    }
  }
}

/** The name at `at` in the idx against `key`: negative when it sorts before. Most differ in their first bytes. */
function compareName(idx: Buffer, at: number, key: Buffer): number {
  for (let i = 0; i < SHA_BYTES; i += 1) {
    const difference = (idx[at + i] as number) - (key[i] as number);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * The JSON bytes of wire resources, kept for as long as the appliance state does not change. A collection GET of
 * 10,000 servers is then answered from ready-made bytes instead of stringifying every member on every request.
 *
 * Validity does not rely on each rule bumping an eTag: `version()` changes whenever anything may have changed the
 * state (a request other than a read, a callback of the simulated clock, a reseed) and is `null` while such a
 * request is in progress, when nothing is read from or kept in the cache.
 */
export class WireJsonCache {
  private cachedAt: number | null = null;
  private entries = new WeakMap<object, Buffer>();
  /** The last list serialized at `cachedAt`: the same list read again (a full listing) costs nothing. */
  private lastList: { resources: readonly object[]; bytes: Buffer } | null = null;

  constructor(private readonly version: () => number | null) {}

  /**
   * `resources.map((r) => JSON.stringify(r)).join(',')` as UTF-8 bytes. The bytes of each resource (views into the
   * returned buffer) and of the whole list are kept for the next calls made while the state is unchanged.
   */
  serializeList(resources: readonly object[]): Buffer {
    const entries = this.current();
    if (entries && this.lastList && sameItems(this.lastList.resources, resources)) return this.lastList.bytes;
    const cached: (Buffer | undefined)[] = new Array<Buffer | undefined>(resources.length);
    const fresh: (string | undefined)[] = new Array<string | undefined>(resources.length);
    let length = Math.max(0, resources.length - 1);
    resources.forEach((resource, i) => {
      const bytes = entries?.get(resource);
      if (bytes) {
        cached[i] = bytes;
        length += bytes.length;
      } else {
        const json = JSON.stringify(resource);
        fresh[i] = json;
        length += Buffer.byteLength(json);
      }
    });
    const out = Buffer.allocUnsafe(length);
    let offset = 0;
    resources.forEach((resource, i) => {
      if (i > 0) out[offset++] = 0x2c; // ','
      const bytes = cached[i];
      if (bytes) {
        offset += bytes.copy(out, offset);
        return;
      }
      const start = offset;
      offset += out.write(fresh[i]!, offset);
      entries?.set(resource, out.subarray(start, offset));
    });
    if (entries) this.lastList = { resources, bytes: out };
    return out;
  }

  /** The entries valid now, or null while the state may be changing. */
  private current(): WeakMap<object, Buffer> | null {
    const v = this.version();
    if (v === null) return null;
    if (v !== this.cachedAt) {
      this.cachedAt = v;
      this.entries = new WeakMap();
      this.lastList = null;
    }
    return this.entries;
  }
}

function sameItems(a: readonly object[], b: readonly object[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The JSON bytes of wire resources, kept for as long as the appliance state does not change. A collection GET of
 * 10,000 servers is then assembled from ready-made bytes instead of stringifying every member on every request.
 *
 * Validity does not rely on each rule bumping an eTag: `version()` changes whenever anything may have changed the
 * state (a request other than a read, a callback of the simulated clock, a reseed) and is `null` while such a
 * request is in progress, when nothing is read from or kept in the cache.
 */
export class WireJsonCache {
  private cachedAt: number | null = null;
  private entries = new WeakMap<object, Buffer>();

  constructor(private readonly version: () => number | null) {}

  /**
   * `prefix + resources.map(JSON.stringify).join(',') + suffix` as UTF-8 bytes, in one buffer. The bytes of each
   * resource are kept (as a view into that buffer) for the next call made while the state is unchanged.
   */
  serializeList(prefix: string, resources: readonly object[], suffix: string): Buffer {
    const entries = this.current();
    const cached: (Buffer | undefined)[] = new Array<Buffer | undefined>(resources.length);
    const fresh: (string | undefined)[] = new Array<string | undefined>(resources.length);
    let length = Buffer.byteLength(prefix) + Buffer.byteLength(suffix) + Math.max(0, resources.length - 1);
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
    let offset = out.write(prefix, 0);
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
    out.write(suffix, offset);
    return out;
  }

  /** The entries valid now, or null while the state may be changing. */
  private current(): WeakMap<object, Buffer> | null {
    const v = this.version();
    if (v === null) return null;
    if (v !== this.cachedAt) {
      this.cachedAt = v;
      this.entries = new WeakMap();
    }
    return this.entries;
  }
}

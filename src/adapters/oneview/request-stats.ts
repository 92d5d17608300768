/** The most distinct paths counted; past it, further paths count under OTHER_PATHS. */
const MAX_PATHS = 256;
export const OTHER_PATHS = '(other)';

/**
 * Requests sent to an appliance, counted per path (query string left out), for benchmarks and diagnostics.
 * A member of a collection counts under the collection with `{id}` for its last segment (every task polled would
 * otherwise add a path for the life of the daemon), and at most MAX_PATHS paths are kept.
 */
export class RequestStats {
  #total = 0;
  readonly #byPath = new Map<string, number>();

  record(path: string): void {
    const bare = path.split('?')[0] ?? path;
    const key = memberPath(bare);
    this.#total++;
    const count = this.#byPath.get(key);
    if (count !== undefined) this.#byPath.set(key, count + 1);
    else if (this.#byPath.size < MAX_PATHS) this.#byPath.set(key, 1);
    else this.#byPath.set(OTHER_PATHS, (this.#byPath.get(OTHER_PATHS) ?? 0) + 1);
  }

  get total(): number {
    return this.#total;
  }

  byPath(): Readonly<Record<string, number>> {
    return Object.fromEntries([...this.#byPath.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }

  reset(): void {
    this.#total = 0;
    this.#byPath.clear();
  }
}

/** `/rest/tasks/1f2e…` -> `/rest/tasks/{id}`; `/rest/server-hardware/ab12/environmentalConfiguration` likewise. */
function memberPath(path: string): string {
  const segments = path.split('/');
  // ['', 'rest', collection, member, ...sub-resource]
  if (segments.length < 4 || segments[1] !== 'rest' || segments[3] === '') return path;
  segments[3] = '{id}';
  return segments.join('/');
}

export type Listener = 'oneview' | 'imageStreamer' | 'consul' | 'ilo' | 'images';

export interface RequestLogEntry {
  readonly seq: number;
  readonly listener: Listener;
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly status: number;
  /** ISO time on the simulated clock when the request arrived. */
  readonly time: string;
  readonly durationMs: number;
  readonly mutating: boolean;
  /**
   * Which session sent it: a short hash of the session token it carried (never the token itself), null without
   * one. Tells apart the requests of several clients, e.g. two replicas of a reconciler.
   */
  readonly client: string | null;
  /** For an iLO request: the server hardware whose iLO it went to (name and URI). */
  readonly server?: { readonly name: string; readonly uri: string };
}

const MAX_ENTRIES = 100_000;

/**
 * Every request the simulator answered (control API excluded), oldest first, capped at 100,000 entries. The
 * array may hold up to twice that; the oldest half is dropped in one go, so adding costs O(1) amortised
 * instead of a copy of the whole log per request once it is full.
 */
export class RequestLog {
  private entries: RequestLogEntry[] = [];
  private seq = 1;
  /** Told of each request as it is logged, for a caller in the same process that acts at an exact request. */
  onAdd: ((entry: RequestLogEntry) => void) | null = null;

  add(entry: Omit<RequestLogEntry, 'seq' | 'mutating' | 'client'> & { client?: string | null }): void {
    const method = entry.method.toUpperCase();
    const logged: RequestLogEntry = {
      ...entry,
      client: entry.client ?? null,
      seq: this.seq++,
      method,
      mutating: !['GET', 'HEAD', 'OPTIONS'].includes(method),
    };
    this.entries.push(logged);
    if (this.entries.length >= 2 * MAX_ENTRIES) this.entries = this.entries.slice(-MAX_ENTRIES);
    this.onAdd?.(logged);
  }

  list(
    filter: {
      mutating?: boolean;
      listener?: Listener;
      since?: number;
      method?: string;
      pathPrefix?: string;
      server?: string;
    } = {},
  ): RequestLogEntry[] {
    const kept = this.entries.length > MAX_ENTRIES ? this.entries.slice(-MAX_ENTRIES) : this.entries;
    return kept.filter(
      (e) =>
        (filter.mutating === undefined || e.mutating === filter.mutating) &&
        (filter.listener === undefined || e.listener === filter.listener) &&
        (filter.since === undefined || e.seq > filter.since) &&
        (filter.method === undefined || e.method === filter.method.toUpperCase()) &&
        (filter.pathPrefix === undefined || e.path.startsWith(filter.pathPrefix)) &&
        (filter.server === undefined || e.server?.name === filter.server || e.server?.uri === filter.server),
    );
  }

  clear(): void {
    this.entries = [];
  }
}

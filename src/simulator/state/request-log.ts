export type Listener = 'oneview' | 'imageStreamer' | 'consul';

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
}

const MAX_ENTRIES = 100_000;

/** Every request the simulator answered (control API excluded), oldest first, capped at 100,000 entries. */
export class RequestLog {
  private entries: RequestLogEntry[] = [];
  private seq = 1;

  add(entry: Omit<RequestLogEntry, 'seq' | 'mutating' | 'client'> & { client?: string | null }): void {
    const method = entry.method.toUpperCase();
    this.entries.push({
      ...entry,
      client: entry.client ?? null,
      seq: this.seq++,
      method,
      mutating: !['GET', 'HEAD', 'OPTIONS'].includes(method),
    });
    if (this.entries.length > MAX_ENTRIES) this.entries = this.entries.slice(-MAX_ENTRIES);
  }

  list(
    filter: {
      mutating?: boolean;
      listener?: Listener;
      since?: number;
      method?: string;
      pathPrefix?: string;
    } = {},
  ): RequestLogEntry[] {
    return this.entries.filter(
      (e) =>
        (filter.mutating === undefined || e.mutating === filter.mutating) &&
        (filter.listener === undefined || e.listener === filter.listener) &&
        (filter.since === undefined || e.seq > filter.since) &&
        (filter.method === undefined || e.method === filter.method.toUpperCase()) &&
        (filter.pathPrefix === undefined || e.path.startsWith(filter.pathPrefix)),
    );
  }

  clear(): void {
    this.entries = [];
  }
}

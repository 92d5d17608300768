export type Listener = 'oneview' | 'imageStreamer' | 'consul' | 'ilo';

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
  /** For an iLO request: the server hardware whose iLO it went to (name and URI). */
  readonly server?: { readonly name: string; readonly uri: string };
}

const MAX_ENTRIES = 100_000;

/** Every request the simulator answered (control API excluded), oldest first, capped at 100,000 entries. */
export class RequestLog {
  private entries: RequestLogEntry[] = [];
  private seq = 1;

  add(entry: Omit<RequestLogEntry, 'seq' | 'mutating'>): void {
    const method = entry.method.toUpperCase();
    this.entries.push({
      ...entry,
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
      server?: string;
    } = {},
  ): RequestLogEntry[] {
    return this.entries.filter(
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

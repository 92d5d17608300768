import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

/** Leadership metrics of a replica, in the daemon's registry. */
export class LeadershipMetrics {
  readonly #leader: Gauge<'site'>;
  readonly #changes: Counter<'site' | 'change'>;
  readonly #renew: Histogram<'site' | 'result'>;
  readonly #epoch: Gauge<'site'>;

  constructor(registry: Registry) {
    const registers = [registry];
    this.#leader = new Gauge({
      name: 'phoenix_site_leader',
      help: 'Whether this replica leads the site (1) or follows (0).',
      labelNames: ['site'],
      registers,
    });
    this.#changes = new Counter({
      name: 'phoenix_leadership_changes_total',
      help: 'Times this replica took (acquired) or gave up (lost, released) the lease of a site.',
      labelNames: ['site', 'change'],
      registers,
    });
    this.#renew = new Histogram({
      name: 'phoenix_lease_renew_seconds',
      help: 'Duration of lease renewals and takeover attempts, by site and result.',
      labelNames: ['site', 'result'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    this.#epoch = new Gauge({
      name: 'phoenix_site_lease_epoch',
      help: 'The epoch of the lease of the site as this replica last read it.',
      labelNames: ['site'],
      registers,
    });
  }

  renewed(site: string, result: 'held' | 'follower' | 'error', seconds: number): void {
    this.#renew.observe({ site, result }, seconds);
  }

  changed(site: string, change: 'acquired' | 'lost' | 'released', isLeader: boolean): void {
    this.#changes.inc({ site, change });
    this.#leader.set({ site }, isLeader ? 1 : 0);
  }

  follows(site: string): void {
    this.#leader.set({ site }, 0);
  }

  epoch(site: string, epoch: number): void {
    this.#epoch.set({ site }, epoch);
  }
}

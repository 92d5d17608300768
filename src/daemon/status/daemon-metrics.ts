import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ObservedRequest } from '../../adapters/oneview/index.js';
import type { ApplyEvent } from '../../engine/apply/apply-events.js';
import type { PassResult } from '../loop/pass-outcome.js';

const LAST_APPLIED_TIME = 'phoenix_last_applied_timestamp_seconds';

/**
 * Prometheus metrics of one daemon, in a registry of its own. Phoenix's own names start with `phoenix_`; the
 * process metrics keep their standard names (`process_*`, `nodejs_*`) so that stock Node.js dashboards work.
 */
export class DaemonMetrics {
  readonly registry = new Registry();
  readonly #passes: Counter<'result'>;
  readonly #passDuration: Histogram<'result'>;
  readonly #nodes: Gauge<'state'>;
  readonly #changes: Counter<'action' | 'outcome'>;
  readonly #lastApplied: Gauge<'revision'>;
  readonly #lastAppliedTime: Gauge;
  readonly #requests: Counter<'method' | 'status'>;
  readonly #requestDuration: Histogram<'method'>;
  readonly #webhooks: Counter<'receiver' | 'result'>;
  readonly #suspended: Gauge;

  constructor(options: { readonly processMetrics?: boolean; readonly version?: string } = {}) {
    const registers = [this.registry];
    if (options.processMetrics === true) collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'phoenix_build_info',
      help: 'The version of Phoenix and of Node.js that run this daemon (value 1).',
      labelNames: ['version', 'nodejs'],
      registers,
    }).set({ version: options.version ?? 'unknown', nodejs: process.versions.node }, 1);
    this.#passes = new Counter({
      name: 'phoenix_passes_total',
      help: 'Reconcile passes, by how they ended.',
      labelNames: ['result'],
      registers,
    });
    this.#passDuration = new Histogram({
      name: 'phoenix_pass_duration_seconds',
      help: 'Duration of reconcile passes, by how they ended.',
      labelNames: ['result'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600],
      registers,
    });
    this.#nodes = new Gauge({
      name: 'phoenix_nodes',
      help: 'Nodes by the state the last pass observed.',
      labelNames: ['state'],
      registers,
    });
    this.#changes = new Counter({
      name: 'phoenix_changes_applied_total',
      help: 'Changes applied, by planned action and outcome.',
      labelNames: ['action', 'outcome'],
      registers,
    });
    this.#lastApplied = new Gauge({
      name: 'phoenix_last_applied_revision_info',
      help: 'The last revision applied in full (value 1, revision as a label).',
      labelNames: ['revision'],
      registers,
    });
    // Registered on the first apply: a 0 before it would fire every "applied too long ago" alert at once.
    this.#lastAppliedTime = new Gauge({
      name: LAST_APPLIED_TIME,
      help: 'When the last revision was applied in full, in seconds since the epoch.',
      registers: [],
    });
    this.#requests = new Counter({
      name: 'phoenix_oneview_requests_total',
      help: 'Requests to OneView and the Image Streamer, by method and HTTP status (error: no answer).',
      labelNames: ['method', 'status'],
      registers,
    });
    this.#requestDuration = new Histogram({
      name: 'phoenix_oneview_request_duration_seconds',
      help: 'Latency of requests to OneView and the Image Streamer.',
      labelNames: ['method'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    this.#webhooks = new Counter({
      name: 'phoenix_webhook_deliveries_total',
      help: 'Webhook deliveries, by receiver and result.',
      labelNames: ['receiver', 'result'],
      registers,
    });
    this.#suspended = new Gauge({
      name: 'phoenix_suspended',
      help: '1 while reconciliation is suspended (API or Site.spec.suspend).',
      registers,
    });
  }

  passFinished(result: PassResult, seconds: number): void {
    this.#passes.inc({ result });
    this.#passDuration.observe({ result }, seconds);
  }

  setNodes(counts: Readonly<Record<string, number>>): void {
    this.#nodes.reset();
    for (const [state, count] of Object.entries(counts)) this.#nodes.set({ state }, count);
  }

  setLastApplied(revision: string | null, at: string | null): void {
    this.#lastApplied.reset();
    if (revision !== null) this.#lastApplied.set({ revision }, 1);
    if (at === null) return;
    if (this.registry.getSingleMetric(LAST_APPLIED_TIME) === undefined)
      this.registry.registerMetric(this.#lastAppliedTime);
    this.#lastAppliedTime.set(Date.parse(at) / 1000);
  }

  setSuspended(suspended: boolean): void {
    this.#suspended.set(suspended ? 1 : 0);
  }

  onApplyEvent(event: ApplyEvent): void {
    if (event.type !== 'change-finished' || event.report.action === 'noop') return;
    this.#changes.inc({ action: event.report.action, outcome: event.report.outcome });
  }

  onRequest(request: ObservedRequest): void {
    this.#requests.inc({
      method: request.method,
      status: request.status === null ? 'error' : String(request.status),
    });
    this.#requestDuration.observe({ method: request.method }, request.durationMs / 1000);
  }

  webhook(receiver: string, result: string): void {
    this.#webhooks.inc({ receiver, result });
  }

  async render(): Promise<{ readonly contentType: string; readonly body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}

import { randomUUID } from 'node:crypto';
import type { ReconcilePlan } from '../../core/plan/reconcile-plan.js';
import type { CommitPolicy } from '../../engine/commit-signatures/commit-policy.js';
import type { ApplyEventListener } from '../../engine/apply/apply-events.js';
import { childLogger, type Logger } from '../../ports/logger.js';
import type { Clock } from '../../ports/clock.js';
import type { Ledger } from '../../ports/ledger.js';
import type { RevisionSource } from '../../ports/revision-source.js';
import type { SiteConnection } from '../composition/site-connection.js';
import { DashboardState } from '../dashboard/dashboard-state.js';
import type { SiteReplica, SuspensionStore } from '../leadership/replica.js';
import { SiteReconciler, type TriggerKind } from '../reconcile-pass.js';
import type { DaemonMetrics } from '../status/daemon-metrics.js';
import { SiteStatusStore } from '../status/site-status.js';
import type { BackoffPolicy } from './backoff.js';
import { KeyedQueue } from './keyed-queue.js';
import type { Notifier } from './notifier.js';
import { driftedOf, driftNotification, passNotification } from './pass-notification.js';
import type { PassOutcome } from './pass-outcome.js';

export interface SiteLoopOptions {
  readonly branch: string;
  /** Declarations root of the site inside the repository; '' for the root. */
  readonly path: string;
  readonly autoApply: boolean;
  readonly backoff: BackoffPolicy;
  /** Longest settle time before a pass starts: triggers of one burst join it. */
  readonly coalesceMs: number;
  /** Quiet time that ends the settle time early. */
  readonly coalesceQuietMs: number;
  /** The Site's name when it is known before its declarations are read (replicas); a revision naming another fails. */
  readonly site?: string;
}

export interface SiteLoopDeps {
  readonly clock: Clock;
  readonly logger: Logger;
  readonly metrics: DaemonMetrics;
  readonly source: RevisionSource;
  readonly connection: SiteConnection;
  readonly ledger: Ledger;
  readonly suspensions: SuspensionStore;
  readonly notifier: Notifier;
  readonly commitPolicy?: CommitPolicy;
  /** The site's part of a replica: passes run only while it leads; absent for the one process. */
  readonly replica?: SiteReplica;
  /** Also told of every apply event. */
  readonly onApplyEvent?: ApplyEventListener;
  /** Told after every pass (replicas share what the leader shows). */
  readonly onPassFinished?: () => void;
}

const SITE_KEY = 'site';

/**
 * One site's reconcile loop: triggers coalesce in a single-flight queue, each pass runs the reconciler under the
 * shutdown signal (and, on a replica, the lease's), and its outcome updates the status, the dashboard, the metrics
 * and the notifications; a failed pass is tried again after its back-off. A suspension asked for through the API
 * is kept in the suspension store, so that a restart does not resume.
 */
export class SiteLoop {
  readonly reconciler: SiteReconciler;
  readonly status: SiteStatusStore;
  readonly dashboard: DashboardState;
  readonly #o: SiteLoopOptions;
  readonly #d: SiteLoopDeps;
  readonly #queue: KeyedQueue<TriggerKind>;
  readonly #shutdown = new AbortController();
  #retryTimer: AbortController | null = null;
  #apiSuspended: boolean;
  #stopping = false;
  #passCount = 0;
  #notifiedStall: string | null = null;
  #notifiedDrift = '|';
  #lastTriggerAt: number;

  private constructor(options: SiteLoopOptions, deps: SiteLoopDeps, suspended: boolean) {
    this.#o = options;
    this.#d = deps;
    const { clock } = deps;
    this.reconciler = new SiteReconciler(
      {
        branch: options.branch,
        path: options.path,
        autoApply: options.autoApply,
        backoff: options.backoff,
        ...(options.site === undefined ? {} : { site: options.site }),
      },
      {
        source: deps.source,
        connection: deps.connection,
        ledger: deps.ledger,
        clock,
        ...(deps.commitPolicy === undefined ? {} : { commitPolicy: deps.commitPolicy }),
      },
    );
    this.status = new SiteStatusStore(this.#iso());
    // The dashboard shows times of day on the wall clock (the demo's clock runs faster): an instant of the
    // injected clock is placed as far before the wall clock's now as it is before the injected clock's now.
    this.dashboard = new DashboardState((at) => {
      const wall = clock.wallNow?.() ?? clock.now();
      return new Date(at === undefined ? wall : wall - (clock.now() - at)).toISOString();
    });
    this.#apiSuspended = suspended;
    this.#lastTriggerAt = clock.now();
    this.#queue = new KeyedQueue<TriggerKind>(
      (_key, triggers) => this.#runPass(triggers),
      () => this.#settle(),
    );
    this.#refreshLedgerMetrics();
    deps.metrics.setSuspended(suspended);
    if (suspended) this.status.markSuspended(true, this.#iso());
  }

  /** The loop of one site, with the suspension its store recorded (a restart does not resume). */
  static async open(options: SiteLoopOptions, deps: SiteLoopDeps): Promise<SiteLoop> {
    const recorded = await deps.suspensions.read();
    if (recorded !== null)
      deps.logger.warn(
        { since: recorded.since, ...(options.site === undefined ? {} : { site: options.site }) },
        'reconciliation stays suspended through the API until POST /api/v1/resume',
      );
    return new SiteLoop(options, deps, recorded !== null);
  }

  /** The site's name: given, else the one its last read revision declared. */
  get site(): string | null {
    return this.#o.site ?? this.status.site;
  }

  get passCount(): number {
    return this.#passCount;
  }

  get suspended(): boolean {
    return this.#apiSuspended;
  }

  get pendingPlan(): ReconcilePlan | null {
    return this.status.pendingPlan;
  }

  /** Enqueues a pass; false once stopping. */
  trigger(kind: TriggerKind): boolean {
    if (this.#stopping) return false;
    this.#lastTriggerAt = this.#d.clock.now();
    return this.#queue.enqueue(SITE_KEY, kind) !== 'closed';
  }

  /** Resolves when no pass runs and none is pending. */
  idle(): Promise<void> {
    return this.#queue.idle();
  }

  /** Records the suspension durably, then stops applying until resumed. */
  async suspend(): Promise<void> {
    const now = this.#iso();
    await this.#d.suspensions.write(now);
    this.#apiSuspended = true;
    this.#d.metrics.setSuspended(true);
    this.status.markSuspended(true, now);
    this.dashboard.suspended(true);
    this.#d.logger.info(this.#siteField(), 'reconciliation suspended through the API');
    this.#d.onPassFinished?.();
  }

  async resume(): Promise<void> {
    await this.#d.suspensions.clear();
    const was = this.#apiSuspended;
    this.#apiSuspended = false;
    this.#d.metrics.setSuspended(this.status.siteSuspended);
    this.dashboard.suspended(this.status.siteSuspended);
    this.#d.logger.info(this.#siteField(), 'reconciliation resumed through the API');
    if (was) this.trigger('resume');
  }

  /** Takes no new trigger; the running pass starts no new step (its OneView tasks finish). */
  stop(): void {
    this.#stopping = true;
    this.#retryTimer?.abort();
    this.#shutdown.abort();
  }

  /** Resolves once the running pass, if any, has finished; nothing runs after. */
  async drain(): Promise<void> {
    await this.#queue.close();
  }

  close(): void {
    this.dashboard.close();
  }

  /** Times of day shown and recorded are wall-clock times, even when the clock runs faster (the demo). */
  #iso(): string {
    return new Date(this.#d.clock.wallNow?.() ?? this.#d.clock.now()).toISOString();
  }

  #siteField(): { site?: string } {
    const site = this.site;
    return site === null ? {} : { site };
  }

  #refreshLedgerMetrics(): void {
    const summary = this.#d.ledger.status();
    this.#d.metrics.setLastApplied(summary.lastAppliedRevision, summary.lastAppliedAt);
  }

  /**
   * A pass starts once triggers have been quiet for coalesceQuietMs, and at the latest coalesceMs after the
   * first: an isolated webhook does not wait the whole window, a burst still joins one pass.
   */
  async #settle(): Promise<void> {
    const { clock } = this.#d;
    const coalesceMs = this.#o.coalesceMs;
    const quietMs = Math.min(this.#o.coalesceQuietMs, coalesceMs);
    const deadline = clock.now() + coalesceMs;
    for (;;) {
      const wait = Math.min(this.#lastTriggerAt + quietMs, deadline) - clock.now();
      if (wait <= 0 || this.#shutdown.signal.aborted) return;
      await clock.sleep(wait, this.#shutdown.signal).catch(() => undefined);
    }
  }

  #scheduleRetry(at: number): void {
    this.#retryTimer?.abort();
    const timer = new AbortController();
    this.#retryTimer = timer;
    this.#d.clock.sleep(Math.max(0, at - this.#d.clock.now()), timer.signal).then(
      () => {
        if (this.#retryTimer === timer) this.#retryTimer = null;
        this.trigger('retry');
      },
      () => undefined,
    );
  }

  async #runPass(triggers: readonly TriggerKind[]): Promise<void> {
    const { clock, logger, replica } = this.#d;
    // Replicas share the suspension; a follower applies nothing, the replica that leads the site does.
    if (replica !== undefined) {
      this.#apiSuspended = (await this.#d.suspensions.read().catch(() => null)) !== null;
      if (!replica.isLeader) return;
    }
    const kind: TriggerKind = triggers.includes('manual')
      ? 'manual'
      : triggers.includes('leadership')
        ? 'leadership'
        : (triggers[0] ?? 'schedule');
    const passId = randomUUID();
    const passLogger = logger.child({ passId, ...this.#siteField() });
    const startedAt = clock.now();
    this.#passCount += 1;
    if (this.#apiSuspended) {
      passLogger.debug({ trigger: kind }, 'pass skipped: suspended');
      this.#finishPass(passId, kind, startedAt, {
        result: 'suspended',
        revision: null,
        site: null,
        message: 'Reconciliation is suspended through the API.',
        plan: null,
        pendingPlan: this.status.pendingPlan,
        report: null,
        diagnostics: [],
        errorCode: null,
      });
      return;
    }
    this.status.passStarted(this.#iso());
    this.dashboard.passStarted();
    passLogger.info({ trigger: kind }, 'pass started');
    const outcome = await this.reconciler.pass({
      trigger: kind,
      logger: passLogger,
      signal: replica?.passSignal(this.#shutdown.signal) ?? this.#shutdown.signal,
      onEvent: (event) => {
        this.#d.metrics.onApplyEvent(event);
        this.dashboard.applyEvent(event);
        this.#d.onApplyEvent?.(event);
      },
      onApplying: (plan) => this.dashboard.planned(plan),
    });
    this.#finishPass(passId, kind, startedAt, outcome);
    // The first pass learns the site's name from the revision it reads.
    const finishLogger = outcome.site === null ? passLogger : childLogger(passLogger, { site: outcome.site });
    finishLogger.info(
      {
        trigger: kind,
        coalesced: triggers.length,
        result: outcome.result,
        revision: outcome.revision,
        errorCode: outcome.errorCode,
        durationMs: clock.now() - startedAt,
      },
      'pass finished',
    );
  }

  #finishPass(passId: string, kind: TriggerKind, startedAt: number, outcome: PassOutcome): void {
    const { clock, metrics, notifier } = this.#d;
    const status = this.status;
    const finishedAt = clock.now();
    status.passFinished(
      {
        passId,
        trigger: kind,
        result: outcome.result,
        revision: outcome.revision,
        message: outcome.message,
        errorCode: outcome.errorCode,
        startedAt: new Date(startedAt).toISOString(),
        finishedAt: new Date(finishedAt).toISOString(),
      },
      outcome,
      this.#iso(),
    );
    this.dashboard.passFinished(outcome);
    metrics.passFinished(outcome.result, (finishedAt - startedAt) / 1000);
    const counts: Record<string, number> = {};
    for (const node of status.nodes) counts[node.state] = (counts[node.state] ?? 0) + 1;
    metrics.setNodes(counts);
    metrics.setSuspended(this.#apiSuspended || status.siteSuspended);
    this.#refreshLedgerMetrics();
    // A stalled revision has no readable Site; the notification names the one the site last had.
    const site = outcome.site ?? this.site;
    const notify = (): void => notifier.notify(passNotification({ ...outcome, site }, this.#iso()));
    if (outcome.result === 'stalled' && this.#notifiedStall !== outcome.revision) {
      this.#notifiedStall = outcome.revision;
      notify();
    }
    if (outcome.result !== 'stalled') this.#notifiedStall = null;
    if (outcome.report !== null && outcome.report.changes.some((c) => c.action !== 'noop')) notify();
    // Drift is said once per set of drifted nodes and templates, not on every pass that sees it again.
    const drifted = driftedOf(outcome);
    const driftKey = [...drifted.nodes, '|', ...drifted.templates].join(',');
    if (driftKey !== this.#notifiedDrift) {
      this.#notifiedDrift = driftKey;
      const event = driftNotification(
        { ...outcome, site },
        this.reconciler.desired?.site.drift ?? 'correct',
        this.#iso(),
      );
      if (event !== null) notifier.notify(event);
    }
    const retryAt = this.reconciler.retryAt;
    if (outcome.result === 'failed' && retryAt !== null && !this.#stopping) this.#scheduleRetry(retryAt);
    this.#d.onPassFinished?.();
  }
}

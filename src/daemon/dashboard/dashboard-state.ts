import type { ReconcilePlan } from '../../core/plan/reconcile-plan.js';
import type { ApplyEvent } from '../../engine/apply/apply-events.js';
import type { PassOutcome } from '../loop/pass-outcome.js';
import type { DashboardEvent, RolloutView } from './dashboard-types.js';
import { EventStream } from './event-stream.js';
import { RolloutTracker } from './rollout-tracker.js';

/** Rollout snapshots are published at most this often: a burst of step events becomes one update. */
const ROLLOUT_PUBLISH_MS = 200;

/**
 * What the dashboard knows beyond the daemon's status: the last plan read against the inventory, the apply in
 * progress, and the live event stream. The daemon feeds it from its pass loop; the routes read it.
 */
export class DashboardState {
  readonly events = new EventStream();
  readonly rollout = new RolloutTracker();
  readonly #iso: (at?: number) => string;
  #plan: ReconcilePlan | null = null;
  #observedAt: string | null = null;
  #hardwareNames = new Map<string, string>();
  #timer: NodeJS.Timeout | null = null;

  constructor(iso: (at?: number) => string) {
    this.#iso = iso;
  }

  get plan(): ReconcilePlan | null {
    return this.#plan;
  }

  get observedAt(): string | null {
    return this.#observedAt;
  }

  hardwareName(uri: string | null): string | null {
    return uri === null ? null : (this.#hardwareNames.get(uri) ?? uri);
  }

  passStarted(): void {
    this.events.publish({ type: 'pass-started', at: this.#iso() });
  }

  /** The plan the executor is about to run. */
  planned(plan: ReconcilePlan): void {
    this.#remember(plan);
    this.#plan = plan;
    this.#observedAt = this.#iso();
    this.rollout.planned(plan);
    this.#publishRollout(true);
  }

  applyEvent(event: ApplyEvent): void {
    if (this.rollout.apply(event, this.#iso)) this.#publishRollout(event.type === 'run-finished');
  }

  passFinished(outcome: PassOutcome): void {
    if (outcome.plan !== null) {
      this.#remember(outcome.plan);
      this.#plan = outcome.plan;
      this.#observedAt = this.#iso();
    }
    if (this.rollout.isActive) {
      this.rollout.settle(this.#iso());
      this.#publishRollout(true);
    }
    this.events.publish({
      type: 'pass-finished',
      at: this.#iso(),
      result: outcome.result,
      revision: outcome.revision,
    });
  }

  suspended(suspended: boolean): void {
    this.events.publish({ type: 'site', suspended });
  }

  hello(): DashboardEvent {
    return { type: 'hello', seq: this.rollout.view().seq };
  }

  rolloutView(): RolloutView {
    return this.rollout.view();
  }

  close(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.events.closeAll();
  }

  #remember(plan: ReconcilePlan): void {
    for (const change of plan.changes)
      for (const hardware of [change.before?.hardware, change.after?.hardware])
        if (hardware != null) this.#hardwareNames.set(hardware.uri, hardware.name);
  }

  #publishRollout(now: boolean): void {
    if (this.events.subscribers === 0) return;
    if (now) {
      if (this.#timer !== null) clearTimeout(this.#timer);
      this.#timer = null;
      this.events.publish({ type: 'rollout', rollout: this.rollout.view() });
      return;
    }
    this.#timer ??= setTimeout(() => {
      this.#timer = null;
      this.events.publish({ type: 'rollout', rollout: this.rollout.view() });
    }, ROLLOUT_PUBLISH_MS);
  }
}

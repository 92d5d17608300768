import type { StepKind } from '../../core/plan/plan-step.js';
import type { PlanChange, ReconcilePlan } from '../../core/plan/reconcile-plan.js';
import type { ApplyEvent } from '../../engine/apply/apply-events.js';
import type {
  RolloutBudget,
  RolloutChange,
  RolloutChangeState,
  RolloutLogEntry,
  RolloutStep,
  RolloutView,
  RolloutWave,
} from './dashboard-types.js';

/** Log lines kept for the rollout view. */
const LOG_LIMIT = 200;

interface MutableStep {
  kind: StepKind;
  state: RolloutStep['state'];
  attempt: number;
  startedAt: string | null;
  finishedAt: string | null;
}

interface MutableChange {
  readonly plan: PlanChange;
  state: RolloutChangeState;
  step: StepKind | null;
  steps: MutableStep[];
  waitingFor: 'rollout' | 'dependencies' | null;
  outcome: RolloutChange['outcome'];
  errorCode: string | null;
  message: string | null;
  /** Out of service now: between its disruption's first step starting and its last step finishing. */
  disrupting: boolean;
}

/**
 * Follows one apply from the plan and the executor's events: what each node is doing, what waiting nodes wait
 * for, and each pool's budget used and left. Updated synchronously by the event listener; read by the API.
 */
export class RolloutTracker {
  #seq = 0;
  #plan: ReconcilePlan | null = null;
  #changes = new Map<string, MutableChange>();
  #byNode = new Map<string, MutableChange>();
  #runId: string | null = null;
  #startedAt: string | null = null;
  #finishedAt: string | null = null;
  #outcome: string | null = null;
  #active = false;
  #log: RolloutLogEntry[] = [];

  get isActive(): boolean {
    return this.#active;
  }

  /** The plan the executor is about to run (again, after a stale plan). */
  planned(plan: ReconcilePlan): void {
    this.#plan = plan;
    this.#changes = new Map(
      plan.changes
        .filter((c) => c.steps.length > 0)
        .map((c) => [
          c.id,
          {
            plan: c,
            state: 'pending',
            step: null,
            steps: c.steps.map((s) => ({
              kind: s.kind,
              state: 'pending',
              attempt: 0,
              startedAt: null,
              finishedAt: null,
            })),
            waitingFor: null,
            outcome: null,
            errorCode: null,
            message: null,
            disrupting: false,
          },
        ]),
    );
    this.#byNode = new Map([...this.#changes.values()].map((c) => [c.plan.node, c]));
    this.#active = true;
    this.#runId = null;
    this.#finishedAt = null;
    this.#outcome = null;
    this.#log = [];
    this.#seq += 1;
  }

  /** Folds one executor event in; returns whether the view changed. */
  apply(event: ApplyEvent, iso: (at?: number) => string): boolean {
    switch (event.type) {
      case 'run-started':
        this.#runId = event.runId;
        this.#startedAt = iso();
        this.#note(iso(), null, `Run started with ${event.changes.length} changes.`);
        break;
      case 'step-started': {
        const change = this.#changes.get(event.changeId);
        if (change === undefined) return false;
        change.state = 'running';
        change.step = event.step;
        change.waitingFor = null;
        const step = change.steps.find((s) => s.kind === event.step && s.state !== 'done');
        if (step !== undefined) {
          step.state = 'running';
          step.attempt = event.attempt;
          step.startedAt = iso(event.at);
        }
        if (change.plan.disruption?.from === event.step) change.disrupting = true;
        this.#note(iso(event.at), event.node, `${event.step} started (attempt ${event.attempt}).`);
        break;
      }
      case 'step-finished': {
        const change = this.#changes.get(event.changeId);
        if (change === undefined) return false;
        const step = change.steps.find((s) => s.kind === event.step && s.state === 'running');
        if (step !== undefined) {
          step.state = event.ok ? 'done' : 'failed';
          step.finishedAt = iso(event.at);
        }
        if (event.ok && change.plan.disruption?.until === event.step) change.disrupting = false;
        this.#note(
          iso(event.at),
          event.node,
          event.ok ? `${event.step} finished.` : `${event.step} failed (${event.errorCode ?? 'error'}).`,
        );
        break;
      }
      case 'step-retrying':
        this.#note(iso(), event.node, `${event.step} retries (${event.errorCode}).`);
        break;
      case 'hardware-quarantined':
        this.#note(iso(), event.node, `Hardware quarantined: ${event.reason}`);
        break;
      case 'change-waiting': {
        const change = this.#changes.get(event.changeId);
        if (change === undefined) return false;
        if (change.state === 'pending' || change.state === 'waiting') change.state = 'waiting';
        change.waitingFor = event.for;
        break;
      }
      case 'change-finished': {
        const change = this.#changes.get(event.report.id);
        if (change === undefined) return false;
        const { outcome } = event.report;
        change.state = outcome === 'failed' ? 'failed' : outcome === 'skipped' ? 'skipped' : 'done';
        change.step = null;
        change.waitingFor = null;
        change.disrupting = false;
        change.outcome = outcome;
        change.errorCode = event.report.errorCode;
        change.message = event.report.message;
        this.#note(iso(event.at), event.report.node, `Change ${outcome}.`);
        break;
      }
      case 'run-finished':
        this.#active = false;
        this.#finishedAt = iso();
        this.#outcome = event.report.outcome;
        this.#note(iso(), null, `Run ${event.report.outcome}.`);
        break;
    }
    this.#seq += 1;
    return true;
  }

  /** The pass ended without the run finishing (a stale plan given up, an error): nothing is running now. */
  settle(iso: string): void {
    if (!this.#active) return;
    this.#active = false;
    this.#finishedAt = iso;
    this.#outcome ??= 'stopped';
    for (const change of this.#changes.values()) {
      if (change.state === 'running' || change.state === 'waiting' || change.state === 'pending') {
        change.state = 'skipped';
        change.step = null;
        change.waitingFor = null;
      }
    }
    this.#seq += 1;
  }

  /** What the running (or last) pass does to one node, for the fleet view. */
  activity(node: string): RolloutChange | null {
    const change = this.#byNode.get(node);
    return change === undefined ? null : this.#view(change);
  }

  view(): RolloutView {
    const plan = this.#plan;
    const changes = [...this.#changes.values()];
    return {
      seq: this.#seq,
      active: this.#active,
      runId: this.#runId,
      site: plan?.site ?? null,
      revision: plan?.revision ?? null,
      startedAt: this.#startedAt,
      finishedAt: this.#finishedAt,
      outcome: this.#outcome,
      maxConcurrentOperations: plan?.limits.maxConcurrentOperations ?? null,
      budgets: (plan?.rolloutGroups ?? []).map((group): RolloutBudget => {
        const members = changes.filter((c) => c.plan.rolloutGroup === group.id);
        const running = members.filter((c) => c.state === 'running');
        const finishedUp = new Set(
          members.filter((c) => c.state === 'done' && c.plan.disruption !== null).map((c) => c.plan.node),
        );
        const stillDown = group.unavailable.filter(
          (node) => !finishedUp.has(node) && !members.some((c) => c.plan.node === node && c.disrupting),
        );
        return {
          group: group.id,
          pool: group.pool,
          maxUnavailable: group.maxUnavailable,
          maxSurge: group.maxSurge,
          maxInFlight: group.maxInFlight,
          inFlight: running.length,
          unavailable: stillDown.length + members.filter((c) => c.disrupting).length,
          surging: running.filter((c) => c.plan.surge).length,
        };
      }),
      waves: waves(changes),
      changes: changes.map((c) => this.#view(c)),
      log: [...this.#log],
    };
  }

  #view(change: MutableChange): RolloutChange {
    const { plan } = change;
    return {
      id: plan.id,
      node: plan.node,
      pool: plan.pool,
      action: plan.action,
      wave: plan.wave,
      phase: plan.phase,
      state: change.state,
      step: change.step,
      steps: change.steps.map((s) => ({ ...s })),
      waitingFor: change.waitingFor,
      dependsOn: plan.dependsOn,
      outcome: change.outcome,
      errorCode: change.errorCode,
      message: change.message,
      surge: plan.surge,
    };
  }

  #note(at: string, node: string | null, text: string): void {
    this.#log.push({ at, node, text });
    if (this.#log.length > LOG_LIMIT) this.#log.splice(0, this.#log.length - LOG_LIMIT);
  }
}

function waves(changes: readonly MutableChange[]): RolloutWave[] {
  const byKey = new Map<string, RolloutWave & { changes: string[] }>();
  for (const { plan } of changes) {
    const key = `${plan.phase}:${plan.wave ?? -1}`;
    let wave = byKey.get(key);
    if (wave === undefined) {
      wave = { wave: plan.wave, phase: plan.phase, changes: [] };
      byKey.set(key, wave);
    }
    wave.changes.push(plan.id);
  }
  return [...byKey.values()].sort(
    (a, b) => (a.phase === b.phase ? 0 : a.phase === 'main' ? -1 : 1) || (a.wave ?? -1) - (b.wave ?? -1),
  );
}

import type { PlanChange, RolloutGroup } from '../../core/plan/reconcile-plan.js';

interface GroupState {
  readonly group: RolloutGroup;
  inFlight: number;
  surging: number;
  /** Nodes of the pool out of service right now. */
  readonly down: Set<string>;
}

interface Waiter {
  readonly change: PlanChange;
  readonly resolve: (granted: boolean) => void;
}

/**
 * Enforces the per-pool rollout limits of a plan while it runs: `maxInFlight` changes at once, `maxSurge`
 * changes holding extra hardware at once, and never more than `maxUnavailable` nodes out of service.
 * A node counts as down from its disruption step until its verify succeeds; nodes that were not Ready before
 * the run start down and come back when their change succeeds.
 */
export class RolloutGate {
  readonly #groups = new Map<string, GroupState>();
  #waiters: Waiter[] = [];
  #onWaiting: (() => void) | null = null;

  constructor(groups: readonly RolloutGroup[]) {
    for (const group of groups) {
      this.#groups.set(group.id, { group, inFlight: 0, surging: 0, down: new Set(group.unavailable) });
    }
  }

  /** Whether the change may start now (in-flight and surge limits). */
  canStart(change: PlanChange): boolean {
    const state = this.#state(change);
    if (state === null) return true;
    if (state.inFlight >= Math.max(1, state.group.maxInFlight)) return false;
    return !change.surge || state.surging < Math.max(1, state.group.maxSurge);
  }

  start(change: PlanChange): void {
    const state = this.#state(change);
    if (state === null) return;
    state.inFlight += 1;
    if (change.surge) state.surging += 1;
  }

  /** The change ended, whatever the outcome. A node that did not come back stays down. */
  finish(change: PlanChange, ready: boolean): void {
    const state = this.#state(change);
    if (state === null) return;
    state.inFlight -= 1;
    if (change.surge) state.surging -= 1;
    if (ready) state.down.delete(change.node);
    this.#wake();
  }

  /**
   * Resolves true once taking the node down keeps the pool within maxUnavailable, or false when the rollout
   * is halted (`halt`) while waiting.
   */
  acquireDisruption(change: PlanChange): Promise<boolean> {
    if (this.#tryDisrupt(change)) return Promise.resolve(true);
    return new Promise((resolve) => {
      this.#waiters.push({ change, resolve });
      this.#onWaiting?.();
    });
  }

  /**
   * Calls `listener` each time a change starts to wait for a disruption slot, so that whoever runs the changes
   * can halt the rollout the moment every running change waits (nothing running could free a slot any more).
   */
  whenWaiting(listener: () => void): void {
    this.#onWaiting = listener;
  }

  /** Number of changes waiting for a disruption slot. */
  get waiting(): number {
    return this.#waiters.length;
  }

  /** Releases every waiter with false: nothing running can free a slot any more. */
  halt(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const waiter of waiters) waiter.resolve(false);
  }

  #tryDisrupt(change: PlanChange): boolean {
    const state = this.#state(change);
    if (state === null || state.down.has(change.node)) {
      state?.down.add(change.node);
      return true;
    }
    if (state.down.size + 1 > Math.max(1, state.group.maxUnavailable)) return false;
    state.down.add(change.node);
    return true;
  }

  #wake(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const waiter of waiters) {
      if (this.#tryDisrupt(waiter.change)) waiter.resolve(true);
      else this.#waiters.push(waiter);
    }
  }

  #state(change: PlanChange): GroupState | null {
    return change.rolloutGroup === null ? null : (this.#groups.get(change.rolloutGroup) ?? null);
  }
}

import type { PlanChange } from '../../core/plan/reconcile-plan.js';
import type { ChangeReport, SkipReason } from './apply-report.js';
import type { RolloutGate } from './rollout-gate.js';

export interface ScheduleHooks {
  readonly gate: Pick<RolloutGate, 'canStart' | 'start' | 'finish' | 'waiting' | 'halt' | 'whenWaiting'>;
  readonly stop: AbortSignal;
  /** Runs one change to its report; never rejects (the caller turns crashes into a failed report). */
  readonly run: (change: PlanChange) => Promise<ChangeReport>;
  /** Records a change's report (skipped ones included) and tells the listeners. */
  readonly finish: (change: PlanChange, report: ChangeReport) => void;
  /** The report of a change that never ran, skipped for `reason`. */
  readonly skipped: (change: PlanChange, reason: SkipReason) => ChangeReport;
}

export function isDone(report: ChangeReport | undefined): boolean {
  return report !== undefined && report.outcome !== 'failed' && report.outcome !== 'skipped';
}

/** Min-heap of positions in the run order. */
class PositionHeap {
  readonly #items: number[] = [];

  get size(): number {
    return this.#items.length;
  }

  push(value: number): void {
    const items = this.#items;
    items.push(value);
    for (let i = items.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (items[parent]! <= value) break;
      items[i] = items[parent]!;
      items[parent] = value;
      i = parent;
    }
  }

  pop(): number {
    const items = this.#items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      for (let i = 0; ;) {
        const left = 2 * i + 1;
        let smallest = i;
        if (left < items.length && items[left]! < items[smallest]!) smallest = left;
        if (left + 1 < items.length && items[left + 1]! < items[smallest]!) smallest = left + 1;
        if (smallest === i) break;
        [items[i], items[smallest]] = [items[smallest]!, items[i]!];
        i = smallest;
      }
    }
    return top;
  }
}

/**
 * Runs `pending` (sorted by wave, then id) as their dependencies allow: a change starts once every change it
 * depends on is done, cleanup changes once no main change is left, and each within its pool's rollout gate;
 * a change whose upstream failed is skipped (`upstream-failed`), every change left when the stop signal fires
 * is skipped (`interrupted`), and when every running change waits for a rollout slot the gate is halted.
 *
 * Each pass visits only the changes that may start (a min-heap in run order): a change waits on a count of
 * unfinished dependencies, and a change its rollout group refuses is parked until a change of that group ends.
 * So a run costs about (changes + dependency edges) · log(changes), where rescanning every pending change and
 * its dependencies after each finish cost changes² · dependencies.
 */
export function scheduleChanges(
  pending: readonly PlanChange[],
  reports: ReadonlyMap<string, ChangeReport>,
  hooks: ScheduleHooks,
): Promise<void> {
  const { gate, stop } = hooks;
  const count = pending.length;
  const unfinished = new Int32Array(count);
  const upstreamFailed = new Uint8Array(count);
  const queued = new Uint8Array(count);
  const removed = new Uint8Array(count);
  const dependents = new Map<string, number[]>();
  const ready = new PositionHeap();
  const parkedByGroup = new Map<string, number[]>();
  let parkedCleanup: number[] = [];
  let mainPending = 0;
  let running = 0;
  let runningMain = 0;

  const enqueue = (i: number, into: { push: (i: number) => void }): void => {
    if (queued[i] === 1 || removed[i] === 1) return;
    queued[i] = 1;
    into.push(i);
  };
  for (let i = 0; i < count; i++) {
    const change = pending[i]!;
    if (change.phase === 'main') mainPending += 1;
    for (const id of change.dependsOn) {
      const report = reports.get(id);
      if (report === undefined) {
        unfinished[i]! += 1;
        const list = dependents.get(id) ?? [];
        list.push(i);
        dependents.set(id, list);
      } else if (!isDone(report)) {
        upstreamFailed[i] = 1;
      }
    }
    if (unfinished[i] === 0 || upstreamFailed[i] === 1) enqueue(i, ready);
  }

  return new Promise<void>((resolve) => {
    /** Position of the change the current pass looks at; changes behind it wait for the next pass. */
    let cursor = -1;
    let behind: number[] = [];
    const reported = (change: PlanChange, report: ChangeReport): void => {
      hooks.finish(change, report);
      const done = isDone(report);
      for (const i of dependents.get(change.id) ?? []) {
        unfinished[i]! -= 1;
        if (!done) upstreamFailed[i] = 1;
        if (unfinished[i] === 0 || upstreamFailed[i] === 1)
          enqueue(i, i > cursor ? ready : { push: (j) => behind.push(j) });
      }
    };
    const remove = (i: number): PlanChange => {
      removed[i] = 1;
      const change = pending[i]!;
      if (change.phase === 'main') mainPending -= 1;
      return change;
    };
    const start = (i: number): void => {
      const change = remove(i);
      gate.start(change);
      running += 1;
      if (change.phase === 'main') runningMain += 1;
      void hooks.run(change).then((report) => {
        running -= 1;
        if (change.phase === 'main') runningMain -= 1;
        gate.finish(change, isDone(report));
        const parked = change.rolloutGroup === null ? undefined : parkedByGroup.get(change.rolloutGroup);
        if (parked !== undefined) {
          parkedByGroup.delete(change.rolloutGroup!);
          for (const j of parked) ready.push(j);
        }
        reported(change, report);
        schedule();
      });
    };
    const pass = (): void => {
      const mainLeft = runningMain > 0 || mainPending > 0;
      if (!mainLeft) {
        for (const i of parkedCleanup) ready.push(i);
        parkedCleanup = [];
      }
      cursor = -1;
      behind = [];
      while (ready.size > 0) {
        const i = ready.pop();
        if (removed[i] === 1) continue;
        cursor = i;
        const change = pending[i]!;
        if (upstreamFailed[i] === 1) {
          reported(remove(i), hooks.skipped(change, 'upstream-failed'));
        } else if (change.phase === 'cleanup' && mainLeft) {
          parkedCleanup.push(i);
        } else if (!gate.canStart(change)) {
          const parked = parkedByGroup.get(change.rolloutGroup!) ?? [];
          parked.push(i);
          parkedByGroup.set(change.rolloutGroup!, parked);
        } else {
          start(i);
        }
      }
      for (const i of behind) ready.push(i);
      cursor = -1;
    };
    const interrupt = (): void => {
      for (let i = 0; i < count; i++) {
        if (removed[i] === 1) continue;
        const change = remove(i);
        reported(change, hooks.skipped(change, upstreamFailed[i] === 1 ? 'upstream-failed' : 'interrupted'));
      }
    };
    // Every running change waits for a rollout slot that only a finishing change could free: halt them. Checked
    // after each pass and whenever a change starts to wait, which can happen after the last pass.
    const haltWhenStuck = (): void => {
      if (running > 0 && gate.waiting === running) gate.halt();
    };
    // A change can start to wait inside a pass (its run reaches the gate at once): check once the pass is over,
    // so that the changes the pass has yet to start count.
    gate.whenWaiting(() => queueMicrotask(haltWhenStuck));
    const schedule = (): void => {
      if (stop.aborted) interrupt();
      else pass();
      haltWhenStuck();
      if (running === 0) {
        const reason: SkipReason = stop.aborted ? 'interrupted' : 'rollout-halted';
        for (let i = 0; i < count; i++) {
          if (removed[i] === 1) continue;
          const change = remove(i);
          hooks.finish(change, hooks.skipped(change, reason));
        }
        resolve();
      }
    };
    schedule();
  });
}

import type { PlanChange } from '../../../src/core/plan/reconcile-plan.js';
import type { ChangeReport, SkipReason } from '../../../src/engine/apply/apply-report.js';
import { isDone, type ScheduleHooks } from '../../../src/engine/apply/schedule-changes.js';

/**
 * The apply scheduler as it was before it kept counts and a ready heap: every finish rescans every pending
 * change and its dependencies. Kept only so that a property test can show the new scheduler starts, skips and
 * halts the same changes in the same order.
 */
export function referenceScheduleChanges(
  sortedPending: readonly PlanChange[],
  reports: ReadonlyMap<string, ChangeReport>,
  hooks: ScheduleHooks,
): Promise<void> {
  const { gate, stop } = hooks;
  const pending = [...sortedPending];
  const known = new Map(reports);
  const finish = (change: PlanChange, report: ChangeReport): void => {
    known.set(change.id, report);
    hooks.finish(change, report);
  };
  return new Promise<void>((resolve) => {
    let running = 0;
    let runningMain = 0;
    const schedule = (): void => {
      const mainLeft = runningMain > 0 || pending.some((c) => c.phase === 'main');
      for (const change of [...pending]) {
        const upstream = change.dependsOn.map((id) => known.get(id));
        const upstreamFailed = upstream.some((r) => r !== undefined && !isDone(r));
        const skip: SkipReason | null = upstreamFailed
          ? 'upstream-failed'
          : stop.aborted
            ? 'interrupted'
            : null;
        if (skip === null) {
          if (!upstream.every(isDone)) continue;
          if (change.phase === 'cleanup' && mainLeft) continue;
          if (!gate.canStart(change)) continue;
        }
        pending.splice(pending.indexOf(change), 1);
        if (skip !== null) {
          finish(change, hooks.skipped(change, skip));
          continue;
        }
        gate.start(change);
        running += 1;
        if (change.phase === 'main') runningMain += 1;
        void hooks.run(change).then((report) => {
          running -= 1;
          if (change.phase === 'main') runningMain -= 1;
          gate.finish(change, isDone(report));
          finish(change, report);
          schedule();
        });
      }
      if (running > 0 && gate.waiting === running) gate.halt();
      if (running === 0) {
        const reason: SkipReason = stop.aborted ? 'interrupted' : 'rollout-halted';
        for (const change of pending.splice(0)) finish(change, hooks.skipped(change, reason));
        resolve();
      }
    };
    schedule();
  });
}

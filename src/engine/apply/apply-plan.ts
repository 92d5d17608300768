import { randomUUID } from 'node:crypto';
import PQueue from 'p-queue';
import type { DesiredState } from '../../core/desired/desired-state.js';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { PlanChange, ReconcilePlan } from '../../core/plan/reconcile-plan.js';
import { DEFAULT_STEP_TIMEOUTS, type ApplyDeps, type ApplyOptions } from './apply-deps.js';
import {
  countOutcomes,
  runOutcome,
  type ApplyReport,
  type ChangeReport,
  type SkipReason,
} from './apply-report.js';
import { findStaleChanges } from './find-stale-changes.js';
import { DEFAULT_RETRY_POLICY } from './retry-policy.js';
import { RolloutGate } from './rollout-gate.js';
import { ChangeRunner, type RunContext } from './run-change.js';

function isDone(report: ChangeReport | undefined): boolean {
  return report !== undefined && report.outcome !== 'failed' && report.outcome !== 'skipped';
}

function staticReport(change: PlanChange, skipReason: SkipReason | null): ChangeReport {
  return {
    id: change.id,
    node: change.node,
    action: change.action,
    outcome: skipReason === null ? 'unchanged' : 'skipped',
    skipReason,
    failedStep: null,
    errorCode: null,
    message: skipReason === 'blocked' ? change.reason : null,
    hardwareUri: null,
    quarantined: [],
    attempts: 0,
    durationMs: 0,
  };
}

/**
 * Re-reads the appliance and refuses a plan whose touched resources changed since it was computed (PLAN_STALE).
 * Callers run it before they record the run, then call applyPlan.
 */
export async function assertPlanFresh(
  plan: ReconcilePlan,
  deps: Pick<ApplyDeps, 'appliance'>,
): Promise<void> {
  const fresh = await deps.appliance.readInventory();
  const stale = findStaleChanges(plan, fresh);
  if (stale.length > 0) throw new PhoenixError('PLAN_STALE', { findings: stale });
}

/**
 * Applies a reconcile plan that assertPlanFresh accepted: runs its changes in dependency waves under the
 * appliance's concurrency cap and each pool's rollout limits. Returns one outcome per change, also when it
 * stops part-way; dependents of a failed change are skipped with `upstream-failed`.
 */
export async function applyPlan(
  plan: ReconcilePlan,
  desired: DesiredState,
  deps: ApplyDeps,
  options: ApplyOptions = {},
): Promise<ApplyReport> {
  if (plan.site !== desired.site.name) {
    throw new PhoenixError('PLAN_SITE_MISMATCH', { planSite: plan.site, site: desired.site.name });
  }
  const runId = options.runId ?? randomUUID();
  const startedAt = deps.clock.now();
  const stop = options.signal ?? new AbortController().signal;
  const nodes = new Map(desired.nodes.map((n) => [n.name, n]));
  const ctx: RunContext = {
    deps,
    retry: options.retry ?? DEFAULT_RETRY_POLICY,
    timeouts: { ...DEFAULT_STEP_TIMEOUTS, ...options.timeouts },
    maxHardwareAttempts: options.maxHardwareAttempts ?? 3,
    busyPollMs: options.busyPollMs ?? 2_000,
    templateUris: options.templateUris ?? new Map(),
    stop,
    mutations: new PQueue({ concurrency: Math.max(1, plan.limits.maxConcurrentOperations) }),
    gate: new RolloutGate(plan.rolloutGroups),
    excluded: new Set(
      plan.changes.flatMap((c) => c.steps.flatMap((s) => (s.kind === 'allocate' ? [s.hardwareUri] : []))),
    ),
  };

  const reports = new Map<string, ChangeReport>();
  const pending: PlanChange[] = [];
  const failedTemplates = options.failedTemplates ?? new Set<string>();
  for (const change of plan.changes) {
    const template = change.steps.find((s) => s.kind === 'compose')?.template;
    if (template !== undefined && failedTemplates.has(template))
      reports.set(change.id, staticReport(change, 'upstream-failed'));
    else if (change.steps.length > 0) pending.push(change);
    else reports.set(change.id, staticReport(change, change.action === 'blocked' ? 'blocked' : null));
  }
  pending.sort((a, b) => (a.wave ?? 0) - (b.wave ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  deps.onEvent?.({
    type: 'run-started',
    runId,
    changes: pending.map((c) => ({ id: c.id, node: c.node, action: c.action })),
  });

  const finish = (change: PlanChange, report: ChangeReport): void => {
    reports.set(change.id, report);
    deps.onEvent?.({ type: 'change-finished', report, at: deps.clock.now() });
  };

  await new Promise<void>((resolve) => {
    let running = 0;
    let runningMain = 0;
    const schedule = (): void => {
      const mainLeft = runningMain > 0 || pending.some((c) => c.phase === 'main');
      for (const change of [...pending]) {
        const upstream = change.dependsOn.map((id) => reports.get(id));
        const upstreamFailed = upstream.some((r) => r !== undefined && !isDone(r));
        const skip: SkipReason | null = upstreamFailed
          ? 'upstream-failed'
          : stop.aborted
            ? 'interrupted'
            : null;
        if (skip === null) {
          if (!upstream.every(isDone)) continue;
          if (change.phase === 'cleanup' && mainLeft) continue;
          if (!ctx.gate.canStart(change)) continue;
        }
        pending.splice(pending.indexOf(change), 1);
        if (skip !== null) {
          finish(change, staticReport(change, skip));
          continue;
        }
        ctx.gate.start(change);
        running += 1;
        if (change.phase === 'main') runningMain += 1;
        void new ChangeRunner(ctx, change, nodes.get(change.node) ?? null)
          .run()
          .catch((error: unknown): ChangeReport => {
            deps.logger.error({ err: error, node: change.node }, 'change crashed');
            return { ...staticReport(change, null), outcome: 'failed', errorCode: 'INTERNAL_UNEXPECTED' };
          })
          .then((report) => {
            running -= 1;
            if (change.phase === 'main') runningMain -= 1;
            ctx.gate.finish(change, isDone(report));
            finish(change, report);
            schedule();
          });
      }
      // Every running change waits for a rollout slot that only a finishing change could free: halt them.
      if (running > 0 && ctx.gate.waiting === running) ctx.gate.halt();
      if (running === 0) {
        const reason: SkipReason = stop.aborted ? 'interrupted' : 'rollout-halted';
        for (const change of pending.splice(0)) finish(change, staticReport(change, reason));
        resolve();
      }
    };
    schedule();
  });

  const changes = plan.changes.map((c) => reports.get(c.id)!);
  const finishedAt = deps.clock.now();
  const report: ApplyReport = {
    runId,
    site: plan.site,
    revision: plan.revision,
    outcome: runOutcome(changes, stop.aborted),
    startedAt: new Date(startedAt).toISOString(),
    finishedAt: new Date(finishedAt).toISOString(),
    durationMs: finishedAt - startedAt,
    changes,
    counts: countOutcomes(changes),
    templates: [],
  };
  deps.onEvent?.({ type: 'run-finished', report });
  return report;
}

import { randomUUID } from 'node:crypto';
import PQueue from 'p-queue';
import type { DesiredState } from '../../core/desired/desired-state.js';
import { isPhoenixError, PhoenixError } from '../../core/errors/phoenix-error.js';
import type { PlanChange, ReconcilePlan } from '../../core/plan/reconcile-plan.js';
import {
  DEFAULT_HARDWARE_WATCH_MS,
  DEFAULT_STEP_TIMEOUTS,
  type ApplyDeps,
  type ApplyOptions,
} from './apply-deps.js';
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
import { scheduleChanges } from './schedule-changes.js';

/**
 * What stopped a change outside its steps. A known failure (the ledger could not be written: a full disk) keeps
 * its own code and says where and why, so the report shows the cause rather than a bug.
 */
function crashCause(error: unknown): { errorCode: string; message: string } {
  if (!isPhoenixError(error))
    return {
      errorCode: 'INTERNAL_UNEXPECTED',
      message: 'An unexpected error occurred; this is a bug in Phoenix.',
    };
  const { file, operation, reason } = error.details;
  const where =
    typeof file === 'string'
      ? ` (${[
          typeof operation === 'string' ? operation : null,
          file,
          typeof reason === 'string' ? reason : null,
        ]
          .filter((part) => part !== null)
          .join(' ')})`
      : '';
  return { errorCode: error.code, message: `${error.message}${where}` };
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
  // The report's times of day are wall-clock times; its durations are measured on the clock (simulated in the demo).
  const wallStartedAt = deps.clock.wallNow?.() ?? startedAt;
  const stop = options.signal ?? new AbortController().signal;
  const nodes = new Map(desired.nodes.map((n) => [n.name, n]));
  const ctx: RunContext = {
    deps,
    retry: options.retry ?? DEFAULT_RETRY_POLICY,
    timeouts: { ...DEFAULT_STEP_TIMEOUTS, ...options.timeouts },
    maxHardwareAttempts: options.maxHardwareAttempts ?? 3,
    busyPollMs: options.busyPollMs ?? 2_000,
    hardwareWatchMs: options.hardwareWatchMs ?? DEFAULT_HARDWARE_WATCH_MS,
    templateUris: options.templateUris ?? new Map(),
    stop,
    mutations: new PQueue({ concurrency: Math.max(1, plan.limits.maxConcurrentOperations) }),
    gate: new RolloutGate(plan.rolloutGroups),
    excluded: new Set([
      ...(options.quarantined ?? []),
      ...plan.changes.flatMap((c) => c.steps.flatMap((s) => (s.kind === 'allocate' ? [s.hardwareUri] : []))),
    ]),
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

  await scheduleChanges(pending, reports, {
    gate: ctx.gate,
    stop,
    run: (change) =>
      new ChangeRunner(ctx, change, nodes.get(change.node) ?? null)
        .run()
        .catch((error: unknown): ChangeReport => {
          deps.logger.error({ err: error, node: change.node }, 'change crashed');
          return { ...staticReport(change, null), outcome: 'failed', ...crashCause(error) };
        }),
    finish,
    skipped: staticReport,
  });

  const changes = plan.changes.map((c) => reports.get(c.id)!);
  const finishedAt = deps.clock.now();
  const report: ApplyReport = {
    runId,
    site: plan.site,
    revision: plan.revision,
    outcome: runOutcome(changes, stop.aborted),
    startedAt: new Date(wallStartedAt).toISOString(),
    finishedAt: new Date(deps.clock.wallNow?.() ?? finishedAt).toISOString(),
    durationMs: finishedAt - startedAt,
    changes,
    counts: countOutcomes(changes),
    templates: [],
  };
  deps.onEvent?.({ type: 'run-finished', report });
  return report;
}

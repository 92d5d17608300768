import type { PlanAction } from '../../core/plan/reconcile-plan.js';
import type { StepKind } from '../../core/plan/plan-step.js';
import type { TemplateReport } from './apply-templates.js';

/** Outcomes are past tense; planned actions are imperative. */
export type ChangeOutcome =
  'created' | 'replaced' | 'deleted' | 'healed' | 'unchanged' | 'skipped' | 'failed';

/** Why a change was skipped, for machines. */
export type SkipReason =
  'blocked' | 'upstream-failed' | 'interrupted' | 'rollout-halted' | 'no-spare-hardware';

export interface ChangeReport {
  readonly id: string;
  readonly node: string;
  readonly action: PlanAction;
  readonly outcome: ChangeOutcome;
  readonly skipReason: SkipReason | null;
  /** The step that failed, when `outcome` is failed. */
  readonly failedStep: StepKind | null;
  /** The PhoenixError code of the failure. */
  readonly errorCode: string | null;
  /** For people; never contains secrets. */
  readonly message: string | null;
  /** Hardware the node ended on, when it was composed. */
  readonly hardwareUri: string | null;
  /** Hardware quarantined while applying this change. */
  readonly quarantined: readonly string[];
  readonly attempts: number;
  readonly durationMs: number;
}

export type RunOutcome = 'applied' | 'partial' | 'failed' | 'interrupted';

/** One outcome per change of the plan, even when the run stopped part-way. */
export interface ApplyReport {
  readonly runId: string;
  readonly site: string;
  readonly revision: string;
  readonly outcome: RunOutcome;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly durationMs: number;
  readonly changes: readonly ChangeReport[];
  readonly counts: Readonly<Record<ChangeOutcome, number>>;
  /** One outcome per template change that does something, in the order they ran. */
  readonly templates: readonly TemplateReport[];
}

const DONE: Readonly<Partial<Record<PlanAction, ChangeOutcome>>> = {
  create: 'created',
  replace: 'replaced',
  delete: 'deleted',
  heal: 'healed',
  noop: 'unchanged',
};

/** The outcome a change has when all its steps succeeded. */
export function successOutcome(action: PlanAction): ChangeOutcome {
  return DONE[action] ?? 'skipped';
}

export function countOutcomes(changes: readonly ChangeReport[]): Record<ChangeOutcome, number> {
  const counts: Record<ChangeOutcome, number> = {
    created: 0,
    replaced: 0,
    deleted: 0,
    healed: 0,
    unchanged: 0,
    skipped: 0,
    failed: 0,
  };
  for (const change of changes) counts[change.outcome] += 1;
  return counts;
}

/**
 * applied: every change done (blocked changes count as not done only when they wanted a mutation);
 * interrupted: stopped by a signal; failed: nothing mutating succeeded and something failed; else partial.
 */
export function runOutcome(changes: readonly ChangeReport[], interrupted: boolean): RunOutcome {
  if (interrupted) return 'interrupted';
  const notDone = changes.filter((c) => c.outcome === 'failed' || c.outcome === 'skipped');
  if (notDone.length === 0) return 'applied';
  const done = changes.filter(
    (c) => c.outcome !== 'failed' && c.outcome !== 'skipped' && c.outcome !== 'unchanged',
  );
  return done.length === 0 && notDone.some((c) => c.outcome === 'failed') ? 'failed' : 'partial';
}

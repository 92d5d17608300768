import type { Diagnostic } from '../../core/diagnostics/diagnostic.js';
import type { ReconcilePlan } from '../../core/plan/reconcile-plan.js';
import type { ApplyReport } from '../../engine/apply/apply-report.js';

/**
 * How a pass ended, for metrics (`phoenix_passes_total{result}`), status and logs:
 * - `in-sync`: nothing to change; `applied`: changes applied (or a new revision recorded);
 * - `out-of-sync`: changes pending and auto-apply off; `held`: destructive changes wait for a maintenance window;
 * - `blocked`: guards or conflicts block every pending change; `stalled`: the revision fails validation;
 * - `failed`: an error or an apply that did not finish (backs off); `interrupted`: stopped by shutdown;
 * - `suspended`: suspended by the API or Site.spec.suspend; `skipped`: backing off and nothing new.
 */
export type PassResult =
  | 'in-sync'
  | 'applied'
  | 'out-of-sync'
  | 'held'
  | 'blocked'
  | 'stalled'
  | 'failed'
  | 'interrupted'
  | 'suspended'
  | 'skipped';

export const PASS_RESULTS: readonly PassResult[] = [
  'in-sync',
  'applied',
  'out-of-sync',
  'held',
  'blocked',
  'stalled',
  'failed',
  'interrupted',
  'suspended',
  'skipped',
];

export interface PassOutcome {
  readonly result: PassResult;
  /** The revision the pass read; null when it did not get that far. */
  readonly revision: string | null;
  readonly site: string | null;
  /** For people; constant text per situation. */
  readonly message: string;
  /** The plan computed against the live inventory (before any apply). */
  readonly plan: ReconcilePlan | null;
  /** The plan left to apply after the pass: null when nothing is pending. */
  readonly pendingPlan: ReconcilePlan | null;
  readonly report: ApplyReport | null;
  /** Validation errors of a stalled revision. */
  readonly diagnostics: readonly Diagnostic[];
  /** The error code of a failed pass. */
  readonly errorCode: string | null;
  /** Why a `stalled` pass stalled; ValidationFailed when absent. */
  readonly stalledReason?: 'ValidationFailed' | 'VerificationFailed';
}

import { readPlanFile } from '../../../adapters/plan-file/read-saved-plan.js';
import { PhoenixError } from '../../../core/errors/phoenix-error.js';
import type { ReconcilePlan } from '../../../core/plan/reconcile-plan.js';
import {
  planOf,
  type SavedPlan,
  type SavedPlanContext,
} from '../../../engine/reconcile/saved-plan/saved-plan.js';

/** A plan file of `phoenix plan --out`: the plan, and what it carries to be applied without a repository. */
export interface SavedPlanFile {
  readonly file: string;
  readonly plan: ReconcilePlan;
  /** Null for a plan written without its context (by an older Phoenix): its apply reads the repository. */
  readonly saved: SavedPlanContext | null;
}

/** Reads and validates a saved plan (schemas/plan.schema.json); PLAN_INVALID names the file and the field. */
export async function readSavedPlan(file: string): Promise<SavedPlanFile> {
  const value = (await readPlanFile(file)) as ReconcilePlan | SavedPlan;
  if (!('saved' in value)) return { file, plan: value, saved: null };
  return { file, plan: planOf(value), saved: value.saved };
}

/** Refuses a saved plan computed from another revision than the declarations given (PLAN_INVALID). */
export function requirePlanRevision(saved: SavedPlanFile, revision: string): void {
  if (saved.plan.revision === revision) return;
  throw new PhoenixError('PLAN_INVALID', {
    file: saved.file,
    field: '/revision',
    problem: 'the plan was computed from another revision than the declarations given',
    planRevision: saved.plan.revision,
    revision,
  });
}

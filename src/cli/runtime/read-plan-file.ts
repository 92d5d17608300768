import { readFile } from 'node:fs/promises';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import { PLAN_FORMAT_VERSION, type ReconcilePlan } from '../../core/plan/reconcile-plan.js';

/** A plan saved by `phoenix plan --out`, refused unless it was computed from `revision`. */
export async function readPlanFile(file: string, revision: string): Promise<ReconcilePlan> {
  let plan: Partial<ReconcilePlan> | null;
  try {
    plan = JSON.parse(await readFile(file, 'utf8')) as Partial<ReconcilePlan> | null;
  } catch (error) {
    throw new PhoenixError('PLAN_INVALID', { file, problem: 'not readable JSON' }, { cause: error });
  }
  if (plan?.formatVersion !== PLAN_FORMAT_VERSION) {
    throw new PhoenixError('PLAN_FORMAT_UNSUPPORTED', { file, formatVersion: plan?.formatVersion ?? null });
  }
  if (plan.revision !== revision) {
    throw new PhoenixError('PLAN_INVALID', {
      file,
      problem: 'the plan was computed from another revision than the declarations given',
      planRevision: plan.revision ?? null,
      revision,
    });
  }
  return plan as ReconcilePlan;
}

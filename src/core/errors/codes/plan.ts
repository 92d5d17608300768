import type { ErrorSpec } from '../error-spec.js';

/** Errors of the reconcile plan: building, reading and applying one. */
export const planErrors = {
  PLAN_INVALID: {
    message: 'The reconcile plan or the options it was built with are invalid.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Check the plan file (it must validate against schemas/plan.schema.json) and the revision it names.',
  },
  PLAN_FORMAT_UNSUPPORTED: {
    message: 'The reconcile plan was written in a format version this Phoenix does not read.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Re-run phoenix plan with this version of Phoenix.',
  },
  PLAN_STALE: {
    message: 'The appliance changed since the reconcile plan was computed; it was not applied.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Run phoenix plan again and review the new plan (the daemon re-plans by itself).',
  },
  PLAN_SITE_MISMATCH: {
    message: 'The reconcile plan was computed for another site.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Apply the plan with the declarations of the site it names.',
  },
} as const satisfies Record<string, ErrorSpec>;

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
  PLAN_UNRESOLVED_REFERENCE: {
    message:
      'The reconcile plan has references the appliance cannot resolve (a template, network, firmware bundle, hardware type or pinned bay that does not exist, or a name taken by a resource Phoenix does not own); nothing was applied.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Fix the declarations at the file and line the plan names, or narrow the apply with --target to the nodes that are unaffected.',
  },
} as const satisfies Record<string, ErrorSpec>;

import { parseTarget, type PlanTarget } from '../../../engine/reconcile/targets/plan-targets.js';

/**
 * What `plan` shares with the commands that apply, apart from how they apply (`reconcile-command.ts`), so that a
 * plan loads nothing of the apply path.
 */

/** The exit code of a plan (with --detailed-exitcode) or an apply whose only pending work is blocked. */
export const EXIT_BLOCKED = 3;

/** `--target` values: `node/NAME`, `pool/NAME` or a bare node name; anything else is a usage error. */
export function parseTargets(values: readonly string[] | undefined): PlanTarget[] {
  return (values ?? []).map(parseTarget);
}

import type { DesiredNode, PlanSummary } from '../core/desired/desired-state.js';
import type { DiagnosticList } from './diagnostic-list.js';

/**
 * Warns, once per plan, when its nodes get no operating system: no Image Streamer deployment plan, no virtual
 * media, and a declared profile template without a deployment plan. An undeclared template is not known here,
 * and a template may boot a volume that already holds the OS, so this is a warning, not an error.
 */
export function checkOsDeployment(
  nodes: readonly DesiredNode[],
  plans: readonly PlanSummary[],
  templateDeploymentPlanOf: (template: string) => string | null | undefined,
  diagnostics: DiagnosticList,
): void {
  const warned = new Set<string>();
  for (const node of nodes) {
    if (warned.has(node.plan) || node.deploymentPlan !== null || node.osDeployment !== null) continue;
    if (templateDeploymentPlanOf(node.profileTemplate) !== null) continue;
    warned.add(node.plan);
    const plan = plans.find((p) => p.name === node.plan);
    diagnostics.warning(
      'DECL_NO_OS_DEPLOYMENT',
      `The nodes of plan ${node.plan} (${node.name} and others) get no operating system: the plan declares no osDeployment and its ProfileTemplate ${node.profileTemplate} no deploymentPlan.`,
      plan?.source ?? node.source,
      'spec.osDeployment',
    );
  }
}

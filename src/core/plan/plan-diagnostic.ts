import type { SourceLocation } from '../diagnostics/diagnostic.js';

/** Findings of the planner about declarations against the inventory. Codes are stable. */
export const PLAN_DIAGNOSTIC_CODES = {
  PLAN_TEMPLATE_NOT_FOUND: 'The profile template does not exist on the appliance.',
  PLAN_TEMPLATE_HARDWARE_MISMATCH:
    'The profile template is for another hardware type or enclosure group than the nodes ask for.',
  PLAN_DEPLOYMENT_PLAN_NOT_FOUND: 'The deployment plan does not exist on the appliance.',
  PLAN_DEPLOYMENT_PLAN_RENAMED: 'The deployment plan pinned by id now has another name.',
  PLAN_GOLDEN_IMAGE_MISMATCH: 'The deployment plan does not use the golden image the declarations assert.',
  PLAN_HARDWARE_TYPE_NOT_FOUND: 'The server hardware type does not exist on the appliance.',
  PLAN_ATTRIBUTE_MISSING:
    'The deployment plan declares an attribute without a default that the nodes do not set.',
  PLAN_ATTRIBUTE_NOT_DECLARED:
    'The nodes set an attribute that their deployment plan does not declare; it is not sent.',
  PLAN_ATTRIBUTE_NOT_EDITABLE:
    'The nodes set an attribute that their deployment plan declares read-only; it is not sent.',
  PLAN_NO_SPARE_HARDWARE: 'There is not enough free, healthy, matching hardware for the nodes.',
  PLAN_PINNED_HARDWARE_PROBLEM: 'The pinned hardware cannot be used.',
  PLAN_PROFILE_CONFLICT: 'A profile Phoenix does not own carries the name of a desired node.',
  PLAN_TEMPLATE_BLOCKED: 'The nodes use a declared ProfileTemplate that cannot be written to the appliance.',
  PLAN_TEMPLATE_CONFLICT:
    'A profile template Phoenix does not own carries the name of a declared ProfileTemplate; it is never adopted.',
  PLAN_TEMPLATE_REFERENCE_NOT_FOUND:
    'A declared ProfileTemplate names a resource (network, network set, firmware bundle, hardware type, enclosure group or deployment plan) the appliance does not have.',
  PLAN_TEMPLATE_BANDWIDTH:
    'A connection of a declared ProfileTemplate asks for more bandwidth than its port carries, or names a port the hardware type lacks.',
  PLAN_TEMPLATE_DRIFT: 'A profile template Phoenix owns was edited outside Git.',
  PLAN_PROFILE_DRIFT:
    'Profiles Phoenix owns no longer match their template (OneView reports them NonCompliant).',
  PLAN_MAX_UNAVAILABLE_ZERO:
    'A replacement takes its node out of service, so maxUnavailable 0 is treated as 1 for it.',
  PLAN_CONNECTION_FROM_BASE:
    'The revision changes how the appliance is reached; the plan read the appliance with the settings of the base revision.',
} as const;

export type PlanDiagnosticCode = keyof typeof PLAN_DIAGNOSTIC_CODES;

/**
 * One finding, grouped by code and subject (the template, plan or attribute it is about), with every node it
 * affects. `error` findings block those nodes; `warning` findings do not.
 */
export interface PlanDiagnostic {
  readonly severity: 'error' | 'warning';
  readonly code: PlanDiagnosticCode;
  readonly message: string;
  /** What it is about, e.g. `spt-k8s-worker` or `DP-Docker-CentOS-7.4/VLAN_ID`. */
  readonly subject: string;
  /** Affected nodes, sorted. */
  readonly nodes: readonly string[];
  /** Declaration of the first affected node, when known. */
  readonly source: SourceLocation | null;
}

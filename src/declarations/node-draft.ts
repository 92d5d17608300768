import type { DesiredNode, HardwarePin } from '../core/desired/desired-state.js';
import type { SourceLocation } from '../core/diagnostics/diagnostic.js';

/** A node whose name and settings are known, waiting for its dependencies to be expanded. */
export interface NodeDraft {
  readonly name: string;
  /** The pool or pet that declares it: the unit of dependsOn. */
  readonly entity: string;
  readonly pin: HardwarePin | null;
  /** Where the node's name comes from (a pool's naming pattern, a pet's metadata.name). */
  readonly nameAt: SourceLocation;
  readonly pinAt: SourceLocation | null;
  build(dependsOn: readonly string[], lookups: NodeLookups): DesiredNode;
}

/** What a node's build reads beyond its own layers. */
export interface NodeLookups {
  /** The content hash of a declared ProfileTemplate, null for an undeclared one. */
  readonly templateSpecOf: (template: string) => string | null;
  /** The text of a file of the declarations root (an answer file template), null when it was not read. */
  readonly fileText: (path: string) => string | null;
}

/** The layer keys each kind contributes to a node. */
export const LAYER_KEYS = {
  Plan: [
    'profileTemplate',
    'deploymentPlan',
    'goldenImage',
    'osDeployment',
    'attributes',
    'hardware',
    'verify',
    'rollout',
    'remediation',
  ],
  NodePool: ['hardware', 'attributes', 'verify', 'rollout', 'remediation'],
  Node: ['hardware', 'attributes', 'verify', 'remediation', 'protected'],
  override: ['attributes', 'protected'],
} as const;

export const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

import type { DesiredState } from '../desired/desired-state.js';

/** What shapes a reconcile plan besides desired state, inventory and ledger. Recorded in the plan. */
export interface PlanOptions {
  /** Full commit SHA (lower-case hex, at least 12 characters) the desired state was read at. */
  readonly revision: string;
  /** The base commit in pull-request mode; null otherwise. */
  readonly baseRevision: string | null;
  /** `--allow-deletions`: owned profiles that are no longer declared may be recycled. */
  readonly allowDeletions: boolean;
  /** Lets a commit shrink a pool to zero nodes (otherwise Site guards.allowEmptyPools decides). */
  readonly allowEmptyPools: boolean;
  /** `--parallelism`: overrides the Site's global cap of concurrent OneView mutations; null keeps it. */
  readonly parallelism: number | null;
  /**
   * The desired state of the last applied revision (or of the base revision in pull-request mode), when the
   * caller has it. Nodes that are no longer declared keep their pool and protection from it, so the
   * pool-emptying and protection guards still apply to them. Null: those nodes have no known pool.
   */
  readonly baseline: DesiredState | null;
}

export const DEFAULT_PLAN_OPTIONS: Omit<PlanOptions, 'revision'> = {
  baseRevision: null,
  allowDeletions: false,
  allowEmptyPools: false,
  parallelism: null,
  baseline: null,
};

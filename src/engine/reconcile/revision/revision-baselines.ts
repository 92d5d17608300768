import type { DesiredState } from '../../../core/desired/desired-state.js';
import type { Logger } from '../../../ports/logger.js';
import type { RevisionSource } from '../../../ports/revision-source.js';
import { readBaselineState } from './read-commit.js';

/**
 * Where the planner's guards take the pool and protection of nodes a revision no longer declares: the desired
 * state of the last applied revision (or of the base commit in pull-request mode).
 */
export interface Baseline {
  /** The base commit of a pull-request plan, recorded in the plan; null otherwise. */
  readonly baseRevision: string | null;
  /** The baseline for a ledger whose last applied revision is `lastApplied`; null when there is none. */
  read(lastApplied: string | null): Promise<DesiredState | null>;
}

/** A fixed baseline: the base commit of a pull-request plan, or none. */
export function fixedBaseline(baseRevision: string | null, desired: DesiredState | null): Baseline {
  return { baseRevision, read: () => Promise.resolve(desired) };
}

/**
 * The baselines of one repository, read from its Git source and kept for as long as the last applied revision
 * stays the same (the daemon asks on every pass). A working tree (no source) has none.
 */
export class RevisionBaselines {
  readonly #source: RevisionSource | null;
  readonly #root: string;
  #cached: { readonly revision: string | null; readonly desired: DesiredState | null } | null = null;

  constructor(source: RevisionSource | null, root: string) {
    this.#source = source;
    this.#root = root;
  }

  /** The baseline for planning `revision`, whose desired state is `desired`. */
  forRevision(revision: string, desired: DesiredState, logger: Logger): Baseline {
    return {
      baseRevision: null,
      read: async (lastApplied) => {
        if (lastApplied === revision) return desired;
        if (this.#cached?.revision !== lastApplied) {
          const read = await readBaselineState(this.#source, lastApplied, this.#root, logger);
          this.#cached = { revision: lastApplied, desired: read };
        }
        return this.#cached.desired;
      },
    };
  }
}

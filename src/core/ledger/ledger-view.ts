/**
 * What the planner needs from the ledger, computed by the ledger adapter from its journal. Plain data.
 */
export interface LedgerView {
  /** The revision of the last run that finished with every change done; null when none. */
  readonly lastAppliedRevision: string | null;
  /** Hardware that failed a node and must not be allocated again until released. */
  readonly quarantined: readonly QuarantineEntry[];
  /** Highest stamp generation recorded per node name (the next compose uses +1). */
  readonly generations: Readonly<Record<string, number>>;
  /**
   * Nodes that a run composed or booted and whose verify has not passed since (it failed, or the run stopped
   * first): an instance of theirs that looks ready has not proven that it is up. Sorted.
   */
  readonly unverified: readonly string[];
}

export interface QuarantineEntry {
  readonly hardwareUri: string;
  /** The node it failed, and why, for people. */
  readonly node: string;
  readonly reason: string;
  /** ISO-8601 time it was quarantined. */
  readonly since: string;
}

export const EMPTY_LEDGER_VIEW: LedgerView = {
  lastAppliedRevision: null,
  quarantined: [],
  generations: {},
  unverified: [],
};

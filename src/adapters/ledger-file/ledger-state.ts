import type { LedgerView, QuarantineEntry } from '../../core/ledger/ledger-view.js';
import type { StepKind } from '../../core/plan/plan-step.js';
import type {
  HardwareEvent,
  LedgerCommand,
  LedgerRecord,
  LedgerStatus,
  NodeOutcome,
  NodeStatus,
  RecordProvenance,
  RunHistoryEntry,
  RunOutcome,
} from '../../ports/ledger.js';

/** One run as the summary keeps it. */
export interface RunState {
  runId: string;
  command: LedgerCommand;
  site: string;
  revision: string;
  provenance: RecordProvenance | null;
  /** The targets of a targeted run; absent for a run of the whole revision (and in older summaries). */
  targets?: string[];
  startedAt: string;
  finishedAt: string | null;
  outcome: RunOutcome | null;
  nodes: Record<string, NodeOutcome>;
  /** Nodes with a step recorded, and the time of their last step record. */
  touched: Record<string, string>;
  steps: { succeeded: number; failed: number; skipped: number };
}

/** Everything the ledger knows, folded from the journal; plain JSON, stored in the summary. */
export interface LedgerState {
  site: string | null;
  lastApplied: { revision: string; at: string } | null;
  /** Oldest first, the newest MAX_RUNS. */
  runs: RunState[];
  nodes: Record<string, NodeStatus>;
  quarantined: Record<string, QuarantineEntry>;
  generations: Record<string, number>;
  /** Node -> when a compose or boot of it succeeded with no verify passing since. */
  unverified: Record<string, string>;
  /** Quarantines and releases, oldest first, the newest MAX_RUNS; absent in summaries written before them. */
  hardwareEvents?: HardwareEvent[];
}

/** Runs kept for `phoenix history`; older ones stay in the journal only. */
export const MAX_RUNS = 1000;

export function emptyLedgerState(): LedgerState {
  return {
    site: null,
    lastApplied: null,
    runs: [],
    nodes: {},
    quarantined: {},
    generations: {},
    unverified: {},
    hardwareEvents: [],
  };
}

function recordHardwareEvent(state: LedgerState, event: HardwareEvent): void {
  const events = (state.hardwareEvents ??= []);
  events.push(event);
  if (events.length > MAX_RUNS) events.splice(0, events.length - MAX_RUNS);
}

function findRun(state: LedgerState, runId: string): RunState | undefined {
  for (let i = state.runs.length - 1; i >= 0; i--) if (state.runs[i]!.runId === runId) return state.runs[i];
  return undefined;
}

/** A run that never finished: its nodes are recorded as interrupted where it touched them last. */
function settleInterrupted(state: LedgerState, run: RunState): void {
  run.outcome = 'interrupted';
  for (const [node, at] of Object.entries(run.touched)) {
    const known = state.nodes[node];
    if (known === undefined || known.at <= at)
      state.nodes[node] = { lastOutcome: 'interrupted', revision: run.revision, at };
  }
}

function raiseGeneration(state: LedgerState, node: string, gen: number): void {
  if ((state.generations[node] ?? 0) < gen) state.generations[node] = gen;
}

/**
 * A compose or boot that succeeded leaves the node unverified until a verify passes; a recycle takes the
 * instance away, and with it what was unverified about it.
 */
function trackVerification(state: LedgerState, node: string, step: StepKind, at: string): void {
  if (step === 'compose' || step === 'boot') state.unverified[node] = at;
  else if (step === 'verify' || step === 'recycle') delete state.unverified[node];
}

/** Folds one record into the state (in place). */
export function applyRecord(state: LedgerState, record: LedgerRecord): void {
  switch (record.type) {
    case 'run-started': {
      for (const run of state.runs) if (run.outcome === null) settleInterrupted(state, run);
      state.site = record.site;
      state.runs.push({
        runId: record.runId,
        command: record.command,
        site: record.site,
        revision: record.revision,
        provenance: record.provenance,
        ...(record.targets === undefined || record.targets.length === 0
          ? {}
          : { targets: [...record.targets] }),
        startedAt: record.at,
        finishedAt: null,
        outcome: null,
        nodes: {},
        touched: {},
        steps: { succeeded: 0, failed: 0, skipped: 0 },
      });
      if (state.runs.length > MAX_RUNS) state.runs.splice(0, state.runs.length - MAX_RUNS);
      return;
    }
    case 'step-started': {
      if (record.gen !== undefined) raiseGeneration(state, record.node, record.gen);
      const run = findRun(state, record.runId);
      if (run !== undefined) run.touched[record.node] = record.at;
      return;
    }
    case 'step-finished': {
      if (record.gen !== undefined) raiseGeneration(state, record.node, record.gen);
      const run = findRun(state, record.runId);
      if (run !== undefined) {
        run.touched[record.node] = record.at;
        run.steps[record.outcome] += 1;
      }
      if (record.outcome === 'succeeded') trackVerification(state, record.node, record.step, record.at);
      return;
    }
    case 'hardware-quarantined':
      state.quarantined[record.hardwareUri] = {
        hardwareUri: record.hardwareUri,
        node: record.node,
        reason: record.reason,
        since: record.at,
      };
      recordHardwareEvent(state, {
        type: 'quarantined',
        at: record.at,
        hardwareUri: record.hardwareUri,
        node: record.node,
        reason: record.reason,
      });
      return;
    case 'template-changed':
      return;
    case 'hardware-released':
      delete state.quarantined[record.hardwareUri];
      recordHardwareEvent(state, {
        type: 'released',
        at: record.at,
        hardwareUri: record.hardwareUri,
        node: null,
        reason: record.reason,
      });
      return;
    case 'run-finished': {
      const run = findRun(state, record.runId);
      if (run !== undefined) {
        run.outcome = record.outcome;
        run.finishedAt = record.at;
        run.nodes = { ...record.nodes };
      }
      for (const [node, outcome] of Object.entries(record.nodes))
        state.nodes[node] = { lastOutcome: outcome, revision: record.revision, at: record.at };
      // A targeted run applied a part of its revision: the revision as a whole is not applied by it.
      const targeted = (run?.targets?.length ?? 0) > 0;
      if (record.outcome === 'applied' && !targeted)
        state.lastApplied = { revision: record.revision, at: record.at };
      return;
    }
    case 'recovered': {
      state.site = record.site;
      for (const run of state.runs) if (run.outcome === null) settleInterrupted(state, run);
      state.nodes = {};
      // A fleet recovered from its stamps is taken as it runs: nothing is known to be unverified.
      state.unverified = {};
      for (const [node, { rev, gen }] of Object.entries(record.nodes)) {
        state.nodes[node] = { lastOutcome: 'recovered', revision: rev, at: record.at };
        raiseGeneration(state, node, gen);
      }
      state.lastApplied = record.revision === null ? null : { revision: record.revision, at: record.at };
      return;
    }
  }
}

/**
 * The state as readers see it: runs that never finished are interrupted, except `activeRunId`, the run this
 * process is writing.
 */
export function settledState(state: LedgerState, activeRunId: string | null): LedgerState {
  if (!state.runs.some((run) => run.outcome === null && run.runId !== activeRunId)) return state;
  const copy = structuredClone(state);
  for (const run of copy.runs)
    if (run.outcome === null && run.runId !== activeRunId) settleInterrupted(copy, run);
  return copy;
}

function sortedByKey<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function quarantineList(state: LedgerState): QuarantineEntry[] {
  return Object.values(state.quarantined).sort((a, b) =>
    a.hardwareUri < b.hardwareUri ? -1 : a.hardwareUri > b.hardwareUri ? 1 : 0,
  );
}

export function viewOf(state: LedgerState): LedgerView {
  return {
    lastAppliedRevision: state.lastApplied?.revision ?? null,
    quarantined: quarantineList(state),
    generations: sortedByKey(state.generations),
    unverified: Object.keys(state.unverified).sort(),
  };
}

function runOutcomeOf(run: RunState): RunOutcome | 'running' {
  return run.outcome ?? 'running';
}

export function statusOf(state: LedgerState): LedgerStatus {
  const last = state.runs.at(-1);
  return {
    site: state.site,
    lastAppliedRevision: state.lastApplied?.revision ?? null,
    lastAppliedAt: state.lastApplied?.at ?? null,
    lastRun:
      last === undefined
        ? null
        : {
            runId: last.runId,
            revision: last.revision,
            outcome: runOutcomeOf(last),
            ...(last.targets === undefined ? {} : { targets: [...last.targets] }),
            startedAt: last.startedAt,
            finishedAt: last.finishedAt,
          },
    nodes: sortedByKey(state.nodes),
    quarantined: quarantineList(state),
  };
}

/** Quarantines and releases, newest first. */
export function hardwareEventsOf(state: LedgerState, limit: number): HardwareEvent[] {
  if (limit <= 0) return [];
  return (state.hardwareEvents ?? []).slice(-limit).reverse();
}

export function historyOf(state: LedgerState, limit: number): RunHistoryEntry[] {
  if (limit <= 0) return [];
  return state.runs
    .slice(-limit)
    .reverse()
    .map((run) => {
      const nodes: Partial<Record<NodeOutcome, number>> = {};
      for (const outcome of Object.values(run.nodes)) nodes[outcome] = (nodes[outcome] ?? 0) + 1;
      return {
        runId: run.runId,
        command: run.command,
        revision: run.revision,
        outcome: runOutcomeOf(run),
        ...(run.targets === undefined ? {} : { targets: [...run.targets] }),
        startedAt: run.startedAt,
        finishedAt: run.finishedAt,
        counts: { nodes, steps: { ...run.steps } },
        provenance: run.provenance,
      };
    });
}

import { planAgainstBase } from '../../engine/reconcile/pull-request/plan-against-base.js';
import { readCommitDesiredState } from '../../engine/reconcile/revision/read-commit.js';
import type { CommitDesiredState } from '../../engine/reconcile/revision/read-commit.js';
import type { Ledger, RunFinishedRecord } from '../../ports/ledger.js';
import type { RevisionSource } from '../../ports/revision-source.js';
import type { ComparedRun, CompareResponse, RevisionInfo } from './dashboard-types.js';

/**
 * Two revisions compared: the planner from base's declarations to head's (what a merge of head onto base would
 * change, field by field, secrets masked) and the runs recorded between them with what each node reached.
 * Errors are PhoenixErrors (GIT_* for an unknown revision, DECL_INVALID for declarations that do not load).
 */
export async function compareRevisions(
  input: { readonly base: string; readonly head: string; readonly path: string },
  deps: { readonly source: RevisionSource; readonly ledger: Ledger },
): Promise<CompareResponse> {
  const baseRevision = await deps.source.resolve(input.base);
  const headRevision = await deps.source.resolve(input.head);
  const base = await readCommitDesiredState(deps.source, baseRevision, input.path);
  const head = await readCommitDesiredState(deps.source, headRevision, input.path);
  const plan = planAgainstBase({
    base: base.desired,
    baseRevision,
    head: head.desired,
    revision: headRevision,
  });
  const finished = (await deps.ledger.records?.({ types: ['run-finished'], limit: 10_000 })) ?? [];
  return {
    base: info(base),
    head: info(head),
    plan,
    runs: runsBetween(finished as readonly RunFinishedRecord[], baseRevision, headRevision),
  };
}

function info(state: CommitDesiredState): RevisionInfo {
  return {
    revision: state.revision,
    subject: state.provenance.subject,
    author: state.provenance.author.name,
    date: state.provenance.author.date,
  };
}

/** The runs after the last one of `from` up to the last one of `to` (either order), oldest first. */
export function runsBetween(runs: readonly RunFinishedRecord[], from: string, to: string): ComparedRun[] {
  const lastIndex = (revision: string): number => runs.findLastIndex((r) => r.revision === revision);
  const a = lastIndex(from);
  const b = lastIndex(to);
  if (b === -1) return [];
  const [start, end] = a < b ? [a + 1, b] : [b + 1, a];
  return runs.slice(start, end + 1).map((run) => ({
    runId: run.runId,
    revision: run.revision,
    outcome: run.outcome,
    finishedAt: run.at,
    nodes: Object.fromEntries(Object.entries(run.nodes).filter(([, outcome]) => outcome !== 'unchanged')),
  }));
}

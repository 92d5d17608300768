import type { LedgerRecord } from '../../ports/ledger.js';
import type { TimelineEntry } from './dashboard-types.js';

/**
 * A node's own history from the ledger, newest first: every step it went through, the hardware it was on,
 * quarantines, and how each run ended for it. `revisionOf` names the revision a run applied.
 */
export function nodeTimeline(
  node: string,
  records: readonly LedgerRecord[],
  names: {
    readonly revisionOf: (runId: string) => string | null;
    readonly hardwareName: (uri: string | null) => string | null;
  },
): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const record of records) {
    const base = {
      at: record.at,
      runId: 'runId' in record ? record.runId : null,
      kind: record.type,
      step: null,
      outcome: null,
      attempt: null,
      hardware: null,
      errorCode: null,
    };
    switch (record.type) {
      case 'step-started':
        entries.push({
          ...base,
          step: record.step,
          attempt: record.attempt,
          hardware: names.hardwareName(record.hardwareUri),
          text: `${record.step} started${revisionNote(names.revisionOf(record.runId))}`,
        });
        break;
      case 'step-finished':
        entries.push({
          ...base,
          step: record.step,
          outcome: record.outcome,
          attempt: record.attempt,
          hardware: names.hardwareName(record.hardwareUri),
          errorCode: record.errorCode,
          text: `${record.step} ${record.outcome}${record.message === null ? '' : `: ${record.message}`}`,
        });
        break;
      case 'hardware-quarantined':
        entries.push({
          ...base,
          hardware: names.hardwareName(record.hardwareUri),
          text: `hardware quarantined: ${record.reason}`,
        });
        break;
      case 'run-finished':
        entries.push({
          ...base,
          outcome: record.nodes[node] ?? null,
          text: `run ${record.outcome} at ${record.revision.slice(0, 12)}: node ${record.nodes[node] ?? 'not touched'}`,
        });
        break;
      case 'recovered':
        entries.push({
          ...base,
          text: `ledger recovered from the profile stamps: rev ${record.nodes[node]?.rev ?? '?'}, gen ${record.nodes[node]?.gen ?? '?'}`,
        });
        break;
      case 'run-started':
      case 'hardware-released':
      case 'template-changed':
        break;
    }
  }
  return entries.reverse();
}

function revisionNote(revision: string | null): string {
  return revision === null ? '' : ` (revision ${revision.slice(0, 12)})`;
}

import type { LedgerStatus, RunHistoryEntry } from '../../ports/ledger.js';

const short = (revision: string | null): string => (revision === null ? '-' : revision.slice(0, 12));

/** `phoenix status` for people. */
export function renderStatusText(status: LedgerStatus): string {
  if (status.site === null)
    return 'The ledger is empty: nothing was applied from this state directory yet.\n';
  const lines = [
    `Site ${status.site}`,
    `Last applied revision: ${short(status.lastAppliedRevision)}${status.lastAppliedAt === null ? '' : ` at ${status.lastAppliedAt}`}`,
  ];
  if (status.lastRun !== null) {
    const run = status.lastRun;
    lines.push(
      `Last run: ${run.outcome}, revision ${short(run.revision)}, started ${run.startedAt}${run.finishedAt === null ? '' : `, finished ${run.finishedAt}`}`,
    );
  }
  const names = Object.keys(status.nodes).sort();
  if (names.length > 0) {
    const width = Math.max(4, ...names.map((n) => n.length));
    lines.push('', `${'NODE'.padEnd(width)}  ${'LAST OUTCOME'.padEnd(12)}  REVISION      AT`);
    for (const name of names) {
      const node = status.nodes[name]!;
      lines.push(
        `${name.padEnd(width)}  ${node.lastOutcome.padEnd(12)}  ${short(node.revision).padEnd(12)}  ${node.at}`,
      );
    }
  }
  if (status.quarantined.length > 0) {
    lines.push('', 'Quarantined hardware:');
    for (const q of status.quarantined)
      lines.push(`  ${q.hardwareUri}  (${q.reason}, node ${q.node}, since ${q.since})`);
  }
  return `${lines.join('\n')}\n`;
}

/** `phoenix history` for people: runs, newest first. */
export function renderHistoryText(runs: readonly RunHistoryEntry[]): string {
  if (runs.length === 0) return 'No runs recorded.\n';
  const lines = ['STARTED                   COMMAND   REVISION      OUTCOME      NODES'];
  for (const run of runs) {
    const nodes = Object.entries(run.counts.nodes)
      .filter(([, n]) => (n ?? 0) > 0)
      .map(([outcome, n]) => `${n} ${outcome}`)
      .join(', ');
    const subject = run.provenance === null ? '' : `  "${run.provenance.subject}"`;
    const signature = run.provenance?.signature;
    const signed =
      signature === undefined
        ? ''
        : `  signed by ${signature.principal ?? signature.fingerprint} (${signature.kind})`;
    lines.push(
      `${run.startedAt.padEnd(24)}  ${run.command.padEnd(8)}  ${short(run.revision).padEnd(12)}  ${run.outcome.padEnd(11)}  ${nodes || '-'}${subject}${signed}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

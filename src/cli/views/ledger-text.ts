import type { HardwareEvent, LedgerStatus, RunHistoryEntry } from '../../ports/ledger.js';

const short = (revision: string | null): string => (revision === null ? '-' : revision.slice(0, 12));

/** `, targeted: node/a, pool/b` for a targeted run; nothing for a run of the whole revision. */
const targetedText = (targets: readonly string[] | undefined, lead: string): string =>
  targets === undefined || targets.length === 0 ? '' : `${lead}${targets.join(', ')}`;

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
      `Last run: ${run.outcome}, revision ${short(run.revision)}, started ${run.startedAt}${run.finishedAt === null ? '' : `, finished ${run.finishedAt}`}${targetedText(run.targets, ', targeted: ')}`,
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
    lines.push('Release repaired hardware with: phoenix quarantine release <hardware>');
  }
  return `${lines.join('\n')}\n`;
}

function hardwareLine(event: HardwareEvent): string {
  const what =
    event.type === 'quarantined'
      ? `hardware ${event.hardwareUri} quarantined (${event.reason}, node ${event.node ?? '-'})`
      : `hardware ${event.hardwareUri} released (${event.reason})`;
  return `${event.at.padEnd(24)}  ${event.type === 'quarantined' ? 'quarantine' : 'release   '}${what}`;
}

/**
 * `phoenix history` for people: runs, newest first, with the quarantines and releases of hardware that
 * happened since the oldest run shown (all of them when every run is shown).
 */
export function renderHistoryText(
  runs: readonly RunHistoryEntry[],
  hardware: readonly HardwareEvent[] = [],
  complete = false,
): string {
  const oldest = runs.at(-1)?.startedAt ?? '';
  const events = complete || runs.length === 0 ? hardware : hardware.filter((e) => e.at >= oldest);
  if (runs.length === 0 && events.length === 0) return 'No runs recorded.\n';
  const lines = ['STARTED                   COMMAND   REVISION      OUTCOME      NODES'];
  const rows: { at: string; line: string }[] = events.map((e) => ({ at: e.at, line: hardwareLine(e) }));
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
    rows.push({
      at: run.startedAt,
      line: `${run.startedAt.padEnd(24)}  ${run.command.padEnd(8)}  ${short(run.revision).padEnd(12)}  ${run.outcome.padEnd(11)}  ${nodes || '-'}${targetedText(run.targets, '  targeted: ')}${subject}${signed}`,
    });
  }
  // Newest first; a stable sort keeps runs and events of the same instant in their given order.
  rows.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  lines.push(...rows.map((r) => r.line));
  return `${lines.join('\n')}\n`;
}

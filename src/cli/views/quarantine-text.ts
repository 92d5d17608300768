import type { QuarantineEntry } from '../../core/ledger/ledger-view.js';

/** `phoenix quarantine list` for people. */
export function renderQuarantineText(quarantined: readonly QuarantineEntry[]): string {
  if (quarantined.length === 0) return 'No hardware is quarantined.\n';
  const width = Math.max(8, ...quarantined.map((q) => q.hardwareUri.length));
  const nodeWidth = Math.max(4, ...quarantined.map((q) => q.node.length));
  const lines = [`${'HARDWARE'.padEnd(width)}  ${'NODE'.padEnd(nodeWidth)}  ${'REASON'.padEnd(20)}  SINCE`];
  for (const q of quarantined)
    lines.push(
      `${q.hardwareUri.padEnd(width)}  ${q.node.padEnd(nodeWidth)}  ${q.reason.padEnd(20)}  ${q.since}`,
    );
  return `${lines.join('\n')}\n`;
}

/** `phoenix quarantine release` for people. */
export function renderReleaseText(entry: QuarantineEntry, reason: string): string {
  return (
    `Released ${entry.hardwareUri} (quarantined ${entry.since} after node ${entry.node}: ${entry.reason}).\n` +
    `Recorded in the ledger: ${reason}. The next plan may allocate it again.\n`
  );
}

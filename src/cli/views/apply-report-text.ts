import type { ApplyReport, RunOutcome } from '../../engine/apply/apply-report.js';
import { formatDuration } from './format-duration.js';

const HEADLINE: Readonly<Record<RunOutcome, string>> = {
  applied: 'Applied',
  partial: 'Applied in part',
  failed: 'Apply failed',
  interrupted: 'Apply interrupted',
};

/** The per-change outcomes of an apply, for people. */
export function renderApplyReportText(report: ApplyReport): string {
  const width = Math.max(4, ...report.changes.map((c) => c.node.length));
  const rows = report.changes
    .filter((c) => c.outcome !== 'unchanged')
    .map((c) => {
      const why = c.errorCode ?? c.skipReason;
      const step = c.failedStep === null ? '' : ` at ${c.failedStep}`;
      const detail = why === null ? '' : ` (${why}${step})`;
      const message = c.outcome === 'failed' && c.message !== null ? `\n    ${c.message}` : '';
      return `  ${c.node.padEnd(width)}  ${c.action.padEnd(7)}  ${c.outcome}${detail}${message}`;
    });
  const counts = Object.entries(report.counts)
    .filter(([, n]) => n > 0)
    .map(([outcome, n]) => `${n} ${outcome}`)
    .join(', ');
  const head = `${HEADLINE[report.outcome]}: ${counts || 'nothing to do'} in ${formatDuration(report.durationMs)} (revision ${report.revision.slice(0, 12)}).`;
  const templates = report.templates.map(
    (t) =>
      `  template ${t.template}  ${t.action}  ${t.outcome}${t.errorCode === null ? '' : ` (${t.errorCode})`}${t.outcome === 'failed' && t.message !== null ? `\n    ${t.message}` : ''}`,
  );
  return `${[head, ...templates, ...rows].join('\n')}\n`;
}

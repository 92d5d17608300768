import type { NotificationEvent } from './notifier.js';
import type { PassOutcome } from './pass-outcome.js';

const short = (revision: string | null): string => (revision === null ? 'unknown' : revision.slice(0, 12));

/** The notification of a finished apply or a stalled pass, with a one-line Slack-compatible text. */
export function passNotification(outcome: PassOutcome, at: string): NotificationEvent {
  const site = outcome.site ?? 'the site';
  if (outcome.result === 'stalled' && outcome.stalledReason === 'VerificationFailed') {
    return {
      event: 'pass-stalled',
      site: outcome.site,
      revision: outcome.revision,
      outcome: 'stalled',
      text: `Phoenix: ${site} is stalled at ${short(outcome.revision)}: ${outcome.message}`,
      errorCode: outcome.errorCode,
      at,
    };
  }
  if (outcome.result === 'stalled') {
    const diagnostics = outcome.diagnostics.map((d) => ({
      file: d.file,
      line: d.line,
      column: d.column,
      code: d.code,
      message: d.message,
    }));
    const first = diagnostics[0];
    const where =
      first === undefined ? '' : ` First: ${first.file}:${first.line}:${first.column} ${first.message}`;
    return {
      event: 'pass-stalled',
      site: outcome.site,
      revision: outcome.revision,
      outcome: 'stalled',
      text: `Phoenix: ${site} is stalled at ${short(outcome.revision)}: ${diagnostics.length} validation error(s); nothing is applied until a new commit.${where}`,
      diagnostics,
      at,
    };
  }
  const report = outcome.report;
  const counts: Record<string, number> = {};
  for (const [key, value] of Object.entries(report?.counts ?? {})) if (value > 0) counts[key] = value;
  const summary = Object.entries(counts)
    .map(([key, value]) => `${value} ${key}`)
    .join(', ');
  return {
    event: 'apply-finished',
    site: outcome.site,
    revision: outcome.revision,
    outcome: report?.outcome ?? outcome.result,
    text: `Phoenix: apply of ${short(outcome.revision)} to ${site} ${report?.outcome ?? outcome.result}${summary === '' ? '' : ` (${summary})`}.`,
    counts,
    at,
  };
}

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

/** The nodes and templates a pass found edited outside Git (OneView: NonCompliant, or fields that differ). */
export function driftedOf(outcome: PassOutcome): { nodes: string[]; templates: string[] } {
  const plan = outcome.plan;
  if (plan === null) return { nodes: [], templates: [] };
  return {
    nodes: plan.changes.filter((c) => c.cause === 'drift').map((c) => c.node),
    templates: plan.templates.filter((t) => t.cause === 'drifted').map((t) => t.template),
  };
}

/**
 * The notification that nodes or templates were edited outside Git, or null when none were. With `drift: report`
 * they are left as they are; with `drift: correct` the pass replaces them (and its apply is notified too).
 */
export function driftNotification(
  outcome: PassOutcome,
  mode: 'correct' | 'report',
  at: string,
): NotificationEvent | null {
  const drifted = driftedOf(outcome);
  const count = drifted.nodes.length + drifted.templates.length;
  if (count === 0) return null;
  const site = outcome.site ?? 'the site';
  const what = [
    ...(drifted.nodes.length > 0 ? [`node(s) ${drifted.nodes.join(', ')}`] : []),
    ...(drifted.templates.length > 0 ? [`template(s) ${drifted.templates.join(', ')}`] : []),
  ].join(' and ');
  const action = mode === 'report' ? 'drift: report leaves them as they are' : 'drift: correct replaces them';
  return {
    event: 'drift-detected',
    site: outcome.site,
    revision: outcome.revision,
    outcome: 'drifted',
    text: `Phoenix: ${what} of ${site} were edited outside Git (${action}).`,
    drifted,
    at,
  };
}

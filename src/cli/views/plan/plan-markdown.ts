import type { Diagnostic } from '../../../core/diagnostics/diagnostic.js';
import type { PlanChange, ReconcilePlan } from '../../../core/plan/reconcile-plan.js';
import type { TemplateAction, TemplateChange } from '../../../core/plan/template-change.js';
import { isOfflineAppliance } from '../../../engine/reconcile/pull-request/base-inventory.js';

/** GitHub's limit on the body of a comment. */
export const GITHUB_COMMENT_LIMIT = 65_535;

export interface MarkdownOptions {
  /** Maximum length of the whole comment, in UTF-16 code units as GitHub counts them. */
  readonly maxLength?: number;
}

const ICON: Record<PlanChange['action'], string> = {
  create: '🟢',
  replace: '🟡',
  heal: '🔵',
  delete: '🔴',
  noop: '⚪',
  blocked: '⛔',
};

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function code(text: string | null): string {
  if (text === null) return '_none_';
  return text === '' ? '_empty_' : `\`${text.replace(/`/g, "'")}\``;
}

const TEMPLATE_ICON: Record<TemplateAction, string> = {
  create: '🟢',
  update: '🟡',
  delete: '🔴',
  noop: '⚪',
  blocked: '⛔',
};

function templateDetails(change: TemplateChange): string {
  const lines = [
    `<details><summary>${TEMPLATE_ICON[change.action]} template <b>${change.template}</b>: ${change.action}</summary>`,
    '',
    cell(change.reason),
    '',
  ];
  if (change.fieldChanges.length > 0) {
    lines.push('| field | before | after |', '|---|---|---|');
    for (const f of change.fieldChanges)
      lines.push(`| ${cell(f.path)} | ${cell(code(f.before))} | ${cell(code(f.after))} |`);
    lines.push('');
  }
  lines.push('</details>', '');
  return lines.join('\n');
}

function details(change: PlanChange): string {
  const lines = [
    `<details><summary>${ICON[change.action]} <b>${change.id}</b>: ${change.action}</summary>`,
    '',
    cell(change.reason),
    '',
  ];
  if (change.fieldChanges.length > 0) {
    lines.push('| field | before | after |', '|---|---|---|');
    for (const f of change.fieldChanges)
      lines.push(`| ${cell(f.path)} | ${cell(code(f.before))} | ${cell(code(f.after))} |`);
    lines.push('');
  }
  if (change.steps.length > 0) {
    const after = change.dependsOn.length > 0 ? `, after ${change.dependsOn.join(', ')}` : '';
    lines.push(
      `Steps: ${change.steps.map((s) => s.kind).join(' → ')} (wave ${change.wave ?? '-'}${after})`,
      '',
    );
  }
  lines.push('</details>', '');
  return lines.join('\n');
}

function header(plan: ReconcilePlan): string {
  const s = plan.summary;
  const lines = [
    `### Phoenix plan for \`${plan.site}\` at \`${plan.revision.slice(0, 12)}\`${plan.baseRevision === null ? '' : ` (base \`${plan.baseRevision.slice(0, 12)}\`)`}`,
    '',
    ...(plan.baseRevision === null
      ? []
      : [
          `Changes from \`${plan.baseRevision.slice(0, 12)}\` to \`${plan.revision.slice(0, 12)}\`, ${isOfflineAppliance(plan.inventory.appliance) ? 'from the declarations alone (offline: the base commit stands for the appliance)' : `against \`${cell(plan.inventory.appliance)}\``}.`,
          '',
        ]),
    '| create | replace | heal | delete | blocked | unchanged |',
    '|---:|---:|---:|---:|---:|---:|',
    `| ${s.create} | ${s.replace} | ${s.heal} | ${s.delete} | ${s.blocked} | ${s.noop} |`,
    '',
  ];
  if (!s.hasChanges && s.blocked === 0) lines.push('No changes: the appliance matches the declarations.', '');
  const unmanaged = plan.templates.filter((t) => t.cause === 'unmanaged').map((t) => `\`${t.template}\``);
  if (unmanaged.length > 0)
    lines.push(`Unmanaged templates, used as they are on the appliance: ${unmanaged.join(', ')}.`, '');
  const errors = plan.diagnostics.filter((d) => d.severity === 'error').length;
  if (plan.diagnostics.length > 0) {
    lines.push(
      `**Diagnostics** (${errors} error${errors === 1 ? '' : 's'}, ${plan.diagnostics.length - errors} warning${plan.diagnostics.length - errors === 1 ? '' : 's'}):`,
      '',
    );
    for (const d of plan.diagnostics) {
      lines.push(
        `- ${d.severity === 'error' ? '❌' : '⚠️'} \`${d.code}\` ${cell(d.subject)}: ${d.message} ${d.nodes.length === 0 ? (d.source === null ? '' : `(\`${cell(d.source.file)}:${d.source.line}\`)`) : `(${d.nodes.length} node${d.nodes.length === 1 ? '' : 's'}: ${d.nodes.slice(0, 10).join(', ')}${d.nodes.length > 10 ? ', …' : ''})`}`,
      );
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The plan as a pull-request comment: summary table first, then one folded section per change that does
 * something, with attribute-level diffs (secrets are already masked in the plan). When the comment would pass
 * the limit, details are dropped from the end and a note says how many.
 */
export function renderPlanMarkdown(plan: ReconcilePlan, options: MarkdownOptions = {}): string {
  const limit = options.maxLength ?? GITHUB_COMMENT_LIMIT;
  const head = header(plan);
  const footer = `\n<sub>Inventory \`${plan.inventory.fingerprint.slice(0, 16)}\` · plan format ${plan.formatVersion}</sub>\n`;
  const sections = [
    ...plan.templates.filter((t) => t.action !== 'noop' || t.cause === 'drifted').map(templateDetails),
    ...plan.changes.filter((c) => c.action !== 'noop' || c.cause === 'drift').map(details),
  ];
  const note = (omitted: number): string =>
    `> ${omitted} of ${sections.length} change details were left out to stay under GitHub's comment limit; run \`phoenix plan\` to see them all.\n`;
  let body = head;
  let used = 0;
  for (const section of sections) {
    const reserve = note(sections.length).length + footer.length;
    if (body.length + section.length + reserve > limit) break;
    body += section;
    used++;
  }
  if (used < sections.length) body += `\n${note(sections.length - used)}`;
  body += footer;
  return body.length <= limit ? body : `${body.slice(0, limit - 2)}…\n`;
}

/**
 * Declarations with errors, as a pull-request comment: nothing can be planned from them, so the comment lists
 * every finding at its file and line.
 */
export function renderInvalidMarkdown(revision: string, diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const lines = [
    `### Phoenix plan at \`${revision}\`: the declarations are invalid`,
    '',
    `${errors} error${errors === 1 ? '' : 's'}; nothing is planned or applied from a commit with an error.`,
    '',
    '| | file | line | code | message |',
    '|---|---|---:|---|---|',
    ...diagnostics.map(
      (d) =>
        `| ${d.severity === 'error' ? '❌' : '⚠️'} | \`${cell(d.file)}\` | ${d.line} | \`${d.code}\` | ${cell(d.message)}${d.path === '' ? '' : ` (\`${cell(d.path)}\`)`} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

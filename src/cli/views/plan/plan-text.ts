import type { PlanAction, PlanChange, ReconcilePlan } from '../../../core/plan/reconcile-plan.js';
import type { TemplateAction, TemplateChange } from '../../../core/plan/template-change.js';

export interface TextOptions {
  /** ANSI colours; the caller decides (a TTY without NO_COLOR). */
  readonly color: boolean;
}

const SIGN: Record<PlanAction, string> = {
  create: '+',
  replace: '-/+',
  heal: '~',
  delete: '-',
  noop: ' ',
  blocked: '!',
};

const COLOUR: Record<PlanAction, string> = {
  create: '32',
  replace: '33',
  heal: '36',
  delete: '31',
  noop: '2',
  blocked: '35',
};

function paint(on: boolean, code: string, text: string): string {
  return on ? `\u001b[${code}m${text}\u001b[0m` : text;
}

function changeLines(change: PlanChange, color: boolean): string[] {
  const head = `${SIGN[change.action].padStart(3)} ${change.id}  ${change.action}`;
  const lines = [paint(color, COLOUR[change.action], head), `      ${change.reason}`];
  for (const f of change.fieldChanges) {
    lines.push(`      ${f.path}: ${f.before ?? '(none)'} -> ${f.after ?? '(none)'}`);
  }
  if (change.steps.length > 0) {
    const meta = [
      `wave ${change.wave ?? '-'}`,
      ...(change.dependsOn.length > 0 ? [`after ${change.dependsOn.join(', ')}`] : []),
    ];
    lines.push(
      paint(color, '2', `      steps: ${change.steps.map((s) => s.kind).join(' > ')} (${meta.join('; ')})`),
    );
  }
  return lines;
}

const TEMPLATE_SIGN: Record<TemplateAction, [string, string]> = {
  create: ['+', '32'],
  update: ['~', '33'],
  delete: ['-', '31'],
  noop: [' ', '2'],
  blocked: ['!', '35'],
};

function templateLines(change: TemplateChange, color: boolean): string[] {
  const [sign, colour] = TEMPLATE_SIGN[change.action];
  const lines = [
    paint(color, colour, `${sign.padStart(3)} template ${change.template}  ${change.action}`),
    `      ${change.reason}`,
  ];
  for (const f of change.fieldChanges) {
    lines.push(`      ${f.path}: ${f.before ?? '(none)'} -> ${f.after ?? '(none)'}`);
  }
  return lines;
}

/** The plan for a terminal: summary line, then every change that does something, then diagnostics. */
export function renderPlanText(plan: ReconcilePlan, options: TextOptions): string {
  const { color } = options;
  const s = plan.summary;
  const out = [
    `Plan for site ${plan.site} at ${plan.revision.slice(0, 12)}${plan.baseRevision === null ? '' : ` (base ${plan.baseRevision.slice(0, 12)})`}`,
    `Inventory ${plan.inventory.fingerprint.slice(0, 16)} from ${plan.inventory.appliance}`,
    '',
  ];
  for (const change of plan.templates.filter((t) => t.action !== 'noop' || t.cause === 'drifted'))
    out.push(...templateLines(change, color), '');
  const unmanaged = plan.templates.filter((t) => t.cause === 'unmanaged').map((t) => t.template);
  if (unmanaged.length > 0)
    out.push(
      paint(color, '2', `    unmanaged templates (as they are on the appliance): ${unmanaged.join(', ')}`),
      '',
    );
  const shown = plan.changes.filter((c) => c.action !== 'noop' || c.cause === 'drift');
  for (const change of shown) out.push(...changeLines(change, color), '');
  for (const d of plan.diagnostics) {
    const where = d.source === null ? '' : ` (${d.source.file}:${d.source.line}:${d.source.column})`;
    out.push(paint(color, d.severity === 'error' ? '31' : '33', `${d.severity} ${d.code}: ${d.message}`));
    out.push(`      ${d.subject}${d.nodes.length > 0 ? `: ${d.nodes.join(', ')}` : ''}${where}`);
  }
  if (plan.diagnostics.length > 0) out.push('');
  out.push(
    `${s.create} to create, ${s.replace} to replace, ${s.heal} to heal, ${s.delete} to delete, ${s.blocked} blocked, ${s.noop} unchanged.`,
  );
  if (!s.hasChanges) out.push('No changes: the appliance matches the declarations.');
  return `${out.join('\n')}\n`;
}

import { createColors } from 'picocolors';
import type { PlanAction, PlanChange, ReconcilePlan } from '../../../core/plan/reconcile-plan.js';
import type { TemplateAction, TemplateChange } from '../../../core/plan/template-change.js';
import { isOfflineAppliance } from '../../../engine/reconcile/pull-request/base-inventory.js';

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

type Colors = ReturnType<typeof createColors>;
type ColorName = 'green' | 'yellow' | 'cyan' | 'red' | 'dim' | 'magenta';

const COLOUR: Record<PlanAction, ColorName> = {
  create: 'green',
  replace: 'yellow',
  heal: 'cyan',
  delete: 'red',
  noop: 'dim',
  blocked: 'magenta',
};

/** A field's value: absent and empty are different things, and neither prints as nothing. */
const fieldValue = (value: string | null): string =>
  value === null ? '(none)' : value === '' ? '(empty)' : value;

function changeLines(change: PlanChange, c: Colors): string[] {
  const head = `${SIGN[change.action].padStart(3)} ${change.id}  ${change.action}`;
  const lines = [c[COLOUR[change.action]](head), `      ${change.reason}`];
  for (const f of change.fieldChanges) {
    lines.push(`      ${f.path}: ${fieldValue(f.before)} -> ${fieldValue(f.after)}`);
  }
  if (change.steps.length > 0) {
    const meta = [
      `wave ${change.wave ?? '-'}`,
      ...(change.dependsOn.length > 0 ? [`after ${change.dependsOn.join(', ')}`] : []),
    ];
    lines.push(c.dim(`      steps: ${change.steps.map((s) => s.kind).join(' > ')} (${meta.join('; ')})`));
  }
  return lines;
}

const TEMPLATE_SIGN: Record<TemplateAction, [string, ColorName]> = {
  create: ['+', 'green'],
  update: ['~', 'yellow'],
  delete: ['-', 'red'],
  noop: [' ', 'dim'],
  blocked: ['!', 'magenta'],
};

function templateLines(change: TemplateChange, c: Colors): string[] {
  const [sign, colour] = TEMPLATE_SIGN[change.action];
  const lines = [
    c[colour](`${sign.padStart(3)} template ${change.template}  ${change.action}`),
    `      ${change.reason}`,
  ];
  for (const f of change.fieldChanges) {
    lines.push(`      ${f.path}: ${fieldValue(f.before)} -> ${fieldValue(f.after)}`);
  }
  return lines;
}

/** What "no changes" means: offline, the head declares what the base does; else the appliance matches. */
export function noChanges(plan: ReconcilePlan): string {
  return isOfflineAppliance(plan.inventory.appliance)
    ? 'No changes: the head commit declares what the base commit does.'
    : 'No changes: the appliance matches the declarations.';
}

/** The plan for a terminal: summary line, then every change that does something, then diagnostics. */
export function renderPlanText(plan: ReconcilePlan, options: TextOptions): string {
  const c = createColors(options.color);
  const s = plan.summary;
  const out = [
    `Plan for site ${plan.site} at ${plan.revision.slice(0, 12)}${plan.baseRevision === null ? '' : ` (base ${plan.baseRevision.slice(0, 12)})`}`,
    `Inventory ${plan.inventory.fingerprint.slice(0, 16)} from ${plan.inventory.appliance}`,
    '',
  ];
  for (const change of plan.templates.filter((t) => t.action !== 'noop' || t.cause === 'drifted'))
    out.push(...templateLines(change, c), '');
  const unmanaged = plan.templates.filter((t) => t.cause === 'unmanaged').map((t) => t.template);
  if (unmanaged.length > 0)
    out.push(c.dim(`    unmanaged templates (as they are on the appliance): ${unmanaged.join(', ')}`), '');
  const shown = plan.changes.filter((ch) => ch.action !== 'noop' || ch.cause === 'drift');
  for (const change of shown) out.push(...changeLines(change, c), '');
  for (const d of plan.diagnostics) {
    const where = d.source === null ? '' : ` (${d.source.file}:${d.source.line}:${d.source.column})`;
    out.push(c[d.severity === 'error' ? 'red' : 'yellow'](`${d.severity} ${d.code}: ${d.message}`));
    out.push(`      ${d.subject}${d.nodes.length > 0 ? `: ${d.nodes.join(', ')}` : ''}${where}`);
  }
  if (plan.diagnostics.length > 0) out.push('');
  out.push(
    `${s.create} to create, ${s.replace} to replace, ${s.heal} to heal, ${s.delete} to delete, ${s.blocked} blocked, ${s.noop} unchanged.`,
  );
  if (!s.hasChanges && s.blocked === 0) out.push(noChanges(plan));
  else if (!s.hasChanges)
    out.push(
      `Nothing can change: ${s.blocked} blocked (see why above); the appliance does not match the declarations.`,
    );
  return `${out.join('\n')}\n`;
}

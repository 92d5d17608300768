import type { Diagnostic } from '../../../core/diagnostics/diagnostic.js';
import type { ReconcilePlan } from '../../../core/plan/reconcile-plan.js';
import { renderPlanText } from './plan-text.js';

/** Escaping of GitHub workflow command data. */
function data(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escaping of GitHub workflow command properties. */
function property(text: string): string {
  return data(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** One `::error` / `::warning` workflow command per declaration finding, at its file and line. */
export function renderDiagnosticAnnotations(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map(
      (d) =>
        `::${d.severity} file=${property(d.file)},line=${d.line},col=${d.column},title=${property(d.code)}::${data(d.path === '' ? d.message : `${d.message} (${d.path})`)}\n`,
    )
    .join('');
}

/**
 * The plan for a GitHub Actions log: an annotation per planner finding (at the declaration of the first node it
 * affects), then the plan as text.
 */
export function renderPlanGithub(plan: ReconcilePlan): string {
  const annotations = plan.diagnostics.map((d) => {
    const where =
      d.source === null
        ? ''
        : ` file=${property(d.source.file)},line=${d.source.line},col=${d.source.column},`;
    const nodes = `${d.nodes.slice(0, 10).join(', ')}${d.nodes.length > 10 ? ', …' : ''}`;
    return `::${d.severity}${where === '' ? ' ' : where}title=${property(d.code)}::${data(`${d.subject}: ${d.message} Nodes: ${nodes}`)}\n`;
  });
  return `${annotations.join('')}${renderPlanText(plan, { color: false })}`;
}

import type { Diagnostic } from '../../core/diagnostics/diagnostic.js';

export type DiagnosticsFormat = 'text' | 'json' | 'github';

export const DIAGNOSTICS_FORMATS: readonly DiagnosticsFormat[] = ['text', 'json', 'github'];

/** What validation found, for people or machines. */
export interface ValidationReport {
  readonly valid: boolean;
  /** Repository-relative declarations root; '.' for the whole repository. */
  readonly root: string;
  readonly files: number;
  /** Counts of what was declared; null when the declarations are invalid. */
  readonly summary: ValidationSummary | null;
  readonly diagnostics: readonly Diagnostic[];
}

export interface ValidationSummary {
  readonly site: string;
  readonly plans: number;
  /** Declared ProfileTemplates. */
  readonly templates: number;
  readonly pools: number;
  readonly nodes: number;
}

export function isDiagnosticsFormat(value: string): value is DiagnosticsFormat {
  return (DIAGNOSTICS_FORMATS as readonly string[]).includes(value);
}

/** Renders a validation report: `text` for terminals, `json` for tools, `github` as workflow commands. */
export function renderValidationReport(report: ValidationReport, format: DiagnosticsFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'github':
      return renderGithub(report);
    case 'text':
      return renderText(report);
  }
}

function renderText(report: ValidationReport): string {
  const lines = report.diagnostics.map(
    (d) =>
      `${d.file}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${d.message}${d.path === '' ? '' : ` (${d.path})`}`,
  );
  lines.push(summaryLine(report));
  return `${lines.join('\n')}\n`;
}

function renderGithub(report: ValidationReport): string {
  const lines = report.diagnostics.map(
    (d) =>
      `::${d.severity} file=${property(d.file)},line=${d.line},col=${d.column},title=${property(d.code)}::${data(d.message)}`,
  );
  lines.push(summaryLine(report));
  return `${lines.join('\n')}\n`;
}

function summaryLine(report: ValidationReport): string {
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = report.diagnostics.length - errors;
  if (report.summary === null || !report.valid) {
    return `Invalid: ${count(errors, 'error')}${warnings > 0 ? `, ${count(warnings, 'warning')}` : ''} in ${count(report.files, 'file')} under ${where(report.root)}.`;
  }
  const s = report.summary;
  return `Valid: site ${s.site}, ${count(s.plans, 'plan')}, ${count(s.templates, 'template')}, ${count(s.pools, 'pool')}, ${count(s.nodes, 'node')} (${count(report.files, 'file')} under ${where(report.root)}).`;
}

function where(root: string): string {
  return root === '.' ? 'the repository root' : root;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Escaping of GitHub workflow command data. */
function data(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escaping of GitHub workflow command properties. */
function property(text: string): string {
  return data(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

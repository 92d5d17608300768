import type { SourceLocation } from '../diagnostics/diagnostic.js';
import { compareText } from './inventory-index.js';
import { PLAN_DIAGNOSTIC_CODES, type PlanDiagnostic, type PlanDiagnosticCode } from './plan-diagnostic.js';

/** Accumulates planner findings, grouped by code and subject, each with the nodes it affects. */
export class DiagnosticCollector {
  readonly #groups = new Map<
    string,
    {
      severity: PlanDiagnostic['severity'];
      code: PlanDiagnosticCode;
      subject: string;
      nodes: Set<string>;
      source: SourceLocation | null;
    }
  >();

  add(
    severity: PlanDiagnostic['severity'],
    code: PlanDiagnosticCode,
    subject: string,
    node: string,
    source: SourceLocation | null,
  ): void {
    const key = `${code}\u0000${subject}`;
    const group = this.#groups.get(key);
    if (group) {
      group.nodes.add(node);
      return;
    }
    this.#groups.set(key, { severity, code, subject, nodes: new Set([node]), source });
  }

  /** A finding about a declaration itself (a ProfileTemplate) rather than about nodes. */
  addFor(
    severity: PlanDiagnostic['severity'],
    code: PlanDiagnosticCode,
    subject: string,
    source: SourceLocation | null,
  ): void {
    const key = `${code}\u0000${subject}`;
    if (!this.#groups.has(key)) this.#groups.set(key, { severity, code, subject, nodes: new Set(), source });
  }

  /** Errors first, then by code and subject. The source is the one of the first affected node by name. */
  list(sourceOf: (node: string) => SourceLocation | null): PlanDiagnostic[] {
    return [...this.#groups.values()]
      .map((g) => {
        const nodes = [...g.nodes].sort(compareText);
        return {
          severity: g.severity,
          code: g.code,
          message: PLAN_DIAGNOSTIC_CODES[g.code],
          subject: g.subject,
          nodes,
          source: nodes[0] === undefined ? g.source : (sourceOf(nodes[0]) ?? g.source),
        };
      })
      .sort(
        (a, b) =>
          compareText(a.severity, b.severity) ||
          compareText(a.code, b.code) ||
          compareText(a.subject, b.subject),
      );
  }
}

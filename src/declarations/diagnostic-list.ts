import type { DeclarationDiagnosticCode } from '../core/errors/codes/decl.js';
import type { Diagnostic, SourceLocation } from '../core/diagnostics/diagnostic.js';

/** Collects diagnostics once each, however many nodes lead to the same finding. */
export class DiagnosticList {
  readonly #seen = new Set<string>();
  readonly #items: Diagnostic[] = [];

  error(code: DeclarationDiagnosticCode, message: string, at: SourceLocation, path = ''): void {
    this.add({ severity: 'error', code, message, file: at.file, line: at.line, column: at.column, path });
  }

  warning(code: DeclarationDiagnosticCode, message: string, at: SourceLocation, path = ''): void {
    this.add({ severity: 'warning', code, message, file: at.file, line: at.line, column: at.column, path });
  }

  add(diagnostic: Diagnostic): void {
    const key = `${diagnostic.code}\u0000${diagnostic.file}\u0000${diagnostic.line}\u0000${diagnostic.column}\u0000${diagnostic.message}`;
    if (this.#seen.has(key)) return;
    this.#seen.add(key);
    this.#items.push(diagnostic);
  }

  /** How many findings were collected. */
  get count(): number {
    return this.#items.length;
  }

  get hasErrors(): boolean {
    return this.#items.some((d) => d.severity === 'error');
  }

  /** Sorted by file, line, column and code. */
  sorted(): Diagnostic[] {
    return [...this.#items].sort(
      (a, b) => compare(a.file, b.file) || a.line - b.line || a.column - b.column || compare(a.code, b.code),
    );
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

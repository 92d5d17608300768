/** Where in the user's files a finding is. Lines and columns are 1-based. */
export interface SourceLocation {
  /** Path relative to the repository root, with forward slashes. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export type Severity = 'error' | 'warning';

/**
 * An expected finding about the user's declarations. Diagnostics are accumulated and returned all at once;
 * any `error` blocks every mutation from that revision.
 */
export interface Diagnostic extends SourceLocation {
  readonly severity: Severity;
  /** Stable UPPER_SNAKE code with the DECL_ prefix, documented in docs/reference/declarations.md. */
  readonly code: string;
  /** A sentence a person can act on. */
  readonly message: string;
  /** YAML path inside the document, e.g. `spec.hardware.bay`; empty for the document itself. */
  readonly path: string;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

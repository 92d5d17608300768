import type { DesiredState } from '../../../core/desired/desired-state.js';
import type { Diagnostic } from '../../../core/diagnostics/diagnostic.js';
import { PhoenixError } from '../../../core/errors/phoenix-error.js';
import { loadDesiredState } from '../../../declarations/load-desired-state.js';
import type { DeclarationSource } from '../../../ports/declaration-source.js';
import { contentRevision } from './content-revision.js';

export interface DesiredRevision {
  readonly desired: DesiredState;
  /** The commit SHA, or the content revision of a working tree. */
  readonly revision: string;
  /** Warnings only: errors throw. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The desired state of one revision, or DECL_INVALID carrying every diagnostic: nothing is planned, let alone
 * applied, from declarations with an error.
 */
export async function readDesiredState(source: DeclarationSource, root: string): Promise<DesiredRevision> {
  const result = await loadDesiredState(source, root);
  if (result.desired === null) {
    throw new PhoenixError('DECL_INVALID', {
      source: source.description,
      errors: result.diagnostics.filter((d) => d.severity === 'error').length,
      diagnostics: result.diagnostics,
    });
  }
  const revision = source.revision ?? (await contentRevision(source, root));
  return { desired: result.desired, revision, diagnostics: result.diagnostics };
}

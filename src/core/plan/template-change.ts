import type { SourceLocation } from '../diagnostics/diagnostic.js';
import type { TemplateContent, TemplateReferenceKind } from '../template/template-content.js';
import type { FieldChange } from './reconcile-plan.js';

export type TemplateAction = 'create' | 'update' | 'delete' | 'noop' | 'blocked';

/**
 * not-found: declared, not on the appliance; drifted: edited outside Git; undeclared: stamped, no longer
 * declared; unmanaged: not declared, used by Plans as it is on the appliance.
 */
export type TemplateCause = 'not-found' | 'spec-changed' | 'drifted' | 'undeclared' | 'matches' | 'unmanaged';

/** Why a template change is blocked. */
export type TemplateBlockedBy =
  /** A template Phoenix does not own carries the declared name: a conflict, never an adoption. */
  | { readonly kind: 'conflict'; readonly templateUri: string; readonly ownerSite: string | null }
  /** The template names resources the appliance does not have. */
  | {
      readonly kind: 'unresolved-reference';
      readonly references: readonly {
        readonly kind: TemplateReferenceKind;
        readonly name: string;
        readonly path: string;
      }[];
    }
  /** A connection asks for more than its port carries, or names a port the hardware type lacks. */
  | { readonly kind: 'invalid-connection'; readonly problems: readonly string[] }
  /** Profiles still use the template: it is deleted once they are gone. */
  | { readonly kind: 'in-use'; readonly profiles: readonly string[] }
  | { readonly kind: 'deletions-not-allowed' };

/** One server profile template change of a reconcile plan; template changes run before node changes. */
export interface TemplateChange {
  /** The template name. */
  readonly id: string;
  readonly template: string;
  readonly action: TemplateAction;
  readonly cause: TemplateCause;
  readonly blockedBy: TemplateBlockedBy | null;
  /** For people; executors branch on the typed fields only. */
  readonly reason: string;
  /** The template on the appliance; null until it is created. */
  readonly templateUri: string | null;
  /** The eTag the plan read: an update or delete is refused when the template changed since. */
  readonly eTag: string | null;
  /** What create and update write, references as URIs; null otherwise. */
  readonly body: TemplateContent | null;
  /** The stamp line to write into the template description; null when nothing is written. */
  readonly description: string | null;
  /** First 16 hex characters of the declared content hash; for a delete, the stamp's. */
  readonly spec: string | null;
  /** Field by field, with names (not URIs), before -> after. */
  readonly fieldChanges: readonly FieldChange[];
  /** Profiles that use the template on the appliance, sorted. */
  readonly usedBy: readonly string[];
  /** The ProfileTemplate declaration; null for a template that is no longer declared. */
  readonly source: SourceLocation | null;
}

export function isMutatingTemplate(change: TemplateChange): boolean {
  return change.action === 'create' || change.action === 'update' || change.action === 'delete';
}

/** For people: what a template change does and why. */
export function templateReason(change: Omit<TemplateChange, 'reason'>): string {
  const b = change.blockedBy;
  if (b !== null) {
    switch (b.kind) {
      case 'conflict':
        return `A template named "${change.template}" exists and is not Phoenix's (${b.ownerSite === null ? 'no stamp' : `stamped by site ${b.ownerSite}`}); it is never touched. Rename the declaration or remove that template.`;
      case 'unresolved-reference':
        return `The appliance has no ${b.references.map((r) => `${r.kind} "${r.name}" (${r.path})`).join(', ')}.`;
      case 'invalid-connection':
        return `Connections do not fit the hardware: ${b.problems.join('; ')}.`;
      case 'in-use':
        return `No longer declared, but ${b.profiles.length} profile(s) still use it: deleted once they are gone.`;
      case 'deletions-not-allowed':
        return 'No longer declared; deletes need --allow-deletions or Site guards.autoDelete.';
    }
  }
  switch (change.cause) {
    case 'not-found':
      return 'Declared and not on the appliance: created.';
    case 'spec-changed':
      return `The declaration changed: ${change.fieldChanges.length} field(s) updated.`;
    case 'drifted':
      return change.action === 'update'
        ? `Edited outside Git (${change.fieldChanges.length} field(s)): restored from the declaration.`
        : `Edited outside Git (${change.fieldChanges.length} field(s)); drift: report leaves it as it is.`;
    case 'undeclared':
      return 'No longer declared and used by no profile: deleted.';
    case 'matches':
      return 'Matches its declaration.';
    case 'unmanaged':
      return 'Not declared: used as it is on the appliance, unmanaged by Phoenix.';
  }
}

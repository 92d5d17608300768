/** The resource kinds a declarations root holds, with the schema file of each. */
export const DECLARATION_KINDS = {
  Site: 'site.schema.json',
  Plan: 'plan.schema.json',
  NodePool: 'node-pool.schema.json',
  Node: 'node.schema.json',
  ProfileTemplate: 'profile-template.schema.json',
} as const;

export type DeclarationKind = keyof typeof DECLARATION_KINDS;

export const API_VERSION = 'phoenix/v1alpha1';

export function isDeclarationKind(value: unknown): value is DeclarationKind {
  return typeof value === 'string' && Object.hasOwn(DECLARATION_KINDS, value);
}

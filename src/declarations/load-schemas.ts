import { DECLARATION_SCHEMAS } from './declaration-schemas.js';

export const DEFINITIONS_SCHEMA = 'definitions.schema.json';

export type SchemaObject = Record<string, unknown>;

/**
 * Every declaration schema by file name: the shared definitions and one per kind. They come from a module
 * generated from schemas/declarations (`npm run generate`), so nothing is read from disk.
 */
export function loadSchemas(): ReadonlyMap<string, SchemaObject> {
  return new Map(Object.entries(DECLARATION_SCHEMAS));
}

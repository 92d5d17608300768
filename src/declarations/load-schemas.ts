import { readFileSync } from 'node:fs';
import { DECLARATION_KINDS } from './declaration-kinds.js';

/** The folder of the declaration schemas, from src/declarations or dist/declarations alike. */
export const SCHEMA_DIRECTORY = new URL('../../schemas/declarations/', import.meta.url);

export const DEFINITIONS_SCHEMA = 'definitions.schema.json';

export type SchemaObject = Record<string, unknown>;

/** Every declaration schema by file name: the shared definitions and one per kind. */
export function loadSchemas(): ReadonlyMap<string, SchemaObject> {
  const names = [DEFINITIONS_SCHEMA, ...Object.values(DECLARATION_KINDS)];
  return new Map(
    names.map((name) => [
      name,
      JSON.parse(readFileSync(new URL(name, SCHEMA_DIRECTORY), 'utf8')) as SchemaObject,
    ]),
  );
}

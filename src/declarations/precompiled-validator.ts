import type { ValidateFunction } from 'ajv/dist/2020.js';
import * as compiled from './compiled-schemas.js';
import type { DeclarationKind } from './declaration-kinds.js';
import type { SchemaValidator } from './schema-validator.js';

const validators = compiled as unknown as Readonly<Record<DeclarationKind, ValidateFunction>>;

/**
 * The schema validator from the code `npm run generate` compiled (compiled-schemas.ts): the same judgement as
 * `schemaValidator()`, which compiles the schemas at run time, without the cost of loading ajv and compiling
 * them in every process. A test keeps the two in agreement.
 */
export function precompiledValidator(): SchemaValidator {
  return (kind, value) => {
    const validate = validators[kind];
    if (validate(value)) return [];
    return validate.errors ?? [];
  };
}

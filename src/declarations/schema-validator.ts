import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { DECLARATION_KINDS, type DeclarationKind } from './declaration-kinds.js';
import { loadSchemas, type SchemaObject } from './load-schemas.js';

// ajv-formats is CommonJS with a default export; under NodeNext the plugin is the module's `default`.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

export type SchemaValidator = (kind: DeclarationKind, value: unknown) => readonly ErrorObject[];

let compiled: SchemaValidator | undefined;

/** One validator per kind over the declaration schemas, compiled once per process (allErrors, strict). */
export function schemaValidator(): SchemaValidator {
  compiled ??= createSchemaValidator(loadSchemas());
  return compiled;
}

/** Compiles a validator per kind from the schemas given, by file name (the definitions and one per kind). */
export function createSchemaValidator(schemas: ReadonlyMap<string, SchemaObject>): SchemaValidator {
  // The schemas are checked against the 2020-12 meta-schema by a test, not at every start: compiling the
  // meta-schema costs more than compiling ours. Strict mode still rejects unknown keywords and loose types.
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    allowUnionTypes: true,
    strictRequired: false,
    verbose: true,
    validateSchema: false,
    code: { optimize: false },
  });
  addFormats(ajv);
  for (const [name, schema] of schemas) ajv.addSchema(schema, name);
  const validators = new Map<DeclarationKind, ValidateFunction>();
  for (const [kind, file] of Object.entries(DECLARATION_KINDS) as [DeclarationKind, string][]) {
    const validate = ajv.getSchema(file);
    if (validate === undefined) throw new Error(`schema ${file} is not registered`);
    validators.set(kind, validate);
  }
  return (kind, value) => {
    const validate = validators.get(kind);
    if (validate === undefined || validate(value)) return [];
    return validate.errors ?? [];
  };
}

import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import addFormatsModule from 'ajv-formats';
import { DECLARATION_KINDS } from '../src/declarations/declaration-kinds.js';
import { loadSchemas } from '../src/declarations/load-schemas.js';

// Both are CommonJS with a default export; under NodeNext the function is the module's `default`.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const standaloneCode = standaloneModule.default;

export const SCHEMA_VALIDATORS_FILE = fileURLToPath(
  new URL('../src/declarations/compiled-schemas.ts', import.meta.url),
);

const BANNER = `/* eslint-disable */
// @ts-nocheck
/**
 * The declaration schemas compiled to validation code by \`npm run generate\` (ajv standalone), one export per
 * kind, so that no process compiles them at start. Do not edit: change the schemas and regenerate (a test fails
 * when this file and the schemas drift apart, and when it judges a document otherwise than the schemas do).
 */
`;

/**
 * The validators of every declaration kind as one ES module, with the options of the validator compiled at run
 * time (all errors, strict, verbose).
 */
export function renderSchemaValidators(): string {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    allowUnionTypes: true,
    strictRequired: false,
    verbose: true,
    validateSchema: false,
    code: { source: true, esm: true, optimize: false, lines: true },
  });
  addFormats(ajv);
  for (const [name, schema] of loadSchemas()) ajv.addSchema(schema, name);
  const code = standaloneCode(ajv, { ...DECLARATION_KINDS });
  // The code requires ajv's runtime helpers (and the format checks) as CommonJS: an ES module makes its require.
  const body = code.replace(/^"use strict";/, '');
  return `${BANNER}import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n${body}\n`;
}

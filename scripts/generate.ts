import { writeFile } from 'node:fs/promises';
import { CLI_REFERENCE_FILE, renderCliReference } from './render-cli-reference.js';
import { renderDeclarationsReference, DECLARATIONS_REFERENCE_FILE } from './render-declarations-reference.js';
import { renderErrorsReference, ERRORS_REFERENCE_FILE } from './render-errors-reference.js';
import { renderSchemaModule, SCHEMA_MODULE_FILE } from './render-schema-module.js';
import { renderSchemaTypes, SCHEMA_TYPES_FILE } from './render-schema-types.js';

/** Regenerates every file derived from the schemas, the error catalog and the command tree. */
const outputs: [string, () => string | Promise<string>][] = [
  [SCHEMA_TYPES_FILE, renderSchemaTypes],
  [SCHEMA_MODULE_FILE, renderSchemaModule],
  [DECLARATIONS_REFERENCE_FILE, renderDeclarationsReference],
  [ERRORS_REFERENCE_FILE, renderErrorsReference],
  [CLI_REFERENCE_FILE, renderCliReference],
];

for (const [file, render] of outputs) {
  await writeFile(file, await render());
  process.stdout.write(`wrote ${file}\n`);
}

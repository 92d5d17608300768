import { writeFile } from 'node:fs/promises';
import { renderDeclarationsReference, DECLARATIONS_REFERENCE_FILE } from './render-declarations-reference.js';
import { renderErrorsReference, ERRORS_REFERENCE_FILE } from './render-errors-reference.js';
import { renderSchemaTypes, SCHEMA_TYPES_FILE } from './render-schema-types.js';

/** Regenerates every file derived from the schemas and the error catalog. */
const outputs: [string, () => string | Promise<string>][] = [
  [SCHEMA_TYPES_FILE, renderSchemaTypes],
  [DECLARATIONS_REFERENCE_FILE, renderDeclarationsReference],
  [ERRORS_REFERENCE_FILE, renderErrorsReference],
];

for (const [file, render] of outputs) {
  await writeFile(file, await render());
  process.stdout.write(`wrote ${file}\n`);
}

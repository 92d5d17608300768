import { writeFile } from 'node:fs/promises';
import { CLI_REFERENCE_FILE, renderCliReference } from './render-cli-reference.js';
import { renderDeclarationsReference, DECLARATIONS_REFERENCE_FILE } from './render-declarations-reference.js';
import { renderErrorsReference, ERRORS_REFERENCE_FILE } from './render-errors-reference.js';
import { renderSchemaModule, SCHEMA_MODULE_FILE } from './render-schema-module.js';
import { HELP_TOPICS_FILE, renderHelpTopics } from './render-help-topics.js';
import { renderSchemaTypes, SCHEMA_TYPES_FILE } from './render-schema-types.js';
import { renderSchemaValidators, SCHEMA_VALIDATORS_FILE } from './render-schema-validators.js';

/** Regenerates every file derived from the schemas, the error catalog, the command tree and the docs. */
const outputs: [string, () => string | Promise<string>][] = [
  [SCHEMA_TYPES_FILE, renderSchemaTypes],
  [SCHEMA_MODULE_FILE, renderSchemaModule],
  [SCHEMA_VALIDATORS_FILE, renderSchemaValidators],
  [DECLARATIONS_REFERENCE_FILE, renderDeclarationsReference],
  [ERRORS_REFERENCE_FILE, renderErrorsReference],
  [CLI_REFERENCE_FILE, renderCliReference],
  // After cli.md and the other references: some topics are generated pages themselves.
  [HELP_TOPICS_FILE, renderHelpTopics],
];

for (const [file, render] of outputs) {
  await writeFile(file, await render());
  process.stdout.write(`wrote ${file}\n`);
}

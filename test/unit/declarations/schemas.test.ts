import { readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import {
  readSchemaFiles,
  renderSchemaModule,
  SCHEMA_MODULE_FILE,
} from '../../../scripts/render-schema-module.js';
import { loadSchemas } from '../../../src/declarations/load-schemas.js';

describe('declaration schemas', () => {
  it.each([...readSchemaFiles()])('%s is a valid draft 2020-12 schema', (_name, schema) => {
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, strictRequired: false });
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('reach the declarations as an imported module equal to schemas/declarations (run npm run generate)', async () => {
    expect(await readFile(SCHEMA_MODULE_FILE, 'utf8')).toBe(await renderSchemaModule());
    expect(loadSchemas()).toEqual(readSchemaFiles());
  });
});

import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { loadSchemas } from '../../../src/declarations/load-schemas.js';

describe('declaration schemas', () => {
  it.each([...loadSchemas()])('%s is a valid draft 2020-12 schema', (_name, schema) => {
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, strictRequired: false });
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
  });
});

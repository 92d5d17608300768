import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { renderSchemaTypes, SCHEMA_TYPES_FILE } from '../../../scripts/render-schema-types.js';

describe('schema types', () => {
  it('match the schemas (run npm run generate after changing a schema)', async () => {
    expect(await readFile(SCHEMA_TYPES_FILE, 'utf8')).toBe(await renderSchemaTypes());
  });
});

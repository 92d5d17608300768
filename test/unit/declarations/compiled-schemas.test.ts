import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { renderSchemaValidators, SCHEMA_VALIDATORS_FILE } from '../../../scripts/render-schema-validators.js';
import { isDeclarationKind } from '../../../src/declarations/declaration-kinds.js';
import { precompiledValidator } from '../../../src/declarations/precompiled-validator.js';
import { schemaValidator } from '../../../src/declarations/schema-validator.js';

const EXAMPLE = fileURLToPath(new URL('../../../example-repo/', import.meta.url));

async function exampleDocuments(folder = EXAMPLE): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...(await exampleDocuments(path)));
    else if (entry.name.endsWith('.yaml'))
      out.push(...parseAllDocuments(await readFile(path, 'utf8')).map((d) => d.toJS() as unknown));
  }
  return out;
}

/** Each document broken in the ways that reach the most schema keywords. */
function broken(document: Record<string, unknown>): unknown[] {
  const spec = document['spec'] as Record<string, unknown>;
  return [
    { ...document, apiVersion: 'phoenix/v0' },
    { ...document, metadata: { name: 'Not A Label', extra: 1 } },
    { ...document, spec: { ...spec, unknownKey: true } },
    {
      ...document,
      spec: { ...spec, attributes: { A: 1, B: null }, hardware: 'x', verify: { timeout: 'soon' } },
    },
    { ...document, spec: { ...spec, replicas: -1, naming: { pattern: 42 }, rollout: { maxSurge: '110%' } } },
    { ...document, spec: Object.fromEntries(Object.keys(spec).map((key) => [key, []])) },
    { ...document, spec: null },
  ];
}

describe('compiled schemas', () => {
  it('match the schemas (run npm run generate after changing a schema)', async () => {
    expect(await readFile(SCHEMA_VALIDATORS_FILE, 'utf8')).toBe(renderSchemaValidators());
  });

  it('judge valid and broken documents as the schemas compiled at run time do', async () => {
    const documents = (await exampleDocuments()) as Record<string, unknown>[];
    const precompiled = precompiledValidator();
    const runtime = schemaValidator();
    let checked = 0;
    for (const document of documents) {
      const kind = document['kind'];
      if (!isDeclarationKind(kind)) continue;
      expect(precompiled(kind, document)).toEqual([]);
      for (const value of broken(document)) {
        const errors = runtime(kind, value);
        expect(errors.length).toBeGreaterThan(0);
        expect(precompiled(kind, value)).toEqual(errors);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

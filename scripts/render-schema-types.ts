import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';
import { format, resolveConfig } from 'prettier';

export const SCHEMA_TYPES_FILE = fileURLToPath(
  new URL('../src/declarations/schema-types.ts', import.meta.url),
);
const SCHEMA_DIR = fileURLToPath(new URL('../schemas/declarations/', import.meta.url));

const BANNER = `/* eslint-disable */
/**
 * Raw declaration types, generated from schemas/declarations by \`npm run generate\`. Do not edit: change the
 * schemas and regenerate (a test fails when this file and the schemas drift apart).
 */`;

/** The TypeScript types of the declaration kinds, as the generator writes them. */
export async function renderSchemaTypes(): Promise<string> {
  const root = {
    title: 'Declaration',
    description: 'One YAML document of a declarations repository.',
    anyOf: ['site', 'plan', 'node-pool', 'node', 'profile-template'].map((name) => ({
      $ref: `${name}.schema.json`,
    })),
  };
  const source = await compile(root, 'Declaration', {
    cwd: SCHEMA_DIR,
    bannerComment: BANNER,
    additionalProperties: false,
    strictIndexSignatures: true,
    format: false,
  });
  const options = await resolveConfig(SCHEMA_TYPES_FILE);
  return format(source, { ...options, filepath: SCHEMA_TYPES_FILE });
}

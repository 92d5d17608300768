import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** A recorded OneView response from fixtures/ (see fixtures/MANIFEST.md). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- recorded JSON of many shapes, read by tests
export function fixture(path: string): any {
  return JSON.parse(readFileSync(join(root, path), 'utf8'));
}

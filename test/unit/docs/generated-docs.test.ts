import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  DECLARATIONS_REFERENCE_FILE,
  renderDeclarationsReference,
} from '../../../scripts/render-declarations-reference.js';
import { CLI_REFERENCE_FILE, renderCliReference } from '../../../scripts/render-cli-reference.js';
import {
  ERROR_AREAS,
  ERRORS_REFERENCE_FILE,
  renderErrorsReference,
} from '../../../scripts/render-errors-reference.js';
import { errorCatalog } from '../../../src/core/errors/error-catalog.js';
import { HELP_TOPICS_FILE, renderHelpTopics } from '../../../scripts/render-help-topics.js';

describe('generated docs (run npm run generate when these fail)', () => {
  it('docs/reference/declarations.md matches the schemas', async () => {
    expect(await readFile(DECLARATIONS_REFERENCE_FILE, 'utf8')).toBe(renderDeclarationsReference());
  });

  it('docs/reference/errors.md matches the error catalog', async () => {
    expect(await readFile(ERRORS_REFERENCE_FILE, 'utf8')).toBe(renderErrorsReference());
  });

  it('documents every code of the catalog with its message and hint', async () => {
    const text = await readFile(ERRORS_REFERENCE_FILE, 'utf8');
    const documented = [...text.matchAll(/^### ([A-Z0-9_]+)$/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual(Object.keys(errorCatalog).sort());
    for (const spec of Object.values(errorCatalog)) {
      expect(text).toContain(spec.message);
      expect(text).toContain(spec.hint);
    }
  });

  it('docs/reference/cli.md matches the command tree', async () => {
    expect(await readFile(CLI_REFERENCE_FILE, 'utf8')).toBe(renderCliReference());
  });

  it('src/cli/views/help-topics.ts matches the pages of docs/ it ships', async () => {
    expect(await readFile(HELP_TOPICS_FILE, 'utf8')).toBe(await renderHelpTopics());
  });

  it('files every code under a named area', () => {
    for (const code of Object.keys(errorCatalog))
      expect(
        ERROR_AREAS.some(([prefix]) => code.startsWith(prefix)),
        code,
      ).toBe(true);
  });

  it('documents every DECL_ diagnostic code in the declarations reference', async () => {
    const text = await readFile(DECLARATIONS_REFERENCE_FILE, 'utf8');
    const codes = Object.keys(errorCatalog).filter(
      (c) => c.startsWith('DECL_') && c !== 'DECL_INVALID' && c !== 'DECL_ROOT_NOT_FOUND',
    );
    for (const code of codes) expect(text).toContain(`\`${code}\``);
  });
});

import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, EXAMPLE_REPO, ROOT } from '../support/e2e/built-cli.js';

const run = promisify(execFile);

describe('the built CLI without the schemas folder beside it', () => {
  let install: string;

  beforeAll(async () => {
    await ensureBuilt();
    // dist/ and the dependencies, as an install that shipped only the code: no schemas/ to read from disk.
    install = await mkdtemp(join(tmpdir(), 'phoenix-no-schemas-'));
    await cp(join(ROOT, 'dist'), join(install, 'dist'), { recursive: true });
    await writeFile(join(install, 'package.json'), JSON.stringify({ type: 'module' }));
    await symlink(join(ROOT, 'node_modules'), join(install, 'node_modules'), 'dir');
  }, 180_000);

  afterAll(async () => {
    await rm(install, { recursive: true, force: true });
  });

  it('validates declarations with the schemas it imports', async () => {
    const { stdout } = await run(process.execPath, [
      join(install, 'dist/cli/main.js'),
      'validate',
      '--repo',
      EXAMPLE_REPO,
    ]);
    expect(stdout).toContain('Valid: site dc1');
  });

  it('still reports a schema finding with its file, line and field', async () => {
    const repo = await mkdtemp(join(tmpdir(), 'phoenix-no-schemas-repo-'));
    try {
      await cp(EXAMPLE_REPO, repo, { recursive: true });
      await writeFile(
        join(repo, 'nodes/extra.yaml'),
        'apiVersion: phoenix/v1alpha1\nkind: Node\nmetadata:\n  name: extra-01\nspec:\n  plan: docker-centos74\n  colour: blue\n',
      );
      const failed = await run(process.execPath, [
        join(install, 'dist/cli/main.js'),
        'validate',
        '--repo',
        repo,
      ]).then(
        () => null,
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
      expect(failed?.code).toBe(1);
      expect(`${failed?.stdout}${failed?.stderr}`).toMatch(
        /nodes\/extra\.yaml:7:3: error DECL_UNKNOWN_KEY: .*\(spec\.colour\)/,
      );
    } finally {
      await rm(repo, { recursive: true, force: true });
    }
  });
});

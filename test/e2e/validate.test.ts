import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, EXAMPLE_REPO as EXAMPLE, runCli, type CliResult } from '../support/e2e/built-cli.js';

function validate(...args: string[]): Promise<CliResult> {
  return runCli(['validate', ...args], {});
}

async function repo(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'phoenix-validate-'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}

const SITE = 'apiVersion: phoenix/v1alpha1\nkind: Site\nmetadata: { name: lab }\nspec: {}\n';

describe('phoenix validate', () => {
  beforeAll(ensureBuilt, 120_000);

  it('exits 0 on example-repo and prints the summary', async () => {
    const result = await validate('--repo', EXAMPLE);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(
      'Valid: site dc1, 10 plans, 8 templates, 4 pools, 13 nodes (25 files under the repository root).\n',
    );
  });

  it('prints JSON with --format json', async () => {
    const result = await validate('--repo', EXAMPLE, '--format', 'json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      valid: true,
      root: '.',
      files: 25,
      summary: { site: 'dc1', plans: 10, templates: 8, pools: 4, nodes: 13 },
      diagnostics: [],
    });
  });

  it('exits 1 and names file, line and column of each problem', async () => {
    const root = await repo({
      'site.yaml': SITE.replace(
        'spec: {}',
        'spec:\n  oneview:\n    credentials:\n      password: correct-horse',
      ),
      'pool.yaml':
        'apiVersion: phoenix/v1alpha1\nkind: NodePool\nmetadata: { name: p }\nspec:\n  plan: nope\n  replicas: 2\n  naming: { pattern: "p-{index}" }\n',
    });
    const result = await validate('--repo', root);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'pool.yaml:5:9: error DECL_UNKNOWN_REFERENCE: NodePool p uses the plan nope, which is not a declared Plan. (spec.plan)',
    );
    expect(result.stdout).toContain('site.yaml:7:17: error DECL_LITERAL_SECRET');
    expect(result.stdout).not.toContain('correct-horse');
    expect(result.stdout).toContain('Invalid: 2 errors in 2 files under the repository root.');
    expect(result.stderr).toBe('');
  });

  it('writes GitHub workflow commands with --format github', async () => {
    const root = await repo({ 'site.yaml': SITE, 'bad.yaml': 'kind: Gizmo\n' });
    const result = await validate('--repo', root, '--format', 'github');
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')[0]).toBe(
      '::error file=bad.yaml,line=1,col=7,title=DECL_UNKNOWN_KIND::The kind "Gizmo" is not known; use one of Site, Plan, NodePool, Node, ProfileTemplate.',
    );
  });

  it('validates the subfolder given by --path', async () => {
    const root = await repo({ 'sites/lab/site.yaml': SITE, 'elsewhere/bad.yaml': 'kind: Gizmo\n' });
    const result = await validate('--repo', root, '--path', 'sites/lab');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'Valid: site lab, 0 plans, 0 templates, 0 pools, 0 nodes (1 file under sites/lab).\n',
    );
  });

  it('exits 1 without a stack trace when the repository does not exist', async () => {
    const result = await validate('--repo', join(tmpdir(), 'phoenix-no-such-repo'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('DECL_ROOT_NOT_FOUND');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses an unknown format', async () => {
    const result = await validate('--repo', EXAMPLE, '--format', 'xml');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('CLI_INVALID_OPTION');
  });
});

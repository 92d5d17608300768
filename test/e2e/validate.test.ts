import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, mkdir, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist/cli/main.js');
const EXAMPLE = join(ROOT, 'example-repo');

/** Builds dist/ when it is missing or older than the sources this test exercises. */
async function ensureBuilt(): Promise<void> {
  const built = existsSync(CLI)
    ? (statSync(join(ROOT, 'dist/cli/commands/validate.js'), { throwIfNoEntry: false })?.mtimeMs ?? 0)
    : 0;
  const sources = ['src/cli', 'src/declarations', 'src/adapters/working-tree', 'src/core'];
  let newest = 0;
  for (const folder of sources) {
    for (const file of await readdir(join(ROOT, folder), { recursive: true })) {
      if (file.endsWith('.ts')) newest = Math.max(newest, statSync(join(ROOT, folder, file)).mtimeMs);
    }
  }
  if (built >= newest) return;
  await run(
    process.execPath,
    [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json')],
    {
      cwd: ROOT,
    },
  ).catch(() => undefined); // type errors elsewhere still emit JavaScript; a missing CLI fails the tests below
}

async function validate(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, 'validate', ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
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

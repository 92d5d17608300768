import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli, type CliEnv } from '../support/e2e/built-cli.js';
import { startGitSite, type GitSite } from './git/git-site.js';
import { demoInventory } from '../support/builders/inventory.js';

const BATCH_POOL = `apiVersion: phoenix/v1alpha1
kind: NodePool
metadata:
  name: batch
spec:
  plan: docker-fedora27
  replicas: 2
  naming:
    pattern: batch-{index:02}
    fqdn: '{name}.dc1.example.org'
`;

const BROKEN_POOL = `apiVersion: phoenix/v1alpha1
kind: NodePool
metadata:
  name: batch
spec:
  plan: docker-fedora27
  replicas: two
  naming:
    pattern: batch-{index:02}
`;

interface PlanJson {
  revision: string;
  baseRevision: string | null;
  summary: Record<string, number | boolean>;
  changes: {
    node: string;
    action: string;
    fieldChanges: { path: string; before: string | null; after: string | null }[];
  }[];
}

describe('pull-request checks: phoenix plan --base --ref from declarations alone', () => {
  let site: GitSite;
  let env: CliEnv;
  let scratch: string;
  let feature: string;

  beforeAll(async () => {
    await ensureBuilt();
    site = await startGitSite();
    scratch = await mkdtemp(join(tmpdir(), 'phoenix-pr-'));
    // No appliance at all: a check must not need OV_* or a reachable OneView.
    env = { PHOENIX_STATE_DIR: site.stateDir };
    await site.work.checkout('add-batch-pool', true);
    await site.writeFile('pools/batch.yaml', BATCH_POOL);
    await site.setYaml(
      'pools/docker-hosts.yaml',
      ['spec', 'overrides', 'docker-02', 'attributes', 'DATADOG_TAG'],
      'role:docker,team:proteomics',
    );
    feature = await site.commit('Add a batch pool; docker-02 moves to proteomics');
    await site.work.checkout('main');
    await site.work.checkout('broken', true);
    await site.writeFile('pools/batch.yaml', BROKEN_POOL);
    await site.commit('A pool with a typo');
  }, 180_000);

  afterAll(async () => {
    await site?.dispose();
    await rm(scratch, { recursive: true, force: true });
  });

  /** `phoenix plan` of a pull request from `main` to `ref`, offline, as a CI job runs it. */
  const prPlan = (ref: string, flags: readonly string[], extraEnv: CliEnv = {}): ReturnType<typeof runCli> =>
    runCli(['plan', '--repo', site.url, '--base', 'main', '--ref', ref, '--offline', ...flags], {
      ...env,
      ...extraEnv,
    });

  it('renders exactly the added pool and the changed attribute as Markdown, exit 2', async () => {
    const result = await prPlan('add-batch-pool', ['--format', 'markdown', '--detailed-exitcode']);
    expect(result.code, result.stderr).toBe(2);
    const md = result.stdout;
    expect(md).toContain(
      `### Phoenix plan for \`dc1\` at \`${feature.slice(0, 12)}\` (base \`${site.first.slice(0, 12)}\`)`,
    );
    expect(md).toContain('from the declarations alone');
    expect(md).toContain('| 2 | 1 | 0 | 0 | 0 | 12 |');
    const sections = [...md.matchAll(/<summary>.*?<b>([^<]+)<\/b>: (\w+)<\/summary>/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(sections).toEqual([
      ['batch-01', 'create'],
      ['batch-02', 'create'],
      ['docker-02', 'replace'],
    ]);
    expect(md).toContain(
      '| attributes.DATADOG_TAG | `role:docker,team:genomics` | `role:docker,team:proteomics` |',
    );
    expect(md).toContain('| attributes.SERVER_FQDN | _none_ | `batch-01.dc1.example.org` |');
    // Placeholder hardware is not a change anyone made.
    expect(md).not.toMatch(/\| hardware \|/);
  });

  it('gives the same changes as JSON, with both revisions as full SHAs', async () => {
    const result = await prPlan('add-batch-pool', ['--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    const plan = JSON.parse(result.stdout) as PlanJson;
    expect(plan.revision).toBe(feature);
    expect(plan.baseRevision).toBe(site.first);
    const changed = plan.changes.filter((c) => c.action !== 'noop');
    expect(changed.map((c) => [c.node, c.action])).toEqual([
      ['batch-01', 'create'],
      ['batch-02', 'create'],
      ['docker-02', 'replace'],
    ]);
    expect(changed[2]?.fieldChanges.map((f) => f.path)).toEqual(['spec', 'attributes.DATADOG_TAG']);
  });

  it('exits 0 under --detailed-exitcode when the branch changes nothing', async () => {
    const result = await prPlan(site.first, ['--detailed-exitcode']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(
      `Plan for site dc1 at ${site.first.slice(0, 12)} (base ${site.first.slice(0, 12)})`,
    );
  });

  it('a branch with a schema error exits 1 with a GitHub annotation at the right line, and a step summary', async () => {
    const summary = join(scratch, 'step-summary.md');
    const result = await prPlan('broken', ['--format', 'github', '--detailed-exitcode'], {
      GITHUB_STEP_SUMMARY: summary,
    });
    expect(result.code, result.stderr).toBe(1);
    const line = BROKEN_POOL.split('\n').findIndex((l) => l.includes('replicas: two')) + 1;
    const annotations = result.stdout.split('\n').filter((l) => l.startsWith('::error '));
    expect(annotations.length).toBeGreaterThan(0);
    expect(annotations[0]).toMatch(
      new RegExp(`^::error file=pools/batch\\.yaml,line=${line},col=\\d+,title=DECL_`),
    );
    const markdown = await readFile(summary, 'utf8');
    expect(markdown).toContain('the declarations are invalid');
    expect(markdown).toContain(`| \`pools/batch.yaml\` | ${line} |`);
  });

  it('validate --ref reads the branch from Git objects and annotates the same line', async () => {
    const result = await runCli(
      ['validate', '--repo', site.url, '--ref', 'broken', '--format', 'github'],
      env,
    );
    expect(result.code).toBe(1);
    const line = BROKEN_POOL.split('\n').findIndex((l) => l.includes('replicas: two')) + 1;
    expect(result.stdout).toContain(`::error file=pools/batch.yaml,line=${line},`);
  });

  it('plans the branch against an exported inventory snapshot, recording the base', async () => {
    const file = join(scratch, 'inventory.json');
    await writeFile(file, JSON.stringify(demoInventory()));
    const result = await runCli(
      [
        'plan',
        '--repo',
        site.url,
        '--base',
        'main',
        '--ref',
        'add-batch-pool',
        '--inventory',
        file,
        '--format',
        'json',
      ],
      env,
    );
    expect(result.code, result.stderr).toBe(0);
    const plan = JSON.parse(result.stdout) as PlanJson & { inventory: { appliance: string } };
    expect([plan.revision, plan.baseRevision]).toEqual([feature, site.first]);
    expect(plan.inventory.appliance).toBe(demoInventory().appliance);
    // An empty frame: every node of the branch is a create.
    expect(plan.changes.map((c) => c.action)).toEqual(plan.changes.map(() => 'create'));
    expect(plan.changes.map((c) => c.node)).toContain('batch-02');
  });
});

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '../../..');
const read = (file: string): Promise<string> => readFile(join(ROOT, file), 'utf8');

/** The Node.js lines Phoenix supports and tests: the oldest that engines accepts, and the LTS lines after it. */
const TESTED = ['20.19', '22', '24'];

describe('the CI recipes', () => {
  it('test Phoenix on Node.js 20.19, 22 and 24 in GitHub Actions', async () => {
    const workflow = parse(await read('.github/workflows/ci.yml')) as {
      jobs: Record<
        string,
        {
          strategy: { matrix: { node: string[] } };
          steps: { uses?: string; with?: Record<string, string>; run?: string }[];
        }
      >;
    };
    const job = workflow.jobs['test']!;
    expect(job.strategy.matrix.node).toEqual(TESTED);
    const setup = job.steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(setup?.with?.['node-version']).toBe('${{ matrix.node }}');
    expect(job.steps.some((s) => s.run?.includes('.ci/run'))).toBe(true);
  });

  it('test Phoenix on Node.js 20.19, 22 and 24 in GitLab CI', async () => {
    const template = parse(await read('ci/gitlab/phoenix-tests.gitlab-ci.yml')) as Record<
      string,
      { image: string; parallel: { matrix: { NODE_VERSION: string[] }[] }; script: string[] }
    >;
    const job = template['phoenix-tests']!;
    expect(job.parallel.matrix).toEqual([{ NODE_VERSION: TESTED }]);
    expect(job.image).toBe('node:${NODE_VERSION}-bookworm');
    expect(job.script.some((line) => line.includes('.ci/run'))).toBe(true);
  });

  it('keep engines at >=20.19, and no recipe pins Node.js 20 alone', async () => {
    const pkg = JSON.parse(await read('package.json')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe('>=20.19');
    const action = parse(await read('action.yml')) as { inputs: Record<string, { default: string }> };
    expect(Number(action.inputs['node-version']!.default)).toBeGreaterThanOrEqual(22);
    for (const file of [
      'action.yml',
      'ci/gitlab/phoenix.gitlab-ci.yml',
      'Dockerfile',
      'docs/guides/pr-checks.md',
    ])
      expect(await read(file), file).not.toMatch(/node:20\b|node-version: '?20'?\s*$/m);
    expect(await read('docs/guides/pr-checks.md')).toContain('tested on 20.19, 22 and 24');
  });
});

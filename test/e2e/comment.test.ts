import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from '../support/e2e/built-cli.js';
import { startGithubApiStandIn, type GithubApiStandIn } from '../support/e2e/github-api-stand-in.js';

const TOKEN = 'ghs_commentTestToken987654321';

let api: GithubApiStandIn;
let dir: string;
let env: Record<string, string>;

describe('phoenix comment', () => {
  beforeAll(async () => {
    await ensureBuilt();
    api = await startGithubApiStandIn('infra/dc1', TOKEN);
    dir = await mkdtemp(join(tmpdir(), 'phoenix-comment-'));
    await writeFile(join(dir, 'event.json'), JSON.stringify({ pull_request: { number: 3 } }));
    await writeFile(join(dir, 'plan.md'), '## Plan\n\n1 to create\n');
    env = {
      GITHUB_ACTIONS: 'true',
      GITHUB_TOKEN: TOKEN,
      GITHUB_API_URL: api.url,
      GITHUB_REPOSITORY: 'infra/dc1',
      GITHUB_EVENT_PATH: join(dir, 'event.json'),
    };
  });

  afterAll(async () => {
    await api.close();
  });

  it('names the variable the CI job lacks, as JSON with --json, and sends nothing', async () => {
    const { GITHUB_REPOSITORY: _, ...without } = env;
    const result = await runCli(['--json', 'comment', '--body-file', join(dir, 'plan.md')], without);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({
      error: { code: 'REVIEW_CONTEXT_MISSING', details: { variable: 'GITHUB_REPOSITORY' } },
    });
    expect(api.calls).toEqual([]);
  });

  it('refuses a body over GitHub’s limit before sending anything', async () => {
    await writeFile(join(dir, 'huge.md'), 'x'.repeat(70_000));
    const result = await runCli(['comment', '--body-file', join(dir, 'huge.md')], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('REVIEW_COMMENT_TOO_LARGE');
    expect(api.calls).toEqual([]);
  });

  it('says which option is wrong: an unknown platform, an unreadable body, a bad key', async () => {
    const platform = await runCli(['comment', '--platform', 'bitbucket', '--body-file', 'plan.md'], env);
    expect(platform.stderr).toContain('--platform');
    const body = await runCli(['comment', '--body-file', join(dir, 'missing.md')], env);
    expect(body.stderr).toContain('--body-file');
    const key = await runCli(['comment', '--key', 'a -->', '--body-file', join(dir, 'plan.md')], env);
    expect(key.stderr).toContain('--key');
    expect([platform.code, body.code, key.code]).toEqual([1, 1, 1]);
    expect(api.calls).toEqual([]);
  });

  it('posts on the pull request of the event and prints where', async () => {
    const result = await runCli(['comment', '--body-file', join(dir, 'plan.md'), '--key', 'dc1'], env);
    expect(result.code, result.stderr).toBe(0);
    const [comment] = api.comments(3);
    expect(result.stdout).toBe(
      `Posted the plan comment ${comment!.id}: https://github.example/pr#issuecomment-${comment!.id}\n`,
    );
    expect(comment!.body).toBe('<!-- phoenix-plan: dc1 -->\n## Plan\n\n1 to create\n');
    expect(result.stdout + result.stderr).not.toContain(TOKEN);
  });
});

import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { runCompositeAction, type ActionRun } from '../support/e2e/composite-action.js';
import { EXAMPLE_REPO, ROOT, ensureBuilt } from '../support/e2e/built-cli.js';
import { startGithubApiStandIn, type GithubApiStandIn } from '../support/e2e/github-api-stand-in.js';
import { git } from '../support/git-cli.js';

/*
 * The action in action.yml, run step by step against a local repository and a stand-in for GitHub's REST API
 * (GitHub Actions itself cannot run here): a pull request gets one plan comment, and a second run edits it.
 */

const REPOSITORY = 'infra/dc1';
const TOKEN = 'ghs_secretWorkflowToken0123456789';
const PR = 7;

let api: GithubApiStandIn;
let root: string;
let workspace: string;
let base: string;

async function setReplicas(replicas: number): Promise<string> {
  const file = join(workspace, 'pools/docker-hosts.yaml');
  const doc = parseDocument(await readFile(file, 'utf8'));
  doc.setIn(['spec', 'replicas'], replicas);
  await writeFile(file, doc.toString());
  await git(['commit', '-qam', `docker-hosts: ${replicas} replicas`], { cwd: workspace });
  return (await git(['rev-parse', 'HEAD'], { cwd: workspace })).trim();
}

/** The action on a pull_request event whose head is `head`, as the runner would start it. */
async function runAction(head: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  const runDir = await mkdtemp(join(root, 'run-'));
  const eventPath = join(runDir, 'event.json');
  await writeFile(
    eventPath,
    JSON.stringify({
      action: 'synchronize',
      number: PR,
      pull_request: { number: PR, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'more-docker' } },
    }),
  );
  const summary = join(runDir, 'summary.md');
  await writeFile(summary, '');
  return runCompositeAction({
    actionPath: ROOT,
    workspace,
    inputs,
    token: TOKEN,
    tempDir: runDir,
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: runDir,
      LANG: 'C',
      CI: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_API_URL: api.url,
      GITHUB_REPOSITORY: REPOSITORY,
      GITHUB_SHA: head,
      GITHUB_STEP_SUMMARY: summary,
      PHOENIX_STATE_DIR: join(runDir, 'state'),
      PHOENIX_LOG_LEVEL: 'warn',
    },
  });
}

function everything(run: ActionRun): string {
  return run.steps.map((step) => `${step.stdout}${step.stderr}`).join('');
}

describe('the GitHub Action (action.yml)', () => {
  beforeAll(async () => {
    await ensureBuilt();
    api = await startGithubApiStandIn(REPOSITORY, TOKEN);
    root = await mkdtemp(join(tmpdir(), 'phoenix-action-'));
    workspace = join(root, 'workspace');
    await cp(EXAMPLE_REPO, workspace, { recursive: true });
    await git(['init', '-q', '-b', 'main'], { cwd: workspace });
    await git(['add', '-A'], { cwd: workspace });
    await git(['commit', '-qm', 'site dc1'], { cwd: workspace });
    base = (await git(['rev-parse', 'HEAD'], { cwd: workspace })).trim();
    await git(['checkout', '-qb', 'more-docker'], { cwd: workspace });
    // Comments by people come first, over more than one page of the listing.
    for (const body of ['Looks good to me.', 'Please check the frame budget.', 'Deploy after 18:00.']) {
      api.addComment(PR, body);
    }
  });

  afterAll(async () => {
    await api.close();
  });

  it('posts one plan comment, then updates it rather than adding another', async () => {
    const first = await runAction(await setReplicas(4));
    expect(first.code, everything(first)).toBe(0);
    expect(first.outputs['exitcode']).toBe('2');
    // Phoenix is already compiled (as after a cache hit): the install step does not build it again.
    expect(first.steps.find((step) => step.name === 'Install Phoenix')!.stdout).toMatch(
      /^Phoenix .+ is ready\.$/m,
    );
    let comments = api.comments(PR);
    expect(comments).toHaveLength(4);
    const plan = comments[3]!;
    expect(plan.body.startsWith('<!-- phoenix-plan: default -->\n')).toBe(true);
    expect(plan.body).toContain('docker-04');
    expect(plan.body).not.toContain('docker-05');
    expect(first.outputs['comment-id']).toBe(String(plan.id));
    expect(api.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
    // The same Markdown goes to the job summary.
    expect(await readFile(join(first.outputs['plan-file']!, '..', 'summary.md'), 'utf8')).toContain(
      'docker-04',
    );

    const second = await runAction(await setReplicas(5));
    expect(second.code, everything(second)).toBe(0);
    comments = api.comments(PR);
    expect(comments).toHaveLength(4);
    expect(comments[3]!.id).toBe(plan.id);
    expect(comments[3]!.body).toContain('docker-05');
    expect(comments.slice(0, 3).map((c) => c.body)).toEqual([
      'Looks good to me.',
      'Please check the frame budget.',
      'Deploy after 18:00.',
    ]);
    expect(api.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
    expect(api.calls.filter((c) => c.method === 'PATCH')).toEqual([
      { method: 'PATCH', path: `/repos/${REPOSITORY}/issues/comments/${plan.id}` },
    ]);
    expect(second.outputs['comment-id']).toBe(String(plan.id));
    // The token never shows in any step's output.
    expect(everything(first) + everything(second)).not.toContain(TOKEN);
  });

  it('keeps one comment per key, and posts the errors of an invalid head with the check failing', async () => {
    const pool = join(workspace, 'pools/docker-hosts.yaml');
    await writeFile(pool, (await readFile(pool, 'utf8')).replace('replicas: 5', 'replicas: many'));
    await git(['commit', '-qam', 'a mistake'], { cwd: workspace });
    const head = (await git(['rev-parse', 'HEAD'], { cwd: workspace })).trim();
    const run = await runAction(head, { 'comment-key': 'dc1' });
    expect(run.code).toBe(1);
    expect(run.outputs['exitcode']).toBe('1');
    // validate's annotations name the file and line in the log
    expect(everything(run)).toMatch(/::error file=pools\/docker-hosts\.yaml,line=\d+/);
    const keyed = api.comments(PR).filter((c) => c.body.startsWith('<!-- phoenix-plan: dc1 -->'));
    expect(keyed).toHaveLength(1);
    expect(keyed[0]!.body).toContain('pools/docker-hosts.yaml');
    expect(api.comments(PR)).toHaveLength(5);
    expect(everything(run)).not.toContain(TOKEN);
  });

  it('fails the comment step with the host’s answer, not the token, when the token is refused', async () => {
    const head = (await git(['rev-parse', 'HEAD~1'], { cwd: workspace })).trim();
    const before = api.comments(PR).map((c) => c.body);
    const run = await runCompositeActionWithToken(head, 'ghs_wrongToken');
    expect(run.code).toBe(1);
    const failed = run.steps.at(-1)!;
    expect(failed.name).toBe('Post or update the plan comment');
    expect(failed.stderr).toContain('REVIEW_COMMENT_FAILED');
    expect(failed.stderr).toContain('401');
    expect(failed.stderr).toContain('Bad credentials');
    expect(everything(run)).not.toContain('ghs_wrongToken');
    expect(api.comments(PR).map((c) => c.body)).toEqual(before);
  });
});

/** The action with the github-token input set, as a workflow passing a token of its own would. */
function runCompositeActionWithToken(head: string, token: string): Promise<ActionRun> {
  return runAction(head, { 'github-token': token });
}

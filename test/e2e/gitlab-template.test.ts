import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { CLI, EXAMPLE_REPO, ROOT, ensureBuilt } from '../support/e2e/built-cli.js';
import { git } from '../support/git-cli.js';

/*
 * The GitLab CI template (ci/gitlab/phoenix.gitlab-ci.yml), its job's script run as GitLab's runner runs it (one
 * bash with -eo pipefail, the job's variables and GitLab's predefined ones) against a local repository and a
 * stand-in for GitLab's notes API. GitLab itself cannot run here; nor can the container image, so PHOENIX_BIN points
 * at the built CLI instead of the image's copy.
 */

const TOKEN = 'glpat-secretProjectToken012345';
const PROJECT = '42';
const IID = 9;

interface Note {
  id: number;
  body: string;
  system: boolean;
}

let server: Server;
let apiUrl: string;
const notes: Note[] = [];
const calls: { method: string; path: string }[] = [];
let root: string;
let workspace: string;
let base: string;

function startNotesStandIn(): Promise<void> {
  let nextId = 500;
  server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://stand-in');
      calls.push({ method: request.method ?? '', path: url.pathname });
      const send = (status: number, json: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(json));
      };
      if (request.headers['private-token'] !== TOKEN) return send(401, { message: '401 Unauthorized' });
      const prefix = `/api/v4/projects/${PROJECT}/merge_requests/${IID}/notes`;
      let body = '';
      for await (const chunk of request) body += String(chunk);
      if (url.pathname === prefix && request.method === 'GET') return send(200, notes);
      if (url.pathname === prefix && request.method === 'POST') {
        const note = { id: nextId++, body: (JSON.parse(body) as { body: string }).body, system: false };
        notes.push(note);
        return send(201, note);
      }
      const one = new RegExp(`^${prefix}/(\\d+)$`).exec(url.pathname);
      const note = notes.find((n) => n.id === Number(one?.[1]));
      if (one !== null && request.method === 'PUT' && note !== undefined) {
        note.body = (JSON.parse(body) as { body: string }).body;
        return send(200, note);
      }
      return send(404, { message: '404 Not found' });
    })();
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v4`;
      resolve();
    }),
  );
}

async function commitReplicas(replicas: number): Promise<string> {
  const file = join(workspace, 'pools/docker-hosts.yaml');
  const doc = parseDocument(await readFile(file, 'utf8'));
  doc.setIn(['spec', 'replicas'], replicas);
  await writeFile(file, doc.toString());
  await git(['commit', '-qam', `docker-hosts: ${replicas} replicas`], { cwd: workspace });
  return (await git(['rev-parse', 'HEAD'], { cwd: workspace })).trim();
}

/** The template's job for a merge-request pipeline at `head`. */
async function runJob(head: string): Promise<{ code: number; output: string }> {
  const template = parse(await readFile(join(ROOT, 'ci/gitlab/phoenix.gitlab-ci.yml'), 'utf8')) as Record<
    string,
    { variables: Record<string, string>; script: string[] }
  >;
  const job = template['.phoenix-plan']!;
  const state = await mkdtemp(join(root, 'state-'));
  const env = {
    PATH: process.env['PATH'] ?? '',
    HOME: root,
    LANG: 'C',
    CI: 'true',
    GITLAB_CI: 'true',
    ...job.variables,
    PHOENIX_BIN: `${process.execPath} ${CLI}`,
    PHOENIX_STATE_DIR: state,
    CI_PIPELINE_SOURCE: 'merge_request_event',
    CI_COMMIT_SHA: head,
    CI_MERGE_REQUEST_DIFF_BASE_SHA: base,
    CI_MERGE_REQUEST_IID: String(IID),
    CI_PROJECT_ID: PROJECT,
    CI_PROJECT_URL: 'https://gitlab.example/infra/dc1',
    CI_API_V4_URL: apiUrl,
    PHOENIX_GITLAB_API_TOKEN: TOKEN,
  };
  const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', job.script.join('\n')], {
    cwd: workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  return { code, output };
}

describe('the GitLab CI template', () => {
  beforeAll(async () => {
    await ensureBuilt();
    await startNotesStandIn();
    root = await mkdtemp(join(tmpdir(), 'phoenix-gitlab-'));
    workspace = join(root, 'workspace');
    await cp(EXAMPLE_REPO, workspace, { recursive: true });
    await git(['init', '-q', '-b', 'main'], { cwd: workspace });
    await git(['add', '-A'], { cwd: workspace });
    await git(['commit', '-qm', 'site dc1'], { cwd: workspace });
    base = (await git(['rev-parse', 'HEAD'], { cwd: workspace })).trim();
    await git(['checkout', '-qb', 'more-docker'], { cwd: workspace });
    notes.push({ id: 1, body: 'added 1 commit', system: true }, { id: 2, body: 'Ship it.', system: false });
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('posts one merge-request note with the plan, then updates it on the next pipeline', async () => {
    const first = await runJob(await commitReplicas(4));
    expect(first.code, first.output).toBe(0);
    expect(notes).toHaveLength(3);
    const plan = notes[2]!;
    expect(plan.body.startsWith('<!-- phoenix-plan: default -->\n')).toBe(true);
    expect(plan.body).toContain('docker-04');

    const second = await runJob(await commitReplicas(5));
    expect(second.code, second.output).toBe(0);
    expect(notes).toHaveLength(3);
    expect(notes[2]!.id).toBe(plan.id);
    expect(notes[2]!.body).toContain('docker-05');
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);
    expect(calls.filter((c) => c.method === 'PUT')).toEqual([
      { method: 'PUT', path: `/api/v4/projects/${PROJECT}/merge_requests/${IID}/notes/${plan.id}` },
    ]);
    expect(first.output + second.output).not.toContain(TOKEN);
  });
});

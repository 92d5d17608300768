import { readFile } from 'node:fs/promises';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import { reviewRequest } from './review-request.js';
import type { ReviewComment, ReviewThread } from './review-thread.js';

/** GitHub's limit on the body of an issue or pull-request comment. */
export const GITHUB_BODY_LIMIT = 65_536;
/** Pages of 100 comments read at most when looking for the plan comment. */
const MAX_PAGES = 50;

type Env = Readonly<Record<string, string | undefined>>;

function required(env: Env, name: string): string {
  const value = env[name];
  if (value === undefined || value === '')
    throw new PhoenixError('REVIEW_CONTEXT_MISSING', { variable: name });
  return value;
}

/** The pull request's number: `number` when given, else from the workflow's event payload (GITHUB_EVENT_PATH). */
async function pullRequestNumber(env: Env, number: number | null): Promise<number> {
  if (number !== null) return number;
  const path = required(env, 'GITHUB_EVENT_PATH');
  let event: { pull_request?: { number?: unknown }; issue?: { number?: unknown }; number?: unknown };
  try {
    event = JSON.parse(await readFile(path, 'utf8')) as typeof event;
  } catch (error) {
    throw new PhoenixError('REVIEW_CONTEXT_MISSING', {
      variable: 'GITHUB_EVENT_PATH',
      file: path,
      problem: `the event payload cannot be read (${(error as Error).name})`,
    });
  }
  const found = event.pull_request?.number ?? event.issue?.number ?? event.number;
  if (typeof found !== 'number' || !Number.isInteger(found) || found <= 0) {
    throw new PhoenixError('REVIEW_CONTEXT_MISSING', {
      variable: 'GITHUB_EVENT_PATH',
      file: path,
      problem: 'the event is not about a pull request (no pull_request.number): give --number',
    });
  }
  return found;
}

interface GithubComment {
  id: number;
  body?: string | null;
  html_url?: string;
}

function toComment(raw: unknown): ReviewComment {
  const comment = raw as GithubComment;
  return { id: comment.id, body: comment.body ?? '', url: comment.html_url ?? null };
}

/**
 * The comments of one pull request through GitHub's REST API, with the workflow's token: GITHUB_TOKEN,
 * GITHUB_API_URL (https://api.github.com unless GitHub Enterprise), GITHUB_REPOSITORY (owner/name) and the pull
 * request's number from the event payload.
 */
export async function githubThread(env: Env, number: number | null): Promise<ReviewThread> {
  const token = required(env, 'GITHUB_TOKEN');
  const repository = required(env, 'GITHUB_REPOSITORY');
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository)) {
    throw new PhoenixError('REVIEW_CONTEXT_MISSING', {
      variable: 'GITHUB_REPOSITORY',
      value: repository,
      problem: 'expected owner/name',
    });
  }
  const api = new URL(`${(env['GITHUB_API_URL'] ?? 'https://api.github.com').replace(/\/+$/, '')}/`);
  const pr = await pullRequestNumber(env, number);
  const headers = {
    authorization: `Bearer ${token}`,
    accept: 'application/vnd.github+json',
    'x-github-api-version': '2022-11-28',
    'user-agent': 'phoenix',
  };
  const call = (method: 'GET' | 'POST' | 'PATCH', url: URL, body?: unknown) =>
    reviewRequest({ platform: 'github', method, url, headers, ...(body === undefined ? {} : { body }) });
  return {
    platform: 'github',
    bodyLimit: GITHUB_BODY_LIMIT,
    async list() {
      const comments: ReviewComment[] = [];
      let url: URL | null = new URL(`repos/${repository}/issues/${pr}/comments?per_page=100`, api);
      for (let page = 0; url !== null && page < MAX_PAGES; page++) {
        const response = await call('GET', url);
        comments.push(...(response.json as unknown[]).map(toComment));
        url = response.next;
      }
      return comments;
    },
    async create(body) {
      return toComment(
        (await call('POST', new URL(`repos/${repository}/issues/${pr}/comments`, api), { body })).json,
      );
    },
    async update(id, body) {
      return toComment(
        (await call('PATCH', new URL(`repos/${repository}/issues/comments/${id}`, api), { body })).json,
      );
    },
  };
}

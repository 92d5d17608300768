import { PhoenixError } from '../../core/errors/phoenix-error.js';
import { reviewRequest } from './review-request.js';
import type { ReviewComment, ReviewThread } from './review-thread.js';

/** GitLab's limit on the body of a note. */
export const GITLAB_BODY_LIMIT = 1_000_000;
const MAX_PAGES = 50;

type Env = Readonly<Record<string, string | undefined>>;

function required(env: Env, name: string): string {
  const value = env[name];
  if (value === undefined || value === '')
    throw new PhoenixError('REVIEW_CONTEXT_MISSING', { variable: name });
  return value;
}

/**
 * The token header: a project or personal access token with the api scope (PHOENIX_GITLAB_API_TOKEN), else the job's
 * own CI_JOB_TOKEN, which only GitLab versions that let job tokens write notes accept.
 */
function tokenHeader(env: Env): Record<string, string> {
  const token = env['PHOENIX_GITLAB_API_TOKEN'];
  if (token !== undefined && token !== '') return { 'private-token': token };
  const jobToken = env['CI_JOB_TOKEN'];
  if (jobToken !== undefined && jobToken !== '') return { 'job-token': jobToken };
  throw new PhoenixError('REVIEW_CONTEXT_MISSING', { variable: 'PHOENIX_GITLAB_API_TOKEN' });
}

interface GitlabNote {
  id: number;
  body?: string | null;
  system?: boolean;
}

/**
 * The notes of one merge request through GitLab's REST API (v4), from a merge-request pipeline: CI_API_V4_URL,
 * CI_PROJECT_ID, CI_MERGE_REQUEST_IID (or `iid`), and PHOENIX_GITLAB_API_TOKEN or CI_JOB_TOKEN.
 */
export function gitlabThread(env: Env, iid: number | null): ReviewThread {
  const api = new URL(`${required(env, 'CI_API_V4_URL').replace(/\/+$/, '')}/`);
  const project = encodeURIComponent(required(env, 'CI_PROJECT_ID'));
  const mr = iid ?? Number(required(env, 'CI_MERGE_REQUEST_IID'));
  if (!Number.isInteger(mr) || mr <= 0) {
    throw new PhoenixError('REVIEW_CONTEXT_MISSING', {
      variable: 'CI_MERGE_REQUEST_IID',
      problem: 'not a merge request number',
    });
  }
  const headers = { ...tokenHeader(env), accept: 'application/json', 'user-agent': 'phoenix' };
  const webUrl = env['CI_MERGE_REQUEST_PROJECT_URL'] ?? env['CI_PROJECT_URL'];
  const toComment = (raw: unknown): ReviewComment => {
    const note = raw as GitlabNote;
    return {
      id: note.id,
      body: note.body ?? '',
      url: webUrl === undefined ? null : `${webUrl}/-/merge_requests/${mr}#note_${note.id}`,
    };
  };
  const notes = `projects/${project}/merge_requests/${mr}/notes`;
  const call = (method: 'GET' | 'POST' | 'PUT', url: URL, body?: unknown) =>
    reviewRequest({ platform: 'gitlab', method, url, headers, ...(body === undefined ? {} : { body }) });
  return {
    platform: 'gitlab',
    bodyLimit: GITLAB_BODY_LIMIT,
    async list() {
      const found: ReviewComment[] = [];
      let url: URL | null = new URL(`${notes}?per_page=100&sort=asc&order_by=created_at`, api);
      for (let page = 0; url !== null && page < MAX_PAGES; page++) {
        const response = await call('GET', url);
        for (const raw of response.json as GitlabNote[]) if (raw.system !== true) found.push(toComment(raw));
        url = response.next;
      }
      return found;
    },
    async create(body) {
      return toComment((await call('POST', new URL(notes, api), { body })).json);
    },
    async update(id, body) {
      return toComment((await call('PUT', new URL(`${notes}/${id}`, api), { body })).json);
    },
  };
}

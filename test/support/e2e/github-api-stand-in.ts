import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A comment as the stand-in keeps it. */
export interface StoredComment {
  readonly id: number;
  body: string;
}

export interface ApiCall {
  readonly method: string;
  readonly path: string;
}

/**
 * A small HTTP server standing in for api.github.com: the issue-comment endpoints of one repository's pull
 * requests (list with pagination, create, update), and nothing else. It refuses requests without the expected
 * token, as GitHub does, and records every call.
 */
export interface GithubApiStandIn {
  readonly url: string;
  readonly calls: readonly ApiCall[];
  comments(pr: number): readonly StoredComment[];
  /** A comment someone else wrote, so that the plan comment is not the only one. */
  addComment(pr: number, body: string): void;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of request) body += String(chunk);
  return body;
}

export async function startGithubApiStandIn(
  repository: string,
  token: string,
  pageSize = 2,
): Promise<GithubApiStandIn> {
  const threads = new Map<number, StoredComment[]>();
  const calls: ApiCall[] = [];
  let nextId = 1000;
  const thread = (pr: number): StoredComment[] => {
    let found = threads.get(pr);
    if (found === undefined) threads.set(pr, (found = []));
    return found;
  };
  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://stand-in');
      calls.push({ method: request.method ?? '', path: url.pathname });
      const send = (status: number, json: unknown, headers: Record<string, string> = {}) => {
        response.writeHead(status, { 'content-type': 'application/json', ...headers });
        response.end(JSON.stringify(json));
      };
      if (request.headers.authorization !== `Bearer ${token}`)
        return send(401, { message: 'Bad credentials' });
      const list = new RegExp(`^/repos/${repository}/issues/(\\d+)/comments$`).exec(url.pathname);
      const one = new RegExp(`^/repos/${repository}/issues/comments/(\\d+)$`).exec(url.pathname);
      if (list !== null && request.method === 'GET') {
        const all = thread(Number(list[1]));
        const page = Number(url.searchParams.get('page') ?? '1');
        const slice = all.slice((page - 1) * pageSize, page * pageSize);
        const headers: Record<string, string> = {};
        if (page * pageSize < all.length) {
          const next = new URL(url.href.replace('http://stand-in', `http://${request.headers.host}`));
          next.searchParams.set('page', String(page + 1));
          headers['link'] = `<${next.href}>; rel="next"`;
        }
        return send(
          200,
          slice.map((c) => ({
            id: c.id,
            body: c.body,
            html_url: `https://github.example/pr#issuecomment-${c.id}`,
          })),
          headers,
        );
      }
      if (list !== null && request.method === 'POST') {
        const { body } = JSON.parse(await readBody(request)) as { body: string };
        const comment = { id: nextId++, body };
        thread(Number(list[1])).push(comment);
        return send(201, {
          id: comment.id,
          body,
          html_url: `https://github.example/pr#issuecomment-${comment.id}`,
        });
      }
      if (one !== null && request.method === 'PATCH') {
        const { body } = JSON.parse(await readBody(request)) as { body: string };
        const comment = [...threads.values()].flat().find((c) => c.id === Number(one[1]));
        if (comment === undefined) return send(404, { message: 'Not Found' });
        comment.body = body;
        return send(200, {
          id: comment.id,
          body,
          html_url: `https://github.example/pr#issuecomment-${comment.id}`,
        });
      }
      return send(404, { message: 'Not Found' });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    comments: (pr) => thread(pr).map((c) => ({ ...c })),
    addComment: (pr, body) => void thread(pr).push({ id: nextId++, body }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

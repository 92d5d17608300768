import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the server answered, as tests assert on it. Never the Authorization header. */
export interface LoggedRequest {
  readonly method: string;
  /** Path below the server root, e.g. `/site.git/info/refs`. */
  readonly path: string;
  /** The query string without `?`, e.g. `service=git-upload-pack`. */
  readonly query: string;
  readonly status: number;
}

export interface GitHttpServerOptions {
  /** Folder that holds the bare repositories (GIT_PROJECT_ROOT). */
  readonly root: string;
  /** When set, every request must carry it: `Authorization: Bearer <token>` or Basic with it as the password. */
  readonly token?: string;
}

export interface GitHttpServer {
  /** `http://127.0.0.1:<port>`. */
  readonly origin: string;
  /** The clone URL of a bare repository under the root, e.g. repoUrl('site.git'). */
  repoUrl(name: string): string;
  /** Every request answered so far, in order. */
  readonly requests: readonly LoggedRequest[];
  clearRequests(): void;
  close(): Promise<void>;
}

/**
 * Serves bare repositories over smart HTTP with the real `git http-backend` CGI, on 127.0.0.1 and a free port.
 * Upload-pack only (fetch, clone, ls-remote); tests push to the bare repositories through the file system.
 */
export async function startGitHttpServer(options: GitHttpServerOptions): Promise<GitHttpServer> {
  const requests: LoggedRequest[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const log = (status: number): void => {
      requests.push({
        method: request.method ?? 'GET',
        path: url.pathname,
        query: url.search.replace(/^\?/, ''),
        status,
      });
    };
    if (options.token !== undefined && !isAuthorised(request, options.token)) {
      request.resume();
      response.writeHead(401, { 'WWW-Authenticate': 'Basic realm="git"', 'Content-Type': 'text/plain' });
      response.end('authentication required\n');
      log(401);
      return;
    }
    runBackend(options.root, request, response, url, log);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    repoUrl: (name) => `${origin}/${name}`,
    requests,
    clearRequests: () => {
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        if (!server.listening) {
          resolve();
          return;
        }
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function isAuthorised(request: IncomingMessage, token: string): boolean {
  const header = request.headers.authorization ?? '';
  if (header === `Bearer ${token}`) return true;
  if (!header.startsWith('Basic ')) return false;
  const decoded = Buffer.from(header.slice('Basic '.length), 'base64').toString('utf8');
  return decoded.slice(decoded.indexOf(':') + 1) === token;
}

function runBackend(
  root: string,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  log: (status: number) => void,
): void {
  const header = (name: string): string => {
    const value = request.headers[name];
    return Array.isArray(value) ? value.join(', ') : (value ?? '');
  };
  const child = spawn('git', ['http-backend'], {
    env: {
      PATH: process.env.PATH ?? '',
      GIT_PROJECT_ROOT: root,
      GIT_HTTP_EXPORT_ALL: '1',
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: root,
      PATH_INFO: decodeURIComponent(url.pathname),
      QUERY_STRING: url.search.replace(/^\?/, ''),
      REQUEST_METHOD: request.method ?? 'GET',
      CONTENT_TYPE: header('content-type'),
      ...(request.headers['content-length'] === undefined
        ? {}
        : { CONTENT_LENGTH: header('content-length') }),
      HTTP_CONTENT_ENCODING: header('content-encoding'),
      GIT_PROTOCOL: header('git-protocol'),
      REMOTE_USER: request.headers.authorization === undefined ? '' : 'phoenix',
      REMOTE_ADDR: request.socket.remoteAddress ?? '127.0.0.1',
      SERVER_PROTOCOL: 'HTTP/1.1',
    },
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  request.pipe(child.stdin);
  child.stdin.on('error', () => undefined);
  let head = Buffer.alloc(0);
  let status = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    if (status !== 0) {
      response.write(chunk);
      return;
    }
    head = Buffer.concat([head, chunk]);
    const end = head.indexOf('\r\n\r\n');
    const lfEnd = head.indexOf('\n\n');
    const [cut, gap] = end !== -1 && (lfEnd === -1 || end < lfEnd) ? [end, 4] : [lfEnd, 2];
    if (cut === -1) return;
    const headers: Record<string, string> = {};
    status = 200;
    for (const line of head.subarray(0, cut).toString('latin1').split(/\r?\n/)) {
      const colon = line.indexOf(':');
      if (colon === -1) continue;
      const name = line.slice(0, colon).trim();
      const value = line.slice(colon + 1).trim();
      if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
      else headers[name] = value;
    }
    response.writeHead(status, headers);
    response.write(head.subarray(cut + gap));
  });
  let finished = false;
  const finish = (fallback: number): void => {
    if (finished) return;
    finished = true;
    if (status === 0) {
      status = fallback;
      response.writeHead(status);
    }
    response.end();
    log(status);
  };
  child.on('close', () => finish(502));
  child.on('error', () => finish(500));
}

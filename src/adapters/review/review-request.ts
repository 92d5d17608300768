import { PhoenixError } from '../../core/errors/phoenix-error.js';

/** How long one request to the code host may take. */
const REQUEST_TIMEOUT_MS = 30_000;

export interface ReviewRequest {
  readonly platform: 'github' | 'gitlab';
  readonly method: 'GET' | 'POST' | 'PATCH' | 'PUT';
  readonly url: URL;
  /** Authentication and content headers. Never part of an error: they carry the token. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

export interface ReviewResponse {
  readonly json: unknown;
  /** The next page of a collection, from the `Link` header both hosts send. */
  readonly next: URL | null;
}

/**
 * One JSON request to GitHub's or GitLab's REST API. A failure is REVIEW_COMMENT_FAILED with the method, the path,
 * the status and the host's own message: never the headers, which carry the token.
 */
export async function reviewRequest(request: ReviewRequest): Promise<ReviewResponse> {
  const where = { platform: request.platform, method: request.method, path: request.url.pathname };
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: request.method,
      headers: {
        ...request.headers,
        ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    throw new PhoenixError('REVIEW_COMMENT_FAILED', { ...where, cause: causeOf(error) });
  }
  const text = await response.text();
  if (!response.ok) {
    throw new PhoenixError('REVIEW_COMMENT_FAILED', {
      ...where,
      status: response.status,
      hostMessage: hostMessage(text),
    });
  }
  let json: unknown;
  try {
    json = text === '' ? null : JSON.parse(text);
  } catch {
    throw new PhoenixError('REVIEW_COMMENT_FAILED', {
      ...where,
      status: response.status,
      problem: 'the answer is not JSON',
    });
  }
  return { json, next: nextLink(response.headers.get('link'), request.url) };
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } }).cause;
  if (typeof cause?.code === 'string') return cause.code;
  return error instanceof Error ? error.name : 'unknown';
}

/** The `message` both hosts put in an error body, cut short; the raw start of the body otherwise. */
function hostMessage(text: string): string {
  try {
    const parsed = JSON.parse(text) as { message?: unknown; error?: unknown };
    const message = parsed.message ?? parsed.error;
    if (message !== undefined)
      return (typeof message === 'string' ? message : JSON.stringify(message)).slice(0, 300);
  } catch {
    // not JSON: fall through to the raw text
  }
  return text.slice(0, 300);
}

/** `<https://…?page=2>; rel="next", <…>; rel="last"` -> the next URL, kept on the host that was asked. */
export function nextLink(header: string | null, asked: URL): URL | null {
  if (header === null) return null;
  for (const part of header.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (match === null) continue;
    const next = new URL(match[1]!, asked);
    // A next page elsewhere would receive the token: refuse to follow it.
    return next.origin === asked.origin ? next : null;
  }
  return null;
}

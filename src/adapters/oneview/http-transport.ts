import { Agent, request } from 'undici';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import { deadlineSignal } from '../clock/index.js';

/** One HTTP exchange with an appliance, as the REST client sees it. */
export interface HttpRequest {
  readonly origin: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path and query, starting with `/`. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal | undefined;
}

export interface HttpResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** Parsed JSON; null for an empty body; the raw text when the body is not JSON. */
  readonly body: unknown;
}

export interface HttpTransport {
  send(req: HttpRequest): Promise<HttpResponse>;
  close(): Promise<void>;
}

export interface TransportOptions {
  /** PEM of the CA to trust; null uses the system store. */
  readonly ca: string | null;
  readonly insecureSkipVerify: boolean;
  /** Connections per origin (the pool bound). */
  readonly connections: number;
  readonly keepAliveTimeoutMs: number;
}

/** Node and OpenSSL codes of a certificate that could not be verified. */
const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_SIGNATURE_FAILURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'ERR_SSL_WRONG_VERSION_NUMBER',
]);

function codeChain(error: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    current = (current as { cause?: unknown }).cause;
  }
  return codes;
}

function flattenHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value !== undefined) out[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/**
 * Maps a failure below HTTP (connect, TLS, reset, timeout, cancel) to a PhoenixError. `retryable` in the details
 * tells the REST client that the request may be repeated when repeating is safe.
 */
export function transportError(error: unknown, req: HttpRequest, timedOut: boolean): PhoenixError {
  const where = { method: req.method, origin: req.origin, path: req.path.split('?')[0] };
  if (req.signal?.aborted) return new PhoenixError('ONEVIEW_CANCELLED', where, { cause: error });
  if (timedOut)
    return new PhoenixError(
      'ONEVIEW_UNAVAILABLE',
      { ...where, reason: 'timeout', timeoutMs: req.timeoutMs, retryable: true },
      { cause: error },
    );
  const codes = codeChain(error);
  const tls = codes.find((c) => TLS_CODES.has(c) || c.startsWith('ERR_TLS_') || c.startsWith('ERR_SSL_'));
  if (tls !== undefined) return new PhoenixError('ONEVIEW_TLS', { ...where, reason: tls }, { cause: error });
  return new PhoenixError(
    'ONEVIEW_UNAVAILABLE',
    { ...where, reason: codes[0] ?? 'connection failed', retryable: true },
    { cause: error },
  );
}

/** undici with keep-alive and a bounded pool per origin; TLS verification on unless explicitly turned off. */
export function createHttpTransport(options: TransportOptions): HttpTransport {
  const agent = new Agent({
    connections: options.connections,
    keepAliveTimeout: options.keepAliveTimeoutMs,
    connect: {
      rejectUnauthorized: !options.insecureSkipVerify,
      ...(options.ca !== null ? { ca: options.ca } : {}),
    },
  });
  return {
    async send(req) {
      const deadline = deadlineSignal(req.timeoutMs, req.signal);
      try {
        const res = await request(`${req.origin}${req.path}`, {
          dispatcher: agent,
          method: req.method,
          headers: req.headers,
          ...(req.body !== undefined ? { body: req.body } : {}),
          signal: deadline.signal,
        });
        const text = await res.body.text();
        let body: unknown = null;
        if (text.trim() !== '') {
          try {
            body = JSON.parse(text) as unknown;
          } catch {
            body = text;
          }
        }
        return { status: res.statusCode, headers: flattenHeaders(res.headers), body };
      } catch (error) {
        throw transportError(error, req, deadline.timedOut && !req.signal?.aborted);
      } finally {
        deadline.dispose();
      }
    },
    async close() {
      await agent.close();
    },
  };
}

import type { ErrorCode } from '../../core/errors/error-catalog.js';
import { isPhoenixError, PhoenixError } from '../../core/errors/phoenix-error.js';
import type { GitCredentials } from './git-credentials.js';

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
]);

const TLS_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_UNTRUSTED',
]);

interface FailureContext {
  /** The repository URL without credentials. */
  readonly url: string;
  readonly credentials: GitCredentials | null;
  readonly operation: 'ref-check' | 'fetch';
}

/**
 * Turns a failure of a network operation (isomorphic-git, node:http, node:tls) into a PhoenixError. The cause is
 * kept only as its code and a redacted message, so no token can travel with it.
 */
export function toGitError(error: unknown, context: FailureContext): PhoenixError {
  if (isPhoenixError(error)) return error;
  const failure = error as { code?: unknown; data?: { statusCode?: unknown }; message?: unknown };
  const code = typeof failure.code === 'string' ? failure.code : 'unknown';
  const status = typeof failure.data?.statusCode === 'number' ? failure.data.statusCode : undefined;
  const message = typeof failure.message === 'string' ? failure.message : String(error);
  const redacted = context.credentials ? context.credentials.redact(message) : message;
  const details = {
    url: context.url,
    operation: context.operation,
    ...(status === undefined ? {} : { status }),
    credentials: context.credentials === null ? 'none' : 'token',
  };
  return new PhoenixError(classify(code, status), details, {
    cause: { code, message: redacted },
  });
}

function classify(code: string, status: number | undefined): ErrorCode {
  if (code === 'HttpError' && status !== undefined) {
    if (status === 401 || status === 403) return 'GIT_AUTH_FAILED';
    if (status === 404) return 'GIT_REPO_NOT_FOUND';
    if (status === 408 || status === 429 || status >= 500) return 'GIT_UNREACHABLE';
    return 'GIT_PROTOCOL';
  }
  if (code === 'UserCanceledError') return 'GIT_AUTH_FAILED';
  if (NETWORK_CODES.has(code)) return 'GIT_UNREACHABLE';
  if (TLS_CODES.has(code) || code.startsWith('ERR_TLS') || code.startsWith('CERT_')) return 'GIT_TLS';
  if (code === 'SmartHttpError' || code === 'ParseError' || code === 'EmptyServerResponseError') {
    return 'GIT_PROTOCOL';
  }
  if (code === 'EACCES' || code === 'ENOSPC' || code === 'EROFS' || code === 'EPERM') {
    return 'GIT_CACHE_UNWRITABLE';
  }
  return 'GIT_UNREACHABLE';
}

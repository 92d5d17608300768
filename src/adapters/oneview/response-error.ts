import type { ErrorCode } from '../../core/errors/error-catalog.js';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import { applianceMessage } from './appliance-message.js';

/** Login errorCodes that mean the credentials (or the login domain) are wrong. */
const AUTH_FAILURE_CODES = /^AUTHN_|^PASSWORD_CHANGE_REQUIRED$/;

export interface RequestContext {
  readonly method: string;
  /** Path without the query string. */
  readonly path: string;
  readonly origin: string;
}

function codeForStatus(status: number, errorCode: string | null, isLogin: boolean): ErrorCode {
  if (isLogin && (status === 400 || status === 401 || status === 403 || status === 404))
    return 'ONEVIEW_AUTH_FAILED';
  if (errorCode !== null && AUTH_FAILURE_CODES.test(errorCode)) return 'ONEVIEW_AUTH_FAILED';
  switch (status) {
    case 401:
    case 403:
      return 'ONEVIEW_UNAUTHORIZED';
    case 404:
      return 'ONEVIEW_NOT_FOUND';
    case 409:
      return 'ONEVIEW_CONFLICT';
    case 412:
      return 'ONEVIEW_PRECONDITION_FAILED';
    case 502:
    case 503:
    case 504:
      return 'ONEVIEW_UNAVAILABLE';
    default:
      if (status >= 500) return 'ONEVIEW_APPLIANCE_ERROR';
      if (status >= 400) return 'ONEVIEW_BAD_REQUEST';
      return 'ONEVIEW_BAD_RESPONSE';
  }
}

/**
 * The one place HTTP status codes become error codes. The appliance's errorCode, message, details and
 * recommended actions travel in the details; request bodies and headers never do.
 */
export function errorFromResponse(status: number, body: unknown, context: RequestContext): PhoenixError {
  const appliance = applianceMessage(body);
  const isLogin = context.path === '/rest/login-sessions' && context.method === 'POST';
  const code = codeForStatus(status, appliance.errorCode, isLogin);
  return new PhoenixError(code, {
    status,
    method: context.method,
    path: context.path,
    origin: context.origin,
    errorCode: appliance.errorCode,
    message: appliance.message,
    applianceDetails: appliance.details,
    recommendedActions: appliance.recommendedActions,
    ...(appliance.nestedErrorCodes.length > 0 ? { nestedErrorCodes: appliance.nestedErrorCodes } : {}),
  });
}

import { errorCatalog, type ErrorCode } from './error-catalog.js';
import type { RetryClass } from './error-spec.js';

/** Variable data attached to an error. Never put secrets here: details are logged and rendered. */
export type ErrorDetails = Readonly<Record<string, unknown>>;

/**
 * The one error type Phoenix throws for failed operations. Callers branch on `code`, never on the
 * message or on `instanceof` of subclasses.
 */
export class PhoenixError extends Error {
  readonly code: ErrorCode;
  readonly retry: RetryClass;
  readonly details: ErrorDetails;

  constructor(
    code: ErrorCode,
    details: ErrorDetails = {},
    options: { cause?: unknown; message?: string } = {},
  ) {
    super(
      options.message ?? errorCatalog[code].message,
      options.cause === undefined ? {} : { cause: options.cause },
    );
    this.name = 'PhoenixError';
    this.code = code;
    this.retry = errorCatalog[code].retry;
    this.details = details;
  }

  get exitCode(): number {
    return errorCatalog[this.code].exitCode;
  }
}

export function isPhoenixError(value: unknown): value is PhoenixError {
  return value instanceof PhoenixError;
}

/** Same test as `isPhoenixError`, narrowed to one code. */
export function hasErrorCode<C extends ErrorCode>(
  value: unknown,
  code: C,
): value is PhoenixError & { code: C } {
  return isPhoenixError(value) && value.code === code;
}

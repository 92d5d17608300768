/** The OneView ErrorMessage shape: every 4xx/5xx body and every taskErrors[] item. */
export interface ErrorBody {
  errorCode: string;
  message: string;
  details: string;
  recommendedActions: string[];
  nestedErrors: ErrorBody[];
  errorSource: string | null;
  data: Record<string, unknown> | null;
}

export function errorBody(
  errorCode: string,
  message: string,
  extra: {
    details?: string;
    recommendedActions?: string[];
    errorSource?: string | null;
    data?: Record<string, unknown> | null;
  } = {},
): ErrorBody {
  return {
    errorCode,
    message,
    details: extra.details ?? '',
    recommendedActions: extra.recommendedActions ?? [],
    nestedErrors: [],
    errorSource: extra.errorSource ?? null,
    data: extra.data === undefined ? {} : extra.data,
  };
}

/** An error a handler throws; the HTTP layer turns it into a response with this status and body. */
export class SimHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.message);
  }
}

export function httpError(
  status: number,
  errorCode: string,
  message: string,
  extra: Parameters<typeof errorBody>[2] = {},
): SimHttpError {
  return new SimHttpError(status, errorBody(errorCode, message, extra));
}

import { arrayOf, isWireObject, optionalString } from './wire-fields.js';

/** The appliance's own account of an error, as carried in PhoenixError details. */
export interface ApplianceMessage {
  readonly errorCode: string | null;
  readonly message: string | null;
  readonly details: string | null;
  readonly recommendedActions: readonly string[];
  readonly nestedErrorCodes: readonly string[];
  readonly errorSource: string | null;
}

/** Reads an ErrorMessage body (or a taskErrors[] item); tolerant of missing fields and non-JSON bodies. */
export function applianceMessage(body: unknown): ApplianceMessage {
  if (!isWireObject(body)) {
    return {
      errorCode: null,
      message: typeof body === 'string' && body.trim() !== '' ? body.trim().slice(0, 500) : null,
      details: null,
      recommendedActions: [],
      nestedErrorCodes: [],
      errorSource: null,
    };
  }
  return {
    errorCode: optionalString(body, 'errorCode'),
    message: optionalString(body, 'message'),
    details: optionalString(body, 'details'),
    recommendedActions: arrayOf(body, 'recommendedActions').filter((a): a is string => typeof a === 'string'),
    nestedErrorCodes: arrayOf(body, 'nestedErrors')
      .map((n) => (isWireObject(n) ? optionalString(n, 'errorCode') : null))
      .filter((c): c is string => c !== null),
    errorSource: optionalString(body, 'errorSource'),
  };
}

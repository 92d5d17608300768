import { PhoenixError } from '../../core/errors/phoenix-error.js';

/** A JSON object as it comes off the wire: nothing is trusted until read through the helpers below. */
export type WireObject = Readonly<Record<string, unknown>>;

export function isWireObject(value: unknown): value is WireObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asWireObject(value: unknown, what: string): WireObject {
  if (!isWireObject(value)) throw new PhoenixError('ONEVIEW_BAD_RESPONSE', { what, expected: 'object' });
  return value;
}

/** A required non-empty string field. */
export function requiredString(obj: WireObject, key: string, what: string): string {
  const value = obj[key];
  if (typeof value !== 'string' || value === '') {
    throw new PhoenixError('ONEVIEW_BAD_RESPONSE', { what, field: key, expected: 'non-empty string' });
  }
  return value;
}

/** A string field; null when absent, null or empty. */
export function optionalString(obj: WireObject | null | undefined, key: string): string | null {
  const value = obj?.[key];
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number') return String(value);
  return null;
}

export function stringOr(obj: WireObject | null | undefined, key: string, fallback: string): string {
  return optionalString(obj, key) ?? fallback;
}

export function optionalNumber(obj: WireObject | null | undefined, key: string): number | null {
  const value = obj?.[key];
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return null;
}

export function booleanOr(obj: WireObject | null | undefined, key: string, fallback: boolean): boolean {
  const value = obj?.[key];
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return fallback;
}

export function optionalObject(obj: WireObject | null | undefined, key: string): WireObject | null {
  const value = obj?.[key];
  return isWireObject(value) ? value : null;
}

export function arrayOf(obj: WireObject | null | undefined, key: string): readonly unknown[] {
  const value = obj?.[key];
  return Array.isArray(value) ? (value as unknown[]) : [];
}

/** The last path segment of a URI (`/rest/deployment-plans/<id>` -> `<id>`). */
export function lastSegment(uri: string): string {
  const trimmed = uri.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

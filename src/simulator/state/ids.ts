import { createHash, randomUUID } from 'node:crypto';

/** Upper-case GUID, the form OneView uses for task ids and hardware UUIDs. */
export function upperGuid(): string {
  return randomUUID().toUpperCase();
}

export function guid(): string {
  return randomUUID();
}

/** A stable GUID derived from a seed string, so presets build the same URIs on every start. */
export function stableGuid(seed: string, upper = false): string {
  const h = createHash('sha1').update(seed).digest('hex');
  const g = `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  return upper ? g.toUpperCase() : g;
}

/** The last path segment of a URI. */
export function lastSegment(uri: string): string {
  const i = uri.lastIndexOf('/');
  return i < 0 ? uri : uri.slice(i + 1);
}

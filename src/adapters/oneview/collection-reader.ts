import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { RestClient } from './rest-client.js';
import { arrayOf, asWireObject, optionalNumber, optionalString } from './wire-fields.js';

export interface CollectionQuery {
  /** Complete filter expressions (see equalsFilter); several are ANDed by the appliance. */
  readonly filters?: readonly string[];
  readonly pageSize: number;
  readonly signal?: AbortSignal | undefined;
}

/** A nextPageUri may be absolute (`https://host/rest/...`); only its path and query are followed. */
function relativeUri(uri: string, origin: string): string {
  if (uri.startsWith('/')) return uri;
  try {
    const url = new URL(uri);
    if (url.origin !== origin)
      throw new PhoenixError('ONEVIEW_BAD_RESPONSE', {
        what: 'collection',
        field: 'nextPageUri',
        reason: 'points at another host',
      });
    return `${url.pathname}${url.search}`;
  } catch (error) {
    if (error instanceof PhoenixError) throw error;
    throw new PhoenixError('ONEVIEW_BAD_RESPONSE', { what: 'collection', field: 'nextPageUri' });
  }
}

export interface CollectionPage {
  readonly members: readonly unknown[];
  readonly total: number | null;
  /** Null when there is no next page (null, absent or empty on the wire). */
  readonly nextPageUri: string | null;
  readonly uri: string | null;
}

/** Reads one collection envelope. */
export function parseCollectionPage(body: unknown, what: string): CollectionPage {
  const obj = asWireObject(body, what);
  if (!Array.isArray(obj['members']))
    throw new PhoenixError('ONEVIEW_BAD_RESPONSE', { what, field: 'members' });
  return {
    members: arrayOf(obj, 'members'),
    total: optionalNumber(obj, 'total'),
    nextPageUri: optionalString(obj, 'nextPageUri'),
    uri: optionalString(obj, 'uri'),
  };
}

/**
 * Every member of a collection, by pages of `pageSize`, following nextPageUri until it is null, empty or the
 * URI just read. A collection of `total` members costs ceil(total / pageSize) requests (one when empty).
 * `parse` turns each member into what the caller keeps as its page arrives, so a page's wire objects are
 * garbage before the next page is read rather than held until the whole collection is in.
 */
export async function readCollection(
  client: RestClient,
  path: string,
  query: CollectionQuery,
): Promise<unknown[]>;
export async function readCollection<T>(
  client: RestClient,
  path: string,
  query: CollectionQuery,
  parse: (member: unknown) => T,
): Promise<T[]>;
export async function readCollection(
  client: RestClient,
  path: string,
  query: CollectionQuery,
  parse: (member: unknown) => unknown = (member) => member,
): Promise<unknown[]> {
  const params = new URLSearchParams({ start: '0', count: String(query.pageSize) });
  for (const filter of query.filters ?? []) params.append('filter', filter);
  let uri: string | null = `${path}?${params.toString()}`;
  const members: unknown[] = [];
  let maxPages = Number.POSITIVE_INFINITY;
  let pages = 0;
  while (uri !== null) {
    const page = parseCollectionPage(await client.get(uri, query.signal), `collection ${path}`);
    for (const member of page.members) members.push(parse(member));
    pages++;
    if (pages === 1 && page.total !== null && page.members.length > 0) {
      maxPages = Math.ceil(page.total / page.members.length) + 1;
    }
    if (page.nextPageUri === null || page.members.length === 0 || pages >= maxPages) break;
    const next: string = relativeUri(page.nextPageUri, client.origin);
    const current: string = page.uri === null ? uri : relativeUri(page.uri, client.origin);
    if (next === uri || next === current) break;
    uri = next;
  }
  return members;
}

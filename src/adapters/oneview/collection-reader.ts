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

/**
 * Every member of a collection, by pages of `pageSize`, following nextPageUri until it is null, empty or the
 * URI just read. A collection of `total` members costs ceil(total / pageSize) requests (one when empty).
 */
export async function readCollection(
  client: RestClient,
  path: string,
  query: CollectionQuery,
): Promise<unknown[]> {
  const params = new URLSearchParams({ start: '0', count: String(query.pageSize) });
  for (const filter of query.filters ?? []) params.append('filter', filter);
  let uri: string | null = `${path}?${params.toString()}`;
  const members: unknown[] = [];
  let maxPages = Number.POSITIVE_INFINITY;
  let pages = 0;
  while (uri !== null) {
    const body = asWireObject(await client.get(uri, query.signal), `collection ${path}`);
    if (!Array.isArray(body['members']))
      throw new PhoenixError('ONEVIEW_BAD_RESPONSE', { what: `collection ${path}`, field: 'members' });
    const page = arrayOf(body, 'members');
    members.push(...page);
    pages++;
    if (pages === 1) {
      const total = optionalNumber(body, 'total');
      if (total !== null && page.length > 0) maxPages = Math.ceil(total / page.length) + 1;
    }
    const next = optionalString(body, 'nextPageUri');
    const current = optionalString(body, 'uri');
    if (next === null || page.length === 0 || pages >= maxPages) break;
    const nextRelative = relativeUri(next, client.origin);
    if (nextRelative === uri || (current !== null && nextRelative === relativeUri(current, client.origin)))
      break;
    uri = nextRelative;
  }
  return members;
}

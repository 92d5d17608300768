import { httpError } from '../state/error-body.js';
import type { WireJsonCache } from '../state/wire-json-cache.js';
import { matchesFilter, parseFilter, type FilterNode } from './filter-expression.js';

/** The request parts a collection GET reads: path and the raw query string (repeated parameters kept). */
export interface CollectionRequest {
  readonly path: string;
  readonly search: URLSearchParams;
  /** The query string as sent (echoed in the envelope `uri`). */
  readonly rawQuery: string;
}

export interface CollectionOptions {
  readonly type: string;
  readonly category: string;
  /** Page size when the client sends no `count` (OneView defaults seen: 40, 64, 100). */
  readonly defaultCount?: number;
  /** The object the filter is evaluated on, when it differs from the member (index search adds `labels`). */
  readonly matchView?: (member: object) => object;
}

export function requestOf(url: string): CollectionRequest {
  const q = url.indexOf('?');
  const path = q < 0 ? url : url.slice(0, q);
  const rawQuery = q < 0 ? '' : url.slice(q + 1);
  return { path, search: new URLSearchParams(rawQuery), rawQuery };
}

function intParam(search: URLSearchParams, name: string): number | undefined {
  const raw = search.get(name);
  if (raw === null || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n))
    throw httpError(400, 'INVALID_QUERY_PARAMETER', `The ${name} parameter must be an integer.`, {
      details: `${name}=${raw}`,
    });
  return n;
}

/** Filters of the request: every `filter=` (ANDed) and `query=`, in every wire form OneView accepts. */
export function filtersOf(search: URLSearchParams): FilterNode[] {
  const out: FilterNode[] = [];
  for (const f of search.getAll('filter')) if (f.trim() !== '') out.push(parseFilter(f));
  for (const f of search.getAll('query')) if (f.trim() !== '') out.push(parseFilter(f));
  return out;
}

interface SortKey {
  readonly path: readonly string[];
  readonly descending: boolean;
  readonly natural: boolean;
}

function parseSort(text: string): SortKey[] {
  return text
    .split(',')
    .filter((s) => s.trim() !== '')
    .map((part) => {
      const [attr = '', dir = 'asc', nat = ''] = part.trim().split(':');
      const d = dir.toLowerCase();
      if (!['asc', 'ascending', 'desc', 'descending'].includes(d))
        throw httpError(400, 'INVALID_SORT', 'The sort parameter is not valid.', { details: `sort=${text}` });
      return {
        path: attr.split('.'),
        descending: d.startsWith('desc'),
        natural: nat.toLowerCase() === 'natural',
      };
    });
}

function at(obj: unknown, path: readonly string[]): unknown {
  let cur: unknown = obj;
  for (const k of path)
    cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[k] : undefined;
  return cur;
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function compareValues(a: unknown, b: unknown, natural: boolean): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = typeof a === 'string' ? a : JSON.stringify(a);
  const sb = typeof b === 'string' ? b : JSON.stringify(b);
  if (natural) return collator.compare(sa, sb);
  const la = sa.toLowerCase();
  const lb = sb.toLowerCase();
  return la < lb ? -1 : la > lb ? 1 : 0;
}

function pageUri(path: string, search: URLSearchParams, start: number, count: number): string {
  const next = new URLSearchParams(search);
  next.set('start', String(start));
  next.set('count', String(count));
  return `${path}?${next.toString()}`;
}

export interface Envelope<T> {
  type: string;
  category: string;
  members: T[];
  count: number;
  total: number;
  start: number;
  prevPageUri: string | null;
  nextPageUri: string | null;
  uri: string;
  eTag: string;
  created: string;
  modified: string;
}

/** Filters, sorts and pages a collection into the OneView envelope. */
export function collectionPage<T extends object>(
  req: CollectionRequest,
  items: Iterable<T>,
  options: CollectionOptions,
  nowIso: string,
): Envelope<T> {
  const filters = filtersOf(req.search);
  let matched: T[];
  if (filters.length === 0) matched = Array.isArray(items) ? (items as T[]) : [...items];
  else {
    matched = [];
    for (const item of items) {
      const view = options.matchView ? options.matchView(item) : item;
      if (filters.every((f) => matchesFilter(f, view))) matched.push(item);
    }
  }
  const sort = req.search.get('sort');
  if (sort) {
    const keys = parseSort(sort);
    matched = [...matched].sort((x, y) => {
      for (const k of keys) {
        const c = compareValues(at(x, k.path), at(y, k.path), k.natural);
        if (c !== 0) return k.descending ? -c : c;
      }
      return 0;
    });
  }
  const total = matched.length;
  const start = Math.max(0, intParam(req.search, 'start') ?? 0);
  const requested = intParam(req.search, 'count') ?? options.defaultCount ?? 64;
  const count = requested < 0 ? Math.max(0, total - start) : requested;
  const members = matched.slice(start, start + count);
  const uri = req.rawQuery ? `${req.path}?${req.rawQuery}` : req.path;
  const hasNext = start + members.length < total && count > 0;
  return {
    type: options.type,
    category: options.category,
    members,
    count: members.length,
    total,
    start,
    prevPageUri:
      start > 0 && count > 0 ? pageUri(req.path, req.search, Math.max(0, start - count), count) : null,
    nextPageUri: hasNext ? pageUri(req.path, req.search, start + members.length, count) : null,
    uri,
    eTag: nowIso,
    created: nowIso,
    modified: nowIso,
  };
}

/**
 * `JSON.stringify(envelope)` as UTF-8 bytes, byte for byte, in three chunks (before, the members, after), with the
 * members' JSON taken from (and kept in) a cache of serialized resources instead of being stringified on every
 * request.
 */
export function serializeEnvelope<T extends object>(envelope: Envelope<T>, cache: WireJsonCache): Buffer[] {
  const { type, category, members, ...rest } = envelope;
  return [
    Buffer.from(`{"type":${JSON.stringify(type)},"category":${JSON.stringify(category)},"members":[`),
    cache.serializeList(members),
    Buffer.from(`],${JSON.stringify(rest).slice(1)}`),
  ];
}

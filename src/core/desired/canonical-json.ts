/**
 * Canonical JSON: object keys sorted by code unit, no whitespace, `undefined` members dropped.
 * Identical values give identical strings, so hashes and golden files are stable.
 *
 * One appending pass (no intermediate arrays of entries or parts) that skips the sort when an object's keys are
 * already in order, as decoded and built values mostly are. It runs over every node's spec and over whole
 * inventory snapshots; `writeCanonicalJson` hands the text out in chunks, so that a hash of a large value never
 * holds the whole text at once.
 *
 * Most values are plain data (plain objects, arrays, strings, numbers, booleans, null). For those, JSON.stringify
 * given the sorted keys of every object in the value as its property list writes exactly this format (each object's
 * members in the list's order, absent ones left out), natively and far faster: values and runs of array items
 * that pass that check (`collectKeys`) are written so; anything else takes the appending pass. Plain data whose
 * objects all list their keys in order already (`scanSorted`: values built so on purpose, such as spec hash inputs
 * and synthesized inventories) needs no property list: JSON.stringify's own order is this format's, and its
 * fast path is faster still.
 */

/** A running hash: node:crypto's `Hash` is one. Bytes are the UTF-8 encoding of the text they stand for. */
export interface TextDigest {
  update(data: string | Uint8Array): unknown;
}

const utf8 = new TextEncoder();

/** Text above this length is handed to the sink. */
const CHUNK = 64 * 1024;

class Output {
  text = '';
  bytes = new Uint8Array(0);
  constructor(readonly sink: TextDigest | null) {}

  /** Called after each complete member: hands the text out once it is long enough. */
  spill(): void {
    if (this.sink !== null && this.text.length >= CHUNK) {
      this.sink.update(this.text);
      this.text = '';
    }
  }

  /**
   * Appends a JSON array's text without its brackets. To a sink, as the bytes between them: a view of the
   * encoded text rather than a copy of the string without its first and last character.
   */
  appendInner(json: string): void {
    if (this.sink === null) {
      this.text += json.slice(1, -1);
      return;
    }
    if (this.text !== '') {
      this.sink.update(this.text);
      this.text = '';
    }
    // At most three bytes per UTF-16 unit; one buffer serves every run (a digest consumes what it is handed).
    if (this.bytes.length < json.length * 3) this.bytes = new Uint8Array(json.length * 3);
    const { written } = utf8.encodeInto(json, this.bytes);
    this.sink.update(this.bytes.subarray(1, written - 1));
  }
}

function sortedKeys(record: object): string[] {
  const keys = Object.keys(record);
  for (let i = 1; i < keys.length; i++) {
    // The default sort compares UTF-16 code units, the order this format promises.
    if (keys[i - 1]! > keys[i]!) return keys.sort();
  }
  return keys;
}

/** Whether JSON writes the string as it is between quotes: no quote, backslash, control or surrogate. */
function isPlain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return false;
  }
  return true;
}

function leaf(value: unknown): string {
  if (typeof value === 'string' && isPlain(value)) return `"${value}"`;
  const text = JSON.stringify(value);
  if (text === undefined) throw new TypeError('canonicalJson cannot encode this value');
  return text;
}

/** Items of an array written by one native call: enough to amortise the call, never much text at once. */
const BATCH = 64;
/** Shorter arrays are written item by item: a native call per few items costs more than it saves. */
const MIN_BATCH = 8;
/** A property list longer than this makes every object look up many keys it lacks: not worth the native call. */
const MAX_KEYS = 96;

/**
 * Adds the keys of every object in `value` to `keys`; false when the value holds anything JSON.stringify would
 * write otherwise than this format: an object that is not plain (a Date's toJSON, a class instance), a function,
 * a symbol, a bigint, a `__proto__` key (JSON.stringify reads it through the prototype), or too many keys.
 */
function collectKeys(value: unknown, keys: Set<string>): boolean {
  if (value === null) return true;
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean' || type === 'undefined') return true;
  if (type !== 'object') return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!collectKeys(value[i], keys)) return false;
    return true;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key === '__proto__') return false;
    keys.add(key);
    if (!collectKeys(record[key], keys)) return false;
  }
  return keys.size <= MAX_KEYS;
}

/** What `isSortedPlain` found: plain data with every object's keys in order, or not plain, or out of order. */
type Scan = 'sorted' | 'unsorted' | 'other';

/**
 * Whether `value` is plain data (see collectKeys) in which every object already lists its keys in code-unit
 * order: JSON.stringify writes such a value exactly in this format, and without a property list it takes its
 * fast path. Stops at the first object out of order ('unsorted'); 'other' when it is not plain data.
 */
function scanSorted(value: unknown): Scan {
  if (value === null) return 'sorted';
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean' || type === 'undefined') return 'sorted';
  if (type !== 'object') return 'other';
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const scan = scanSorted(value[i]);
      if (scan !== 'sorted') return scan;
    }
    return 'sorted';
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return 'other';
  const record = value as Record<string, unknown>;
  // for-in rather than Object.keys: objects of one shape share V8's key cache, nothing is allocated per object.
  // The prototype is Object.prototype or null, so it lists the own keys, in Object.keys order.
  let previous: string | null = null;
  for (const key in record) {
    if (key === '__proto__') return 'other';
    if (previous !== null && previous > key) return 'unsorted';
    previous = key;
    const scan = scanSorted(record[key]);
    if (scan !== 'sorted') return scan;
  }
  return 'sorted';
}

/**
 * The canonical JSON of plain data, natively: as it is when every object's keys are in order, else with the
 * sorted keys of every object as the property list; null when `value` is not plain data (see collectKeys).
 */
function nativeJson(value: unknown): string | null {
  const scan = scanSorted(value);
  if (scan === 'sorted') return JSON.stringify(value) ?? null;
  if (scan === 'other') return null;
  const keys = new Set<string>();
  if (!collectKeys(value, keys)) return null;
  // The default sort compares UTF-16 code units, the order this format promises.
  return JSON.stringify(value, [...keys].sort()) ?? null;
}

function encodeItems(items: readonly unknown[], out: Output): void {
  for (let start = 0; start < items.length; start += BATCH) {
    const end = Math.min(items.length, start + BATCH);
    const native = nativeJson(items.slice(start, end));
    if (native !== null) {
      if (start > 0) out.text += ',';
      out.appendInner(native);
    } else {
      for (let i = start; i < end; i++) {
        const item: unknown = items[i];
        if (i > 0) out.text += ',';
        if (item === undefined) out.text += 'null';
        else encode(item, out);
        out.spill();
      }
    }
    out.spill();
  }
}

/** `"key":` for the keys seen so far: the same few keys recur in every object of a kind. */
const quotedKeys = new Map<string, string>();
const MAX_QUOTED_KEYS = 4096;

function quotedKey(key: string): string {
  let quoted = quotedKeys.get(key);
  if (quoted === undefined) {
    quoted = `${JSON.stringify(key)}:`;
    if (quotedKeys.size < MAX_QUOTED_KEYS) quotedKeys.set(key, quoted);
  }
  return quoted;
}

function encode(value: unknown, out: Output): void {
  if (value === null || typeof value !== 'object') {
    out.text += leaf(value);
    return;
  }
  if (Array.isArray(value) && value.length >= MIN_BATCH) {
    out.text += '[';
    encodeItems(value, out);
    out.text += ']';
    return;
  }
  if (Array.isArray(value)) {
    out.text += '[';
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (i > 0) out.text += ',';
      if (item === undefined) out.text += 'null';
      else encode(item, out);
      out.spill();
    }
    out.text += ']';
    return;
  }
  const record = value as Record<string, unknown>;
  out.text += '{';
  let first = true;
  for (const key of sortedKeys(record)) {
    const member = record[key];
    if (member === undefined) continue;
    out.text += first ? quotedKey(key) : `,${quotedKey(key)}`;
    first = false;
    encode(member, out);
  }
  out.text += '}';
}

export function canonicalJson(value: unknown): string {
  // Values built with their keys in order (spec hash inputs) are written natively in one call.
  if (typeof value === 'object' && value !== null && scanSorted(value) === 'sorted') {
    const text = JSON.stringify(value);
    if (text !== undefined) return text;
  }
  const out = new Output(null);
  encode(value, out);
  return out.text;
}

/** Feeds the canonical JSON of `value` to `digest` in chunks: the same bytes as `canonicalJson(value)`. */
export function writeCanonicalJson(digest: TextDigest, value: unknown): void {
  const out = new Output(digest);
  encode(value, out);
  if (out.text !== '') digest.update(out.text);
}

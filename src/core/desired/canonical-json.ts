/**
 * Canonical JSON: object keys sorted by code unit, no whitespace, `undefined` members dropped.
 * Identical values give identical strings, so hashes and golden files are stable.
 *
 * One appending pass (no intermediate arrays of entries or parts) that skips the sort when an object's keys are
 * already in order, as decoded and built values mostly are. It runs over every node's spec and over whole
 * inventory snapshots; `writeCanonicalJson` hands the text out in chunks, so that a hash of a large value never
 * holds the whole text at once.
 */

/** A running hash: node:crypto's `Hash` is one. */
export interface TextDigest {
  update(text: string): unknown;
}

/** Text above this length is handed to the sink. */
const CHUNK = 64 * 1024;

class Output {
  text = '';
  constructor(readonly sink: TextDigest | null) {}

  /** Called after each complete member: hands the text out once it is long enough. */
  spill(): void {
    if (this.sink !== null && this.text.length >= CHUNK) {
      this.sink.update(this.text);
      this.text = '';
    }
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

function encode(value: unknown, out: Output): void {
  if (value === null || typeof value !== 'object') {
    out.text += leaf(value);
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
    out.text += first ? `${JSON.stringify(key)}:` : `,${JSON.stringify(key)}:`;
    first = false;
    encode(member, out);
  }
  out.text += '}';
}

export function canonicalJson(value: unknown): string {
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

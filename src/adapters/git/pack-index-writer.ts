import { hash } from 'node:crypto';
import * as git from 'isomorphic-git';

/** The fields of isomorphic-git's pack index that its `toBuffer` writes out. */
interface PackIndexFields {
  readonly hashes?: unknown;
  readonly crcs?: unknown;
  readonly offsets?: unknown;
  readonly packfileSha?: unknown;
}

type ToBuffer = ((this: PackIndexFields) => Promise<Buffer>) & { fast?: true };

const HEADER = Buffer.from('ff744f6300000002', 'hex');
const FAN_OUT = 256;
const SHA_BYTES = 20;

let installed: Promise<boolean> | null = null;

/**
 * After a fetch, isomorphic-git writes the index of the pack it received with `toBuffer`, whose fan-out table
 * counts, for each of its 256 entries, every object again (256 × n string slices and parses: a tenth of a second
 * for 10,000 objects, more than the rest of the index). This gives the class of isomorphic-git's pack indexes a
 * `toBuffer` that writes the same bytes (idx version 2: fan-out, names, CRCs, 32-bit offsets, the pack's checksum,
 * then the SHA-1 of all that) in one pass; an index whose fields are not as expected is written by the original.
 * The class is not exported: it is reached through an index of no objects that isomorphic-git reads from a file
 * system in memory (nothing touches the disk). Installed once per process, before the first fetch (ADR 0022).
 */
export function useFastPackIndexWriter(): Promise<boolean> {
  installed ??= install().catch(() => false);
  return installed;
}

async function install(): Promise<boolean> {
  const prototype = (await packIndexPrototype()) as { toBuffer?: unknown } | null;
  const original = prototype?.toBuffer;
  if (prototype === null || typeof original !== 'function') return false;
  if ((original as ToBuffer).fast === true) return true;
  const toBuffer: ToBuffer = function (this: PackIndexFields) {
    return writePackIndex(this) ?? (original as ToBuffer).call(this);
  };
  toBuffer.fast = true;
  Object.defineProperty(prototype, 'toBuffer', { value: toBuffer, configurable: true, writable: true });
  return true;
}

/** The idx file of `index`, or null when its fields are not the ones this writer knows. */
function writePackIndex(index: PackIndexFields): Promise<Buffer> | null {
  const { hashes, crcs, offsets, packfileSha } = index;
  if (!Array.isArray(hashes) || typeof crcs !== 'object' || crcs === null || !(offsets instanceof Map))
    return null;
  if (typeof packfileSha !== 'string' || !hashes.every(isSha)) return null;
  const names = hashes;
  const crcOf = crcs as Record<string, number>;
  const count = names.length;
  const out = Buffer.alloc(HEADER.length + FAN_OUT * 4 + count * (SHA_BYTES + 8) + 2 * SHA_BYTES);
  HEADER.copy(out, 0);
  const perFirstByte = new Uint32Array(FAN_OUT);
  for (const name of names) {
    const first = parseInt(name.slice(0, 2), 16);
    perFirstByte[first] = (perFirstByte[first] as number) + 1;
  }
  let position = HEADER.length;
  let cumulative = 0;
  for (const objects of perFirstByte) {
    cumulative += objects;
    position = out.writeUInt32BE(cumulative, position);
  }
  // Names were checked for their length; one that is not hex writes short, and the original writer takes over.
  for (const name of names) {
    if (out.write(name, position, 'hex') !== SHA_BYTES) return null;
    position += SHA_BYTES;
  }
  for (const name of names) position = out.writeUInt32BE(crcOf[name] as number, position);
  for (const name of names) position = out.writeUInt32BE(offsets.get(name) as number, position);
  if (!isSha(packfileSha) || out.write(packfileSha, position, 'hex') !== SHA_BYTES) return null;
  position += SHA_BYTES;
  hash('sha1', out.subarray(0, position), 'buffer').copy(out, position);
  return Promise.resolve(out);
}

function isSha(value: unknown): value is string {
  return typeof value === 'string' && value.length === 2 * SHA_BYTES;
}

/** An idx (version 2) of no objects: header, a fan-out table of zeros, the pack's checksum and its own. */
const EMPTY_INDEX = Buffer.concat([HEADER, Buffer.alloc(FAN_OUT * 4 + 2 * SHA_BYTES)]);
const GITDIR = 'empty.git';
const PACK_DIR = `${GITDIR}/objects/pack`;
const INDEX_NAME = 'pack-empty.idx';

/** isomorphic-git's pack index class, from the index it makes of EMPTY_INDEX while looking for an object in it. */
async function packIndexPrototype(): Promise<object | null> {
  const missing = (file?: unknown): Promise<never> =>
    Promise.reject(Object.assign(new Error(`ENOENT: ${String(file)}`), { code: 'ENOENT' }));
  const fs = {
    readFile: (file?: unknown) =>
      file === `${PACK_DIR}/${INDEX_NAME}` ? Promise.resolve(EMPTY_INDEX) : missing(file),
    readdir: (dir?: unknown) => (dir === PACK_DIR ? Promise.resolve([INDEX_NAME]) : missing(dir)),
    writeFile: missing,
    mkdir: missing,
    rmdir: missing,
    unlink: missing,
    stat: missing,
    lstat: missing,
    readlink: missing,
    symlink: missing,
  };
  const cache: Record<symbol, unknown> = {};
  await git.readObject({ fs, gitdir: GITDIR, oid: '0'.repeat(2 * SHA_BYTES), cache }).catch(() => undefined);
  const packs = Object.getOwnPropertySymbols(cache)
    .map((key) => cache[key])
    .find((value): value is Map<unknown, unknown> => value instanceof Map);
  const loaded = packs?.values().next().value;
  const index: unknown = await loaded;
  return typeof index === 'object' && index !== null ? (Object.getPrototypeOf(index) as object) : null;
}

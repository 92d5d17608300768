import { hash } from 'node:crypto';
import { crc32, inflateSync } from 'node:zlib';
import { applyDelta } from './apply-delta.js';
import { ByteBudgetLru } from './byte-budget-lru.js';
import { OUTPUT_CHUNK } from './native-inflate.js';
import { readEntryHeader } from './pack-entry-header.js';

/** The fields of a pack index, as isomorphic-git's `GitPackIndex` holds them. */
export interface PackIndexFields {
  readonly packfileSha: string;
  /** Object ids, in pack order until the caller sorts them. */
  readonly hashes: string[];
  readonly offsets: Map<string, number>;
  readonly crcs: Record<string, number>;
}

export interface IndexedPack extends PackIndexFields {
  /** Offsets of the deltas whose base was not at hand (evicted, later in the pack, or in the repository). */
  readonly unresolved: number[];
  /** Each object's CRC-32, by offset, for the objects resolved later. */
  readonly crcAt: ReadonlyMap<number, number>;
}

const SHA_BYTES = 20;
/** Memory for resolved objects kept as delta bases (isomorphic-git's own indexing keeps 32 MiB). */
const BASE_BUDGET = 32 * 1024 * 1024;
const OBJECTS_BETWEEN_YIELDS = 2000;
const INFLATE = { chunkSize: OUTPUT_CHUNK, info: true } as const;

interface Inflated {
  readonly buffer: Buffer;
  /** Input bytes zlib consumed: the object's compressed bytes, nothing after them. */
  readonly engine: { readonly bytesWritten: number };
}

interface Resolved {
  readonly type: string;
  readonly object: Buffer;
}

/**
 * Indexes a whole pack (version 2) in one pass: each object is inflated once with node:zlib, a delta is
 * applied to its base while the base is still kept, and each object's id (SHA-1 of its header and content) and
 * CRC-32 (of its bytes in the pack) are computed natively. Deltas whose base is not at hand are left in
 * `unresolved` for the caller. Throws on anything that is not a well-formed pack: the caller then leaves the pack
 * to isomorphic-git's own indexing, which fails (or not) as it always did.
 */
export async function indexPack(pack: Buffer): Promise<IndexedPack> {
  if (pack.length < 32 || pack.toString('latin1', 0, 4) !== 'PACK' || pack.readUInt32BE(4) !== 2) {
    throw new RangeError('Not a version 2 pack');
  }
  const count = pack.readUInt32BE(8);
  const end = pack.length - SHA_BYTES;
  const bases = new ByteBudgetLru<Resolved>(BASE_BUDGET);
  const hashes: string[] = [];
  const offsets = new Map<string, number>();
  const crcs: Record<string, number> = {};
  const unresolved: number[] = [];
  const crcAt = new Map<number, number>();
  let position = 12;
  for (let index = 0; index < count; index += 1) {
    // A large pack takes a while: let the event loop serve others (a daemon's API) now and then.
    if (index % OBJECTS_BETWEEN_YIELDS === OBJECTS_BETWEEN_YIELDS - 1) await new Promise(setImmediate);
    const start = position;
    const header = readEntryHeader(pack, start, end);
    let base: Resolved | undefined;
    if (header.baseOffset !== undefined) base = bases.get(header.baseOffset);
    if (header.baseOid !== undefined) {
      const baseOffset = offsets.get(header.baseOid);
      base = baseOffset === undefined ? undefined : bases.get(baseOffset);
    }
    if (header.dataStart >= end) throw new RangeError('The pack ends inside an object');
    const { buffer: data, engine } = inflateSync(
      pack.subarray(header.dataStart, end),
      INFLATE,
    ) as unknown as Inflated;
    if (data.length !== header.size) throw new RangeError('An object is not the size its header says');
    position = header.dataStart + engine.bytesWritten;
    // Objects follow one another: this one's bytes end where the next one starts.
    const crc = crc32(pack.subarray(start, position));
    if (header.type === null && base === undefined) {
      unresolved.push(start);
      crcAt.set(start, crc);
      continue;
    }
    const resolved: Resolved =
      base === undefined
        ? { type: header.type as string, object: data }
        : { type: base.type, object: applyDelta(data, base.object) };
    const oid = objectId(resolved);
    hashes.push(oid);
    offsets.set(oid, start);
    crcs[oid] = crc;
    bases.set(start, resolved, resolved.object.length);
  }
  if (position !== end) throw new RangeError('The pack holds more than its objects');
  return { packfileSha: pack.toString('hex', end), hashes, offsets, crcs, unresolved, crcAt };
}

/** The id git gives an object: the SHA-1 of `<type> <size>\0` and the content. */
export function objectId({ type, object }: { readonly type: string; readonly object: Uint8Array }): string {
  const header = Buffer.from(`${type} ${object.length}\0`, 'latin1');
  return hash('sha1', Buffer.concat([header, object]), 'hex');
}

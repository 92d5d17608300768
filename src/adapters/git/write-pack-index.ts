import { hash } from 'node:crypto';

/** The fields of isomorphic-git's pack index that its `toBuffer` writes out, as found on an instance. */
export interface PackIndexShape {
  readonly hashes?: unknown;
  readonly crcs?: unknown;
  readonly offsets?: unknown;
  readonly packfileSha?: unknown;
}

export const IDX_HEADER = Buffer.from('ff744f6300000002', 'hex');
export const FAN_OUT = 256;
const SHA_BYTES = 20;

/**
 * The idx file (version 2: fan-out, names, CRCs, 32-bit offsets, the pack's checksum, then the SHA-1 of all that)
 * of a pack index, written in one pass; null when its fields are not the ones this writer knows.
 */
export function writePackIndex(index: PackIndexShape): Buffer | null {
  const { hashes, crcs, offsets, packfileSha } = index;
  if (!Array.isArray(hashes) || typeof crcs !== 'object' || crcs === null || !(offsets instanceof Map))
    return null;
  if (typeof packfileSha !== 'string' || !hashes.every(isSha)) return null;
  const names = hashes;
  const crcOf = crcs as Record<string, number>;
  const count = names.length;
  const out = Buffer.alloc(IDX_HEADER.length + FAN_OUT * 4 + count * (SHA_BYTES + 8) + 2 * SHA_BYTES);
  IDX_HEADER.copy(out, 0);
  const perFirstByte = new Uint32Array(FAN_OUT);
  for (const name of names) {
    const first = parseInt(name.slice(0, 2), 16);
    perFirstByte[first] = (perFirstByte[first] as number) + 1;
  }
  let position = IDX_HEADER.length;
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
  return out;
}

function isSha(value: unknown): value is string {
  return typeof value === 'string' && value.length === 2 * SHA_BYTES;
}

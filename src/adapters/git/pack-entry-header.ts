/** The object types of a pack entry that hold a whole object, by their number in the entry's header. */
export const OBJECT_TYPES: Readonly<Record<number, string>> = { 1: 'commit', 2: 'tree', 3: 'blob', 4: 'tag' };

const OFS_DELTA = 6;
const REF_DELTA = 7;
const SHA_BYTES = 20;

/** What the header of a pack entry says (pack format version 2). */
export interface PackEntryHeader {
  /** `commit`, `tree`, `blob` or `tag`; null for a delta, whose type is its base's. */
  readonly type: string | null;
  /** Bytes the entry's data inflates to (for a delta, the delta's own size). */
  readonly size: number;
  /** Where the entry's deflated data starts. */
  readonly dataStart: number;
  /** For a delta on an object at an earlier offset of the same pack: that offset. */
  readonly baseOffset?: number;
  /** For a delta on an object named by its id: that id. */
  readonly baseOid?: string;
}

/** Reads the header of the pack entry at `start`. Throws on an unknown type or a header past `end`. */
export function readEntryHeader(pack: Buffer, start: number, end: number = pack.length): PackEntryHeader {
  const limit = Math.min(end, pack.length);
  let position = start;
  if (position >= limit) throw truncated();
  let byte = pack[position++] as number;
  const kind = (byte >> 4) & 7;
  let size = byte & 15;
  for (let shift = 4; byte & 0x80; shift += 7) {
    if (position >= limit) throw truncated();
    byte = pack[position++] as number;
    size += (byte & 0x7f) * 2 ** shift;
  }
  if (kind === OFS_DELTA) {
    if (position >= limit) throw truncated();
    byte = pack[position++] as number;
    let distance = byte & 0x7f;
    while (byte & 0x80) {
      if (position >= limit) throw truncated();
      byte = pack[position++] as number;
      distance = (distance + 1) * 128 + (byte & 0x7f);
    }
    return { type: null, size, dataStart: position, baseOffset: start - distance };
  }
  if (kind === REF_DELTA) {
    if (position + SHA_BYTES > limit) throw truncated();
    const baseOid = pack.toString('hex', position, position + SHA_BYTES);
    return { type: null, size, dataStart: position + SHA_BYTES, baseOid };
  }
  const type = OBJECT_TYPES[kind];
  if (type === undefined) throw new RangeError(`Unknown pack entry type ${kind}`);
  return { type, size, dataStart: position };
}

function truncated(): RangeError {
  return new RangeError('The pack ends inside an entry header');
}

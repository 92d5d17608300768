/**
 * The object a git delta (pack format, "deltified representation") makes of its base: a header of the base's and
 * the result's sizes, then instructions that copy a range of the base or insert the bytes that follow. Throws on a
 * delta that does not fit its base or its own header.
 */
export function applyDelta(delta: Uint8Array, base: Uint8Array): Buffer {
  const header = { position: 0 };
  if (readSize(delta, header) !== base.length)
    throw new RangeError('The delta is for a base of another size');
  const out = Buffer.allocUnsafe(readSize(delta, header));
  let position = header.position;
  let written = 0;
  while (position < delta.length) {
    const instruction = delta[position++] as number;
    let from: Uint8Array;
    if (instruction & 0x80) {
      // Copy: up to four offset bytes and three size bytes follow, each present when its bit is set.
      let offset = 0;
      let length = 0;
      for (let bit = 0; bit < 7; bit += 1) {
        if ((instruction & (1 << bit)) === 0) continue;
        if (position >= delta.length) throw new RangeError('The delta ends inside an instruction');
        const value = (delta[position++] as number) * 2 ** (8 * (bit < 4 ? bit : bit - 4));
        if (bit < 4) offset += value;
        else length += value;
      }
      if (length === 0) length = 0x10000;
      if (offset + length > base.length) throw new RangeError('The delta copies past the end of its base');
      from = base.subarray(offset, offset + length);
    } else if (instruction !== 0) {
      if (position + instruction > delta.length) throw new RangeError('The delta ends inside an insertion');
      from = delta.subarray(position, position + instruction);
      position += instruction;
    } else {
      throw new RangeError('The delta holds a reserved instruction');
    }
    if (written + from.length > out.length) throw new RangeError('The delta makes more than its header says');
    out.set(from, written);
    written += from.length;
  }
  if (written !== out.length) throw new RangeError('The delta makes less than its header says');
  return out;
}

/** A size of the delta's header (little-endian, seven bits a byte), read from `at.position` onwards. */
function readSize(delta: Uint8Array, at: { position: number }): number {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    if (at.position >= delta.length) throw new RangeError('The delta ends inside its header');
    const byte = delta[at.position++] as number;
    value += (byte & 0x7f) * 2 ** shift;
    if ((byte & 0x80) === 0) return value;
  }
}

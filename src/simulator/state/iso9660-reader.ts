/**
 * Reads the root directory of an ISO 9660 image: the volume label and the files in it, with their Rock Ridge or
 * Joliet names when the image has them. Enough for the small answer-file volumes (OEMDRV, CIDATA) installers
 * look for; no subdirectories, no multi-extent files.
 */
export interface IsoVolume {
  readonly label: string;
  readonly files: ReadonlyMap<string, Buffer>;
}

const SECTOR = 2048;

export function isIso9660(image: Buffer): boolean {
  return (
    image.length >= 16 * SECTOR + 6 && image.toString('latin1', 16 * SECTOR + 1, 16 * SECTOR + 6) === 'CD001'
  );
}

interface Record {
  name: string;
  extent: number;
  size: number;
  isDirectory: boolean;
}

function rockRidgeName(image: Buffer, at: number, end: number): string | null {
  let p = at;
  while (p + 4 <= end) {
    const sig = image.toString('latin1', p, p + 2);
    const len = image[p + 2] ?? 0;
    if (len < 4) return null;
    if (sig === 'NM') return image.toString('utf8', p + 5, p + len);
    p += len;
  }
  return null;
}

function readDirectory(image: Buffer, extent: number, size: number, joliet: boolean): Record[] {
  const out: Record[] = [];
  const start = extent * SECTOR;
  let p = start;
  while (p < start + size && p < image.length) {
    const len = image[p] ?? 0;
    if (len === 0) {
      p = start + (Math.floor((p - start) / SECTOR) + 1) * SECTOR;
      continue;
    }
    const nameLen = image[p + 32] ?? 0;
    const rawName = image.subarray(p + 33, p + 33 + nameLen);
    const isSpecial = nameLen === 1 && (rawName[0] === 0 || rawName[0] === 1);
    if (!isSpecial) {
      let name = joliet ? rawName.swap16().toString('utf16le') : rawName.toString('latin1');
      if (joliet) rawName.swap16();
      const su = p + 33 + nameLen + (nameLen % 2 === 0 ? 1 : 0);
      name = (!joliet && rockRidgeName(image, su, p + len)) || name.replace(/;\d+$/, '').replace(/\.$/, '');
      out.push({
        name,
        extent: image.readUInt32LE(p + 2),
        size: image.readUInt32LE(p + 10),
        isDirectory: ((image[p + 25] ?? 0) & 2) !== 0,
      });
    }
    p += len;
  }
  return out;
}

export function readIso9660(image: Buffer): IsoVolume | null {
  if (!isIso9660(image)) return null;
  const pvd = 16 * SECTOR;
  const label = image.toString('latin1', pvd + 40, pvd + 72).trim();
  let rootAt = pvd + 156;
  let joliet = false;
  // A Joliet supplementary descriptor (type 2, UCS-2 escape) gives the long names when there is no Rock Ridge.
  for (let s = 17; s < 32 && (s + 1) * SECTOR <= image.length; s++) {
    const d = s * SECTOR;
    const type = image[d];
    if (type === 255) break;
    if (type === 2 && image.toString('latin1', d + 88, d + 90) === '%/') {
      rootAt = d + 156;
      joliet = true;
    }
  }
  const records = readDirectory(
    image,
    image.readUInt32LE(rootAt + 2),
    image.readUInt32LE(rootAt + 10),
    joliet,
  );
  const hasRockRidge = !joliet && records.some((r) => /[a-z-]/.test(r.name));
  const primary =
    joliet || hasRockRidge
      ? records
      : readDirectory(image, image.readUInt32LE(pvd + 156 + 2), image.readUInt32LE(pvd + 156 + 10), false);
  const files = new Map<string, Buffer>();
  for (const r of primary)
    if (!r.isDirectory && r.extent * SECTOR + r.size <= image.length)
      files.set(r.name, image.subarray(r.extent * SECTOR, r.extent * SECTOR + r.size));
  return { label, files };
}

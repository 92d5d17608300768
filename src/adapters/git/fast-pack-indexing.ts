import * as git from 'isomorphic-git';
import { readIdx } from './idx-offsets.js';
import { indexPack, objectId, type IndexedPack } from './index-pack.js';
import { FAN_OUT, IDX_HEADER, writePackIndex, type PackIndexShape } from './write-pack-index.js';

interface FromPackArgs {
  readonly pack?: unknown;
  readonly getExternalRefDelta?: unknown;
  readonly onProgress?: unknown;
}

interface PackIndex {
  readDepth?: number;
  externalReadDepth?: number;
  readSlice(args: { start: number }): Promise<{ type: string; object: Uint8Array }>;
}

interface FromIdxArgs {
  readonly idx?: unknown;
  readonly getExternalRefDelta?: unknown;
}

interface PackIndexClass {
  new (fields: object): PackIndex;
  fromPack(args: FromPackArgs): Promise<PackIndex>;
  fromIdx(args: FromIdxArgs): Promise<PackIndex | undefined>;
  readonly prototype: { toBuffer(): Promise<Buffer> };
}

type Marked<T> = T & { fast?: true };

let installed: Promise<boolean> | null = null;

/**
 * After a fetch, isomorphic-git indexes the pack it received (`GitPackIndex.fromPack`) and writes the index
 * (`toBuffer`). Its indexing reads the pack through an asynchronous byte reader (an `await` per header byte),
 * keeps objects by offset in a plain object (sparse integer keys), builds each object's header and content into a
 * new buffer to hash it; its writer counts every object again for each of the 256 entries of the fan-out table.
 * Profiles of a clone of 11,000 objects put three quarters of the clone there. This gives isomorphic-git's pack
 * index class a `fromPack` that indexes the pack in one pass (see indexPack; deltas whose base is not
 * at hand are resolved by isomorphic-git's own reader, as its `fromPack` does) and a `toBuffer` that writes the
 * same bytes in one pass. A pack that pass refuses, a call with a progress callback, and an index whose fields are
 * not as expected go to the originals, so a corrupt or truncated pack fails (or not) exactly as before. The class
 * is not exported: it is reached through an index of no objects that isomorphic-git reads from a file system in
 * memory (nothing touches the disk). Installed once per process, before the first fetch (ADR 0023).
 */
export function useFastPackIndexing(): Promise<boolean> {
  installed ??= install().catch(() => false);
  return installed;
}

async function install(): Promise<boolean> {
  const PackIndex = (await packIndexClass()) as PackIndexClass | null;
  // Read as properties, to be called later with the `this` isomorphic-git calls them with.
  const originalFromPack = Reflect.get(PackIndex ?? {}, 'fromPack') as
    Marked<PackIndexClass['fromPack']> | undefined;
  const originalToBuffer = Reflect.get(PackIndex?.prototype ?? {}, 'toBuffer') as
    Marked<(this: PackIndexShape) => Promise<Buffer>> | undefined;
  const originalFromIdx = Reflect.get(PackIndex ?? {}, 'fromIdx') as
    Marked<PackIndexClass['fromIdx']> | undefined;
  if (
    PackIndex === null ||
    typeof originalFromPack !== 'function' ||
    typeof originalFromIdx !== 'function' ||
    typeof originalToBuffer !== 'function'
  ) {
    return false;
  }
  if (originalToBuffer.fast !== true) {
    const toBuffer: Marked<(this: PackIndexShape) => Promise<Buffer>> = function (this: PackIndexShape) {
      const written = writePackIndex(this);
      return written === null ? originalToBuffer.call(this) : Promise.resolve(written);
    };
    toBuffer.fast = true;
    Object.defineProperty(PackIndex.prototype, 'toBuffer', {
      value: toBuffer,
      configurable: true,
      writable: true,
    });
  }
  if (originalFromPack.fast !== true) {
    const fromPack: Marked<PackIndexClass['fromPack']> = async function (this: unknown, args: FromPackArgs) {
      const fallBack = (): Promise<PackIndex> => originalFromPack.call(this, args);
      if (args.onProgress !== undefined || !Buffer.isBuffer(args.pack)) return fallBack();
      let indexed: IndexedPack;
      try {
        indexed = await indexPack(args.pack);
      } catch {
        return fallBack();
      }
      const { packfileSha, hashes, offsets, crcs, unresolved, crcAt } = indexed;
      const index = new PackIndex({
        pack: Promise.resolve(args.pack),
        packfileSha,
        crcs,
        hashes,
        offsets,
        getExternalRefDelta: args.getExternalRefDelta,
      });
      for (const start of unresolved) {
        try {
          index.readDepth = 0;
          index.externalReadDepth = 0;
          const oid = objectId(await index.readSlice({ start }));
          hashes.push(oid);
          offsets.set(oid, start);
          crcs[oid] = crcAt.get(start) as number;
        } catch {
          return fallBack();
        }
      }
      hashes.sort();
      return index;
    };
    fromPack.fast = true;
    Object.defineProperty(PackIndex, 'fromPack', { value: fromPack, configurable: true, writable: true });
  }
  if (originalFromIdx.fast !== true) {
    const fromIdx: Marked<PackIndexClass['fromIdx']> = function (this: unknown, args: FromIdxArgs) {
      const content = Buffer.isBuffer(args.idx) ? readIdx(args.idx) : null;
      if (content === null) return originalFromIdx.call(this, args);
      const { offsets, packfileSha } = content;
      const index = new PackIndex({
        crcs: {},
        offsets,
        packfileSha,
        getExternalRefDelta: args.getExternalRefDelta,
      });
      // The sorted ids, made only if something asks for them (nothing does for an index read from disk).
      Object.defineProperty(index, 'hashes', {
        get: () => offsets.names(),
        configurable: true,
        enumerable: true,
      });
      return Promise.resolve(index);
    };
    fromIdx.fast = true;
    Object.defineProperty(PackIndex, 'fromIdx', { value: fromIdx, configurable: true, writable: true });
  }
  return true;
}

const SHA_BYTES = 20;
/** An idx (version 2) of no objects: header, a fan-out table of zeros, the pack's checksum and its own. */
const EMPTY_INDEX = Buffer.concat([IDX_HEADER, Buffer.alloc(FAN_OUT * 4 + 2 * SHA_BYTES)]);
const GITDIR = 'empty.git';
const PACK_DIR = `${GITDIR}/objects/pack`;
const INDEX_NAME = 'pack-empty.idx';

/** isomorphic-git's pack index class, from the index it makes of EMPTY_INDEX while looking for an object in it. */
async function packIndexClass(): Promise<unknown> {
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
  const index: unknown = await packs?.values().next().value;
  return typeof index === 'object' && index !== null ? (index as { constructor: unknown }).constructor : null;
}

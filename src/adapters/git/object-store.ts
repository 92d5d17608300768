import * as fs from 'node:fs';
import * as git from 'isomorphic-git';
import { FileSystem } from 'isomorphic-git/models';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import { ObjectReadFs } from './object-read-fs.js';
import { PackObjectCache } from './pack-object-cache.js';
import { parseTree, type TreeEntry } from './parse-tree.js';
import { useNativeInflate } from './native-inflate.js';
import { useNativeSha1 } from './native-sha1.js';
import { useFastPackIndexing } from './fast-pack-indexing.js';

export type { TreeEntry } from './parse-tree.js';

export interface RawCommit {
  readonly tree: string;
  /** The parents' SHAs, first parent first (none for a root commit). */
  readonly parent: readonly string[];
  readonly message: string;
  readonly author: RawIdentity;
  readonly committer: RawIdentity;
}

export interface RawIdentity {
  readonly name: string;
  readonly email: string;
  /** Seconds since the epoch. */
  readonly timestamp: number;
  /** Minutes, with the sign of Date#getTimezoneOffset (UTC+1 is -60). */
  readonly timezoneOffset: number;
}

useNativeInflate();
useNativeSha1();

const MAX_TAG_DEPTH = 10;

/**
 * Read access to the objects and refs of one git directory, through isomorphic-git with a shared cache so that
 * reading many objects parses each pack index once and resolves each delta base once (see
 * createPackObjectCache), and a file system that remembers the pack listing and the loose objects (see
 * ObjectReadFs), wrapped once in isomorphic-git's own FileSystem (which it otherwise builds anew at every call).
 */
export class ObjectStore {
  readonly gitdir: string;
  /** Bytes of resolved objects kept (PackObjectCache's default when undefined). */
  readonly #budget: number | undefined;
  /** Parsed packs and resolved objects, shared by every read (see PackObjectCache). */
  #packs: PackObjectCache;
  readonly #listings: ObjectReadFs;
  readonly #readFs: git.PromiseFsClient;

  constructor(gitdir: string, options: { readonly objectBudget?: number } = {}) {
    this.gitdir = gitdir;
    this.#budget = options.objectBudget;
    this.#packs = new PackObjectCache(this.#budget);
    this.#listings = new ObjectReadFs(gitdir);
    // isomorphic-git takes a FileSystem it is given as it is, instead of wrapping (and probing) the client again.
    this.#readFs = new FileSystem(this.#listings) as unknown as git.PromiseFsClient;
  }

  /** Forgets cached packs and listings: call after the repository was made anew (a fresh clone). */
  reset(): void {
    this.#packs = new PackObjectCache(this.#budget);
    this.#listings.reset();
  }

  /** isomorphic-git's `cache` argument: parsed packs, with resolved objects kept. */
  get cache(): object {
    return this.#packs.forGit;
  }

  /**
   * Forgets the pack and loose-object listings but keeps parsed packs and resolved objects: after objects or packs
   * were added (a fetch), and for a repository that other processes write to (a local one) before each lookup of a
   * ref. A pack file never changes (its name is the checksum of its content), so what was parsed of it holds.
   */
  forgetListings(): void {
    this.#listings.reset();
  }

  get fs(): typeof fs {
    return fs;
  }

  async hasObject(oid: string): Promise<boolean> {
    await useFastPackIndexing();
    try {
      await git.readObject({
        fs: this.#readFs,
        gitdir: this.gitdir,
        oid,
        format: 'deflated',
        cache: this.cache,
      });
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw corrupt(error, { oid });
    }
  }

  /** The ref's value without peeling tags, or null when there is no such ref. */
  async readRef(fullRef: string): Promise<string | null> {
    try {
      return await git.resolveRef({ fs, gitdir: this.gitdir, ref: fullRef });
    } catch (error) {
      if (isNotFound(error)) return null;
      throw corrupt(error, { ref: fullRef });
    }
  }

  /** The one object id that starts with `prefix`, or null; GIT_REF_AMBIGUOUS when several do. */
  async expand(prefix: string): Promise<string | null> {
    await useFastPackIndexing();
    try {
      return await git.expandOid({ fs: this.#readFs, gitdir: this.gitdir, oid: prefix, cache: this.cache });
    } catch (error) {
      if (isNotFound(error)) return null;
      if (hasCode(error, 'AmbiguousError')) throw new PhoenixError('GIT_REF_AMBIGUOUS', { ref: prefix });
      throw corrupt(error, { prefix });
    }
  }

  /** Follows annotated tags down to a commit. Throws GIT_NOT_A_COMMIT for a tree or blob. */
  async peelToCommit(oid: string, ref: string): Promise<string> {
    let current = oid;
    for (let depth = 0; depth < MAX_TAG_DEPTH; depth += 1) {
      const type = await this.typeOf(current);
      if (type === 'commit') return current;
      if (type !== 'tag') throw new PhoenixError('GIT_NOT_A_COMMIT', { ref, type });
      await useFastPackIndexing();
      const { tag } = await git.readTag({
        fs: this.#readFs,
        gitdir: this.gitdir,
        oid: current,
        cache: this.cache,
      });
      current = tag.object;
    }
    throw new PhoenixError('GIT_NOT_A_COMMIT', { ref, type: 'tag' });
  }

  async readCommit(oid: string): Promise<RawCommit> {
    await useFastPackIndexing();
    try {
      const { commit } = await git.readCommit({
        fs: this.#readFs,
        gitdir: this.gitdir,
        oid,
        cache: this.cache,
      });
      return commit;
    } catch (error) {
      if (isNotFound(error)) throw new PhoenixError('GIT_REF_NOT_FOUND', { ref: oid });
      if (hasCode(error, 'ObjectTypeError')) throw new PhoenixError('GIT_NOT_A_COMMIT', { ref: oid });
      throw corrupt(error, { oid });
    }
  }

  /** The content of a commit object, byte for byte (signature headers included). */
  async readRawCommit(oid: string): Promise<Uint8Array> {
    await useFastPackIndexing();
    let object: { type: string; object: unknown };
    try {
      // Through the plain file system: a history walk reads commits by SHA, without the ref lookup that makes a
      // local repository's listings fresh.
      object = await git.readObject({ fs, gitdir: this.gitdir, oid, format: 'content', cache: this.cache });
    } catch (error) {
      if (isNotFound(error)) throw new PhoenixError('GIT_REF_NOT_FOUND', { ref: oid });
      throw corrupt(error, { oid });
    }
    if (object.type !== 'commit' || !(object.object instanceof Uint8Array))
      throw new PhoenixError('GIT_NOT_A_COMMIT', { ref: oid, type: object.type });
    // A copy: the bytes of a packed object are shared with the cache of resolved objects.
    return new Uint8Array(object.object);
  }

  async readTree(oid: string): Promise<readonly TreeEntry[]> {
    try {
      // A tree in a pack already loaded is parsed here, in one pass, with isomorphic-git's checks of entry names
      // (see parseTree); anything else goes through isomorphic-git's whole read.
      const packed = await this.#packs.readPacked(oid);
      if (packed?.type === 'tree') return parseTree(packed.object);
      await useFastPackIndexing();
      const { tree } = await git.readTree({ fs: this.#readFs, gitdir: this.gitdir, oid, cache: this.cache });
      return tree;
    } catch (error) {
      throw corrupt(error, { oid });
    }
  }

  async readBlob(oid: string): Promise<Uint8Array> {
    try {
      // Most blobs are in a pack already loaded: read straight from it. Anything else (a loose object, a pack not
      // yet loaded, an object that is not a blob) goes through isomorphic-git's whole read.
      const packed = await this.#packs.readPacked(oid);
      if (packed?.type === 'blob') return new Uint8Array(packed.object);
      await useFastPackIndexing();
      const { blob } = await git.readBlob({ fs: this.#readFs, gitdir: this.gitdir, oid, cache: this.cache });
      return blob;
    } catch (error) {
      throw corrupt(error, { oid });
    }
  }

  private async typeOf(oid: string): Promise<string> {
    await useFastPackIndexing();
    try {
      const { type } = await git.readObject({
        fs: this.#readFs,
        gitdir: this.gitdir,
        oid,
        format: 'content',
        cache: this.cache,
      });
      return type;
    } catch (error) {
      if (isNotFound(error)) throw new PhoenixError('GIT_REF_NOT_FOUND', { ref: oid });
      throw corrupt(error, { oid });
    }
  }
}

export function isNotFound(error: unknown): boolean {
  return hasCode(error, 'NotFoundError') || hasCode(error, 'ENOENT');
}

function hasCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}

function corrupt(error: unknown, details: Record<string, string>): PhoenixError {
  const code = (error as { code?: unknown }).code;
  return new PhoenixError('GIT_REPO_CORRUPT', details, {
    cause: { code: typeof code === 'string' ? code : 'unknown', message: (error as Error).message },
  });
}

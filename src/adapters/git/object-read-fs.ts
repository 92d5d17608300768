import { promises as fsp } from 'node:fs';
import * as path from 'node:path';

/**
 * The file system isomorphic-git reads objects through, with what it asks again for every object remembered: what
 * the git directory is, the listing of `objects/pack` (read once per object otherwise) and, per fan-out folder,
 * which loose objects exist (each object is first looked for as a loose file, which fails with ENOENT for every
 * packed one), found from one listing of `objects` and one of each fan-out folder that exists. Only reads go
 * through it; `reset()` forgets everything and must follow anything that adds objects (a fetch).
 */
export class ObjectReadFs {
  readonly #gitdir: string;
  readonly #objects: string;
  readonly #packDir: string;
  #gitdirStat: ReturnType<typeof fsp.stat> | null = null;
  #packListing: Promise<string[]> | null = null;
  readonly #looseByFolder = new Map<string, Promise<ReadonlySet<string>>>();
  /** The fan-out folders that exist: after `git gc` there are none, and no folder need be listed. */
  #fanOut: Promise<ReadonlySet<string>> | null = null;
  /** The promise-style API isomorphic-git binds to (it takes `promises` when that property is enumerable). */
  readonly promises: typeof fsp;

  constructor(gitdir: string) {
    this.#gitdir = path.resolve(gitdir);
    this.#objects = path.join(this.#gitdir, 'objects');
    this.#packDir = path.join(this.#objects, 'pack');
    const readFile = (async (file: string, options?: unknown) => {
      // isomorphic-git calls readFile() without a path, twice per operation, only to see that it answers with a
      // promise: answered at once, without the error (and its stack trace) a read of no path would build.
      if (typeof file !== 'string') return Promise.reject(NO_PATH);
      const folder = this.#looseFolder(file);
      if (folder !== null && !(await this.#looseIn(folder)).has(path.basename(file))) throw notFound(file);
      return fsp.readFile(file, options as Parameters<typeof fsp.readFile>[1]);
    }) as typeof fsp.readFile;
    const readdir = (async (dir: string, options?: unknown) => {
      if (options === undefined && path.resolve(dir) === this.#packDir) {
        this.#packListing ??= fsp.readdir(this.#packDir).catch((error: unknown) => {
          this.#packListing = null;
          throw error;
        });
        return [...(await this.#packListing)];
      }
      return fsp.readdir(dir, options as Parameters<typeof fsp.readdir>[1]);
    }) as typeof fsp.readdir;
    // Every read first looks at what the git directory is (a folder, or a file naming one).
    const stat = (async (file: string, options?: unknown) => {
      if (options === undefined && path.resolve(file) === this.#gitdir) {
        this.#gitdirStat ??= fsp.stat(this.#gitdir).catch((error: unknown) => {
          this.#gitdirStat = null;
          throw error;
        });
        return this.#gitdirStat;
      }
      return fsp.stat(file, options as Parameters<typeof fsp.stat>[1]);
    }) as typeof fsp.stat;
    this.promises = { ...fsp, readFile, readdir, stat };
  }

  /** Forgets the listings: call after objects were written. */
  reset(): void {
    this.#gitdirStat = null;
    this.#packListing = null;
    this.#looseByFolder.clear();
    this.#fanOut = null;
  }

  /** The fan-out folder (`objects/ab`) of a loose object path, or null for any other file. */
  #looseFolder(file: string): string | null {
    const folder = path.dirname(path.resolve(file));
    if (path.dirname(folder) !== this.#objects) return null;
    return /^[0-9a-f]{2}$/.test(path.basename(folder)) ? folder : null;
  }

  #looseIn(folder: string): Promise<ReadonlySet<string>> {
    let names = this.#looseByFolder.get(folder);
    if (names === undefined) {
      this.#fanOut ??= fsp.readdir(this.#objects).then(
        (list) => new Set(list),
        () => new Set<string>(),
      );
      const fanOut = this.#fanOut;
      names = fanOut.then((folders) =>
        folders.has(path.basename(folder))
          ? fsp.readdir(folder).then(
              (list) => new Set(list),
              () => new Set<string>(),
            )
          : new Set<string>(),
      );
      this.#looseByFolder.set(folder, names);
    }
    return names;
  }
}

const NO_PATH = Object.freeze(new TypeError('readFile needs a path'));

/**
 * The error a read of a missing file gives. isomorphic-git looks for every packed object as a loose file first and
 * drops this answer, so it is built without a stack trace (which would cost more than the lookup itself).
 */
function notFound(file: string): NodeJS.ErrnoException {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let error: NodeJS.ErrnoException;
  try {
    error = new Error(`ENOENT: no such file or directory, open '${file}'`);
  } finally {
    Error.stackTraceLimit = limit;
  }
  error.code = 'ENOENT';
  error.errno = -2;
  error.syscall = 'open';
  error.path = file;
  return error;
}

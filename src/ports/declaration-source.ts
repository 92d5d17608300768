/**
 * A tree of declaration files: a working directory, or a commit read straight from git objects.
 * Paths are relative to the repository root, with forward slashes.
 */
export interface DeclarationSource {
  /** For messages: the directory, or `<url>@<sha>`. */
  readonly description: string;
  /** The commit the files come from; null for a working tree that is not a git commit. */
  readonly revision: string | null;
  /** Every entry under `root` (a repository-relative folder, '' for the root), dot-folders included. */
  list(root: string): Promise<readonly SourceEntry[]>;
  /**
   * What reading made of files, kept by content between the commits one repository opens (the base and the head
   * of a pull request share most files); absent where contents have no identity (a working tree).
   */
  readonly memo?: ContentMemo;
}

/**
 * Values kept by key between reads: a value is kept until a read ends (`settle`) that neither used nor added it,
 * so what is held is at most the files of the last two reads.
 */
export interface ContentMemo {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  /** Ends one read: what it neither used nor added is forgotten at the end of the next. */
  settle(): void;
}

export type SourceEntry =
  | {
      readonly kind: 'file';
      readonly path: string;
      /** Bytes; null when only reading the file tells (a Git blob), so that listing reads nothing. */
      readonly size: number | null;
      /** Identity of the contents (a Git blob id): equal ids, equal bytes; null when unknown. */
      readonly oid?: string | null;
      read(): Promise<Uint8Array>;
    }
  | {
      readonly kind: 'symlink';
      readonly path: string;
      /** The link's target, as stored. */
      readonly target: string;
      /** True when the target resolves outside the repository. */
      readonly escapesRoot: boolean;
      /** For links inside the repository: what the link finally names. */
      resolve(): Promise<LinkTarget>;
    }
  | {
      /** A folder that could not be listed: what it holds is unknown, so nothing may be planned from it. */
      readonly kind: 'unreadable';
      readonly path: string;
      /** The operating system's error code (EACCES, EIO...). */
      readonly reason: string;
    };

/** What a symbolic link inside the repository finally names. */
export type LinkTarget =
  | { readonly kind: 'file'; readonly size: number | null; read(): Promise<Uint8Array> }
  | { readonly kind: 'directory' }
  /** Nothing: the link dangles. */
  | { readonly kind: 'missing' }
  /** The link, or one it passes through, leads back to itself (or through too many links). */
  | { readonly kind: 'loop' }
  /** Something that is neither a regular file nor a folder (a submodule, a device, a socket). */
  | { readonly kind: 'other' };

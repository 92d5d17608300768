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
}

export type SourceEntry =
  | {
      readonly kind: 'file';
      readonly path: string;
      readonly size: number;
      read(): Promise<Uint8Array>;
    }
  | {
      readonly kind: 'symlink';
      readonly path: string;
      /** The link's target, as stored. */
      readonly target: string;
      /** True when the target resolves outside the repository. */
      readonly escapesRoot: boolean;
      /** For links inside the repository: the target read as a file; null when it is not a regular file. */
      resolve(): Promise<{ readonly size: number; read(): Promise<Uint8Array> } | null>;
    };

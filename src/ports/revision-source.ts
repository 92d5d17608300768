import type { DeclarationSource } from './declaration-source.js';

/** A person as recorded in a commit. */
export interface GitIdentity {
  readonly name: string;
  readonly email: string;
  /** ISO 8601 with the offset recorded in the commit, e.g. `2024-03-01T12:00:00+01:00`. */
  readonly date: string;
}

/** Who made a revision and why: recorded in the ledger beside every applied revision. */
export interface CommitProvenance {
  /** The full commit SHA. */
  readonly revision: string;
  readonly author: GitIdentity;
  readonly committer: GitIdentity;
  /** The first paragraph of the commit message, on one line. */
  readonly subject: string;
}

/** The answer of a cheap ref check: where the ref points now, and whether that differs from what was known. */
export interface RefCheck {
  readonly revision: string;
  readonly changed: boolean;
}

export interface FetchOutcome {
  /** False when the local copy already had every branch and tag of the remote (nothing was downloaded). */
  readonly fetched: boolean;
}

/**
 * A Git repository as a source of revisions: a local repository, or a remote one mirrored into a cache.
 * Every method throws a PhoenixError with a GIT_* code; no message or detail ever contains a credential.
 */
export interface RevisionSource {
  /** For messages: the directory, or the URL without credentials. */
  readonly description: string;
  /**
   * The commit SHA a ref names: a branch, a tag (peeled to its commit), `HEAD`, a full ref name, or a full or
   * abbreviated commit SHA. A remote source asks the server where names point (one ref advertisement request)
   * and fetches only when it lacks the commit.
   */
  resolve(ref: string): Promise<string>;
  /**
   * Where a branch or tag points, compared with `knownRevision`. A remote source makes exactly one request
   * (the ref advertisement) and downloads nothing.
   */
  checkRef(ref: string, knownRevision: string | null): Promise<RefCheck>;
  /** Brings the local copy up to date with every branch and tag of the remote; a no-op for a local source. */
  fetch(): Promise<FetchOutcome>;
  /** The files of a commit, read from git objects (no checkout); paths relative to the repository root. */
  open(revision: string): Promise<DeclarationSource>;
  readCommit(revision: string): Promise<CommitProvenance>;
  /** The commit with its signature and the exact bytes it signs, for signature verification. */
  readSignedCommit(revision: string): Promise<SignedCommit>;
}

/** A commit as its signature sees it: read from the raw commit object, not from a parsed one. */
export interface SignedCommit {
  /** The full commit SHA. */
  readonly revision: string;
  readonly parents: readonly string[];
  /** The `gpgsig` header unfolded: an armored OpenPGP or SSH signature; null for an unsigned commit. */
  readonly signature: string | null;
  /** The commit object without its `gpgsig` header: exactly the bytes the signature covers. */
  readonly payload: Uint8Array;
  /** The committer's time, seconds since the epoch: SSH key validity windows are checked at this time. */
  readonly committedAt: number;
}

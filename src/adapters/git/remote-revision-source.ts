import * as fs from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import * as git from 'isomorphic-git';
import http from 'isomorphic-git/http/node';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { Logger } from '../../ports/logger.js';
import type {
  CommitProvenance,
  FetchOutcome,
  RefCheck,
  RevisionSource,
  SignedCommit,
} from '../../ports/revision-source.js';
import type { DeclarationSource } from '../../ports/declaration-source.js';
import { readProvenance } from './commit-provenance.js';
import { openCommitTree } from './commit-tree-source.js';
import { GenerationMemo } from './content-memo.js';
import type { GitCredentials } from './git-credentials.js';
import { toGitError } from './git-failure.js';
import { ObjectStore } from './object-store.js';
import { useFastPackIndexing } from './fast-pack-indexing.js';
import { replayingHttp, type RecordedAdvertisement } from './advertisement-replay.js';
import { advertisedCommit, findAdvertisedRef, listRemoteRefs, type AdvertisedRef } from './remote-refs.js';
import { followAncestry, isFullSha, isShortSha, splitAncestry } from './resolve-local-ref.js';
import { readSignedCommit } from './signed-commit.js';

/** Written into the cache after its first complete fetch; a cache without it is an interrupted clone. */
const MARKER = 'phoenix-source.json';
const REMOTE = 'origin';

/**
 * A remote repository over smart HTTP, mirrored into a bare cache (every branch and tag). Names are resolved
 * against the server's ref advertisement (one request); objects are fetched only when the cache lacks them.
 * Fetches of one instance run one at a time.
 */
export class RemoteRevisionSource implements RevisionSource {
  readonly description: string;
  readonly #url: string;
  readonly #store: ObjectStore;
  readonly #credentials: GitCredentials | null;
  readonly #logger: Logger;
  /** What reading one commit made of its files, for the next commit that holds the same blobs. */
  readonly #memo = new GenerationMemo();
  #ready: Promise<void> | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  /** Each advertisement as the server sent it, for the fetch it leads to (one request less). */
  readonly #sent = new WeakMap<readonly AdvertisedRef[], RecordedAdvertisement>();

  constructor(url: string, gitdir: string, credentials: GitCredentials | null, logger: Logger) {
    this.description = url;
    this.#url = url;
    this.#store = new ObjectStore(gitdir);
    this.#credentials = credentials;
    this.#logger = logger.child({ component: 'git', url });
  }

  /** The commit a revision names: a ref the remote advertises or a SHA, with git's `~N` and `^N` after it. */
  async resolve(revision: string): Promise<string> {
    const { name, hops } = splitAncestry(revision);
    const oid = await this.#resolveName(name);
    return followAncestry(this.#store, oid, hops, revision);
  }

  async #resolveName(ref: string): Promise<string> {
    await this.#ensureCache();
    const store = this.#store;
    if (isFullSha(ref)) {
      const oid = ref.toLowerCase();
      if (!(await store.hasObject(oid))) await this.#fetchAll(null);
      if (!(await store.hasObject(oid))) throw this.#notFound(ref);
      return store.peelToCommit(oid, ref);
    }
    const advertised = await this.#advertise();
    const match = findAdvertisedRef(advertised, ref);
    if (match !== undefined) {
      if (!(await store.hasObject(match.oid))) await this.#fetchAll(advertised);
      return store.peelToCommit(match.oid, ref);
    }
    if (isShortSha(ref)) {
      const prefix = ref.toLowerCase();
      let oid = await store.expand(prefix);
      if (oid === null && (await this.#fetchAll(advertised)).fetched) oid = await store.expand(prefix);
      if (oid !== null) return store.peelToCommit(oid, ref);
    }
    throw this.#notFound(ref);
  }

  async checkRef(ref: string, knownRevision: string | null): Promise<RefCheck> {
    if (isFullSha(ref)) {
      const revision = ref.toLowerCase();
      return { revision, changed: revision !== knownRevision };
    }
    const match = findAdvertisedRef(await this.#advertise(), ref);
    if (match === undefined) throw this.#notFound(ref);
    const revision = advertisedCommit(match);
    return { revision, changed: revision !== knownRevision };
  }

  async fetch(): Promise<FetchOutcome> {
    await this.#ensureCache();
    return this.#fetchAll(null);
  }

  async open(revision: string): Promise<DeclarationSource> {
    return openCommitTree(this.#store, await this.resolve(revision), this.#url, this.#memo);
  }

  async readCommit(revision: string): Promise<CommitProvenance> {
    return readProvenance(this.#store, await this.resolve(revision));
  }

  async readSignedCommit(revision: string): Promise<SignedCommit> {
    // A full SHA the cache has (a parent, in a history walk) is read without asking the server.
    const known = isFullSha(revision) && (await this.#store.hasObject(revision.toLowerCase()));
    return readSignedCommit(this.#store, known ? revision.toLowerCase() : await this.resolve(revision));
  }

  #headers(): Record<string, string> {
    // Sent with the first request, so that a check of a private repository stays one request (no 401 round).
    return this.#credentials === null ? {} : { Authorization: this.#credentials.authorizationHeader() };
  }

  async #advertise(): Promise<readonly AdvertisedRef[]> {
    try {
      let sent: RecordedAdvertisement | undefined;
      const refs = await listRemoteRefs(this.#url, this.#headers(), (advertisement) => {
        sent = advertisement;
      });
      if (sent !== undefined) this.#sent.set(refs, sent);
      return refs;
    } catch (error) {
      throw this.#failure(error, 'ref-check');
    }
  }

  #fetchAll(advertised: readonly AdvertisedRef[] | null): Promise<FetchOutcome> {
    const run = this.#queue.then(() => this.#fetchNow(advertised));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #fetchNow(known: readonly AdvertisedRef[] | null): Promise<FetchOutcome> {
    const advertised = known ?? (await this.#advertise());
    const wanted = advertised.filter(
      (entry) => entry.ref.startsWith('refs/heads/') || entry.ref.startsWith('refs/tags/'),
    );
    const anchor = wanted[0];
    if (anchor === undefined || (await this.#isUpToDate(wanted))) return { fetched: false };
    this.#logger.debug({ refs: wanted.length }, 'Fetching the Git repository');
    await useFastPackIndexing();
    try {
      const sent = this.#sent.get(advertised);
      await git.fetch({
        fs,
        // The advertisement the decision to fetch was made on answers isomorphic-git's own first request.
        http: sent === undefined ? http : replayingHttp(sent),
        gitdir: this.#store.gitdir,
        url: this.#url,
        remote: REMOTE,
        remoteRef: anchor.ref,
        singleBranch: false,
        tags: true,
        prune: true,
        pruneTags: true,
        headers: this.#headers(),
        cache: this.#store.cache,
      });
    } catch (error) {
      throw this.#failure(error, 'fetch');
    } finally {
      // The fetch added a pack: the listings are out of date. The packs parsed before stay as they were, so a read
      // after a fetch of one commit does not parse the index of the whole history again.
      this.#store.forgetListings();
    }
    await this.#writeMarker();
    this.#logger.info({ refs: wanted.length }, 'Fetched the Git repository');
    return { fetched: true };
  }

  /** True when every advertised branch and tag already has its object and its ref in the cache. */
  async #isUpToDate(wanted: readonly AdvertisedRef[]): Promise<boolean> {
    for (const entry of wanted) {
      const local = entry.ref.startsWith('refs/heads/')
        ? `refs/remotes/${REMOTE}/${entry.ref.slice('refs/heads/'.length)}`
        : entry.ref;
      if ((await this.#store.readRef(local)) !== entry.oid) return false;
      if (!(await this.#store.hasObject(entry.oid))) return false;
    }
    return true;
  }

  /** Creates the bare cache once per instance; a cache left by an interrupted clone starts over. */
  #ensureCache(): Promise<void> {
    this.#ready ??= this.#prepareCache().catch((error: unknown) => {
      this.#ready = null;
      throw error;
    });
    return this.#ready;
  }

  async #prepareCache(): Promise<void> {
    const gitdir = this.#store.gitdir;
    const marker = await readFile(path.join(gitdir, MARKER), 'utf8').catch(() => null);
    if (marker !== null && (JSON.parse(marker) as { url?: unknown }).url === this.#url) return;
    try {
      await rm(gitdir, { recursive: true, force: true });
      await mkdir(gitdir, { recursive: true });
      await git.init({ fs, gitdir, bare: true, defaultBranch: 'main' });
      await git.addRemote({ fs, gitdir, remote: REMOTE, url: this.#url });
      this.#store.reset();
    } catch (error) {
      throw new PhoenixError(
        'GIT_CACHE_UNWRITABLE',
        { url: this.#url, cache: gitdir },
        { cause: { code: (error as NodeJS.ErrnoException).code ?? 'unknown' } },
      );
    }
  }

  async #writeMarker(): Promise<void> {
    const file = path.join(this.#store.gitdir, MARKER);
    await writeFile(`${file}.tmp`, `${JSON.stringify({ url: this.#url })}\n`);
    await fs.promises.rename(`${file}.tmp`, file);
  }

  #notFound(ref: string): PhoenixError {
    return new PhoenixError('GIT_REF_NOT_FOUND', { url: this.#url, ref });
  }

  #failure(error: unknown, operation: 'ref-check' | 'fetch'): PhoenixError {
    const failure = toGitError(error, { url: this.#url, credentials: this.#credentials, operation });
    this.#logger.warn({ code: failure.code, ...failure.details }, 'A Git operation failed');
    return failure;
  }
}

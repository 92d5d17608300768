import * as git from 'isomorphic-git';
import http from 'isomorphic-git/http/node';
import { recordingHttp, type RecordedAdvertisement } from './advertisement-replay.js';
import { candidateRefNames, isValidRefName } from './resolve-local-ref.js';

/** One ref of the server's advertisement. */
export interface AdvertisedRef {
  readonly ref: string;
  /** What the ref points at: a commit, or a tag object for an annotated tag. */
  readonly oid: string;
  /** The commit an annotated tag points at. */
  readonly peeled?: string;
}

/**
 * The server's refs, from exactly one request: the protocol v1 ref advertisement
 * (`GET <url>/info/refs?service=git-upload-pack`). Protocol v2 would need a second request (ls-refs). `record`,
 * when given, gets the advertisement as sent, for a fetch that follows to use instead of asking again.
 */
export async function listRemoteRefs(
  url: string,
  headers: Readonly<Record<string, string>>,
  record?: (advertisement: RecordedAdvertisement) => void,
): Promise<readonly AdvertisedRef[]> {
  const refs = await git.listServerRefs({
    http: record === undefined ? http : recordingHttp(record),
    url,
    headers: { ...headers },
    protocolVersion: 1,
    symrefs: true,
    peelTags: true,
  });
  return refs.map((entry) => ({
    ref: entry.ref,
    oid: entry.oid,
    ...(entry.peeled === undefined ? {} : { peeled: entry.peeled }),
  }));
}

/** The advertised ref a name means, in git's order: exact, refs/<name>, tag, branch. */
export function findAdvertisedRef(refs: readonly AdvertisedRef[], name: string): AdvertisedRef | undefined {
  if (!isValidRefName(name)) return undefined;
  const byName = new Map(refs.map((entry) => [entry.ref, entry]));
  for (const candidate of candidateRefNames(name)) {
    const found = byName.get(candidate);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The commit an advertised ref designates (annotated tags peeled). */
export function advertisedCommit(entry: AdvertisedRef): string {
  return entry.peeled ?? entry.oid;
}

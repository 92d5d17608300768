import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { ObjectStore } from './object-store.js';

const FULL_SHA = /^[0-9a-f]{40}$/i;
const SHORT_SHA = /^[0-9a-f]{4,39}$/i;

export function isFullSha(ref: string): boolean {
  return FULL_SHA.test(ref);
}

export function isShortSha(ref: string): boolean {
  return SHORT_SHA.test(ref);
}

/**
 * True for a name git would accept as a ref (check-ref-format, loosely): no `..`, no control characters, none of
 * `~^:?*[\` or spaces, no leading or trailing slash, no `@{`, not ending in `.lock`.
 */
export function isValidRefName(ref: string): boolean {
  return (
    ref !== '' &&
    ref !== '@' &&
    !ref.includes('..') &&
    !ref.includes('@{') &&
    !ref.includes('//') &&
    !hasForbiddenCharacter(ref) &&
    !ref.startsWith('/') &&
    !ref.endsWith('/') &&
    !ref.endsWith('.lock') &&
    !ref.endsWith('.')
  );
}

/** The full ref names a short name may mean, in git's order (git rev-parse). */
export function candidateRefNames(ref: string): readonly string[] {
  if (ref === 'HEAD' || ref.startsWith('refs/')) return [ref];
  return [
    `refs/${ref}`,
    `refs/tags/${ref}`,
    `refs/heads/${ref}`,
    `refs/remotes/${ref}`,
    `refs/remotes/${ref}/HEAD`,
  ];
}

/** One step from a commit to an ancestor: `~N` follows first parents N times, `^N` takes the Nth parent. */
export interface AncestryHop {
  readonly kind: '~' | '^';
  readonly count: number;
}

const HOPS = /((?:[~^]\d*)+)$/;

/**
 * Splits git's ancestry suffixes off a revision (`HEAD~2`, `main^2`, `origin/main~1^`, `abc1234^`): the name to
 * resolve and the hops to take from it. A revision without suffixes has no hops.
 */
export function splitAncestry(revision: string): {
  readonly name: string;
  readonly hops: readonly AncestryHop[];
} {
  const match = HOPS.exec(revision);
  if (match === null || match.index === 0) return { name: revision, hops: [] };
  const hops = [...(match[1] ?? '').matchAll(/([~^])(\d*)/g)].map((m) => ({
    kind: m[1] as '~' | '^',
    count: m[2] === '' || m[2] === undefined ? 1 : Number(m[2]),
  }));
  return { name: revision.slice(0, match.index), hops };
}

/** The commit `hops` lead to from `oid`; GIT_REF_NOT_FOUND names `revision` when a parent does not exist. */
export async function followAncestry(
  store: ObjectStore,
  oid: string,
  hops: readonly AncestryHop[],
  revision: string,
): Promise<string> {
  let current = oid;
  for (const hop of hops) {
    if (hop.kind === '^') {
      if (hop.count === 0) continue;
      const parent = (await store.readCommit(current)).parent[hop.count - 1];
      if (parent === undefined) throw new PhoenixError('GIT_REF_NOT_FOUND', { ref: revision });
      current = parent;
      continue;
    }
    for (let step = 0; step < hop.count; step++) {
      const parent = (await store.readCommit(current)).parent[0];
      if (parent === undefined) throw new PhoenixError('GIT_REF_NOT_FOUND', { ref: revision });
      current = parent;
    }
  }
  return current;
}

/**
 * The commit a ref names in a git directory, without any network: a full SHA, a ref name (see
 * candidateRefNames), or an abbreviated SHA, each optionally followed by git's `~N` and `^N`. Tags are peeled.
 * Null when nothing matches.
 */
export async function resolveLocalRef(store: ObjectStore, revision: string): Promise<string | null> {
  const { name, hops } = splitAncestry(revision);
  const oid = await resolveLocalName(store, name, candidateRefNames(name));
  return oid === null ? null : followAncestry(store, oid, hops, revision);
}

async function resolveLocalName(
  store: ObjectStore,
  ref: string,
  refNames: readonly string[],
): Promise<string | null> {
  if (isFullSha(ref)) {
    const oid = ref.toLowerCase();
    return (await store.hasObject(oid)) ? store.peelToCommit(oid, ref) : null;
  }
  if (isValidRefName(ref)) {
    for (const name of refNames) {
      const oid = await store.readRef(name);
      if (oid !== null) return store.peelToCommit(oid, ref);
    }
  }
  if (isShortSha(ref)) {
    const oid = await store.expand(ref.toLowerCase());
    if (oid !== null) return store.peelToCommit(oid, ref);
  }
  return null;
}

function hasForbiddenCharacter(ref: string): boolean {
  for (const character of ref) {
    const code = character.charCodeAt(0);
    if (code <= 0x20 || code === 0x7f || '~^:?*[\\'.includes(character)) return true;
  }
  return false;
}

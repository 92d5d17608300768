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

/**
 * The commit a ref names in a git directory, without any network: a full SHA, a ref name (see
 * candidateRefNames), or an abbreviated SHA. Tags are peeled. Null when nothing matches.
 */
export async function resolveLocalRef(
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

import { createHash } from 'node:crypto';
import type { DeclarationSource } from '../../../ports/declaration-source.js';

/**
 * The revision of a working tree that is not a commit: sha1 over every file's path and bytes, in path order.
 * Forty hex characters like a commit SHA, stable for the same contents, different for any change, so plans,
 * stamps and the ledger can name what they were built from.
 */
export async function contentRevision(source: DeclarationSource, root: string): Promise<string> {
  const entries = [...(await source.list(root))].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
  const hash = createHash('sha1');
  for (const entry of entries) {
    if (entry.kind !== 'file' || !/\.ya?ml$/i.test(entry.path)) continue;
    hash
      .update(entry.path)
      .update('\0')
      .update(await entry.read())
      .update('\0');
  }
  return hash.digest('hex');
}

import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { SignedCommit } from '../../ports/revision-source.js';
import type { ObjectStore } from './object-store.js';

/** The header that holds a commit's signature (OpenPGP, SSH or X.509 alike) in a SHA-1 repository. */
const SIGNATURE_HEADER = 'gpgsig';

/**
 * The commit at `revision` read from its raw object: isomorphic-git's parsed commit drops only OpenPGP
 * signatures from its payload, so the signature header is split off here as git itself does
 * (`parse_signed_commit`): the header and its continuation lines are removed from the payload, and its value is
 * unfolded (the leading space of each continuation line dropped).
 */
export async function readSignedCommit(store: ObjectStore, revision: string): Promise<SignedCommit> {
  return splitSignedCommit(revision, await store.readRawCommit(revision));
}

/** Splits a raw commit object into its signature and the bytes the signature covers. */
export function splitSignedCommit(revision: string, raw: Uint8Array): SignedCommit {
  // latin1 maps every byte to one character and back, so the payload keeps the exact bytes of the object.
  const text = Buffer.from(raw).toString('latin1');
  const end = text.indexOf('\n\n');
  const headerText = end === -1 ? text : text.slice(0, end + 1);
  const body = end === -1 ? '' : text.slice(end + 1);
  const kept: string[] = [];
  const signature: string[] = [];
  const parents: string[] = [];
  let committedAt: number | null = null;
  let inSignature = false;
  for (const line of headerText.split(/(?<=\n)/)) {
    if (line.startsWith(' ') && inSignature) {
      signature.push(line.slice(1));
      continue;
    }
    inSignature = line.startsWith(`${SIGNATURE_HEADER} `);
    if (inSignature) {
      signature.push(line.slice(SIGNATURE_HEADER.length + 1));
      continue;
    }
    kept.push(line);
    if (line.startsWith('parent ')) parents.push(line.slice('parent '.length).trim());
    if (line.startsWith('committer ')) committedAt = committerTime(line);
  }
  if (committedAt === null)
    throw new PhoenixError('GIT_REPO_CORRUPT', { oid: revision, problem: 'no committer' });
  return {
    revision,
    parents,
    signature: signature.length === 0 ? null : signature.join(''),
    payload: Buffer.from(kept.join('') + body, 'latin1'),
    committedAt,
  };
}

/** `committer Name <email> 1704067260 +0000`: the seconds field. */
function committerTime(line: string): number | null {
  const match = /> (\d+) [+-]\d{4}\s*$/.exec(line);
  return match === null ? null : Number(match[1]);
}

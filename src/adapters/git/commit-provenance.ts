import type { CommitProvenance, GitIdentity } from '../../ports/revision-source.js';
import type { ObjectStore, RawIdentity } from './object-store.js';

/** Author, committer and subject of a commit, as plain JSON values for the ledger. */
export async function readProvenance(store: ObjectStore, revision: string): Promise<CommitProvenance> {
  const commit = await store.readCommit(revision);
  return {
    revision,
    author: toIdentity(commit.author),
    committer: toIdentity(commit.committer),
    subject: subjectOf(commit.message),
  };
}

/** Git's subject: the first paragraph of the message, its lines joined by spaces. */
export function subjectOf(message: string): string {
  const paragraph = message.replace(/^\s+/, '').split(/\r?\n\s*\r?\n/, 1)[0] ?? '';
  return paragraph
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
}

function toIdentity(raw: RawIdentity): GitIdentity {
  return { name: raw.name, email: raw.email, date: isoWithOffset(raw.timestamp, raw.timezoneOffset) };
}

/** `2024-03-01T12:00:00+01:00`: the wall-clock time and offset the commit recorded. */
export function isoWithOffset(timestamp: number, timezoneOffset: number): string {
  const offsetMinutes = -timezoneOffset;
  const local = new Date((timestamp + offsetMinutes * 60) * 1000).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  const hours = String(Math.floor(absolute / 60)).padStart(2, '0');
  const minutes = String(absolute % 60).padStart(2, '0');
  return `${local}${sign}${hours}:${minutes}`;
}

/**
 * The stamp Phoenix writes into the description of every profile it creates, one line:
 * `phoenix:v1 site=<site> node=<name> spec=<hash16> rev=<sha12> gen=<n>`.
 * It is how Phoenix recognises what it owns, which spec a node runs and which commit built it.
 */
export interface Stamp {
  readonly site: string;
  readonly node: string;
  /** First 16 hex characters of the node's spec hash. */
  readonly spec: string;
  /** First 12 hex characters of the revision that composed it. */
  readonly rev: string;
  /** Generation: 1 for the first instance of a node, +1 for each replacement or heal. */
  readonly gen: number;
}

const STAMP_LINE =
  /^phoenix:v1 site=([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?) node=([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?) spec=([0-9a-f]{16}) rev=([0-9a-f]{12}) gen=([1-9][0-9]{0,8})$/;

export function formatStamp(stamp: Stamp): string {
  return `phoenix:v1 site=${stamp.site} node=${stamp.node} spec=${stamp.spec} rev=${stamp.rev} gen=${stamp.gen}`;
}

/** Finds the stamp line in a profile description; null when there is none or it is malformed. */
export function parseStamp(description: string | null | undefined): Stamp | null {
  if (!description) return null;
  for (const line of description.split(/\r?\n/)) {
    const match = STAMP_LINE.exec(line.trim());
    if (match) {
      return {
        site: match[1]!,
        node: match[3]!,
        spec: match[5]!,
        rev: match[6]!,
        gen: Number(match[7]),
      };
    }
  }
  return null;
}

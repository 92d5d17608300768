/**
 * The stamp Phoenix writes into the description of every profile template it creates, one line:
 * `phoenix:v1 site=<site> template=<name> spec=<hash16> rev=<sha12>`. Phoenix never touches a template without it.
 */
export interface TemplateStamp {
  readonly site: string;
  readonly template: string;
  /** First 16 hex characters of the template's content hash. */
  readonly spec: string;
  /** First 12 hex characters of the revision that wrote it. */
  readonly rev: string;
}

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const STAMP_LINE = new RegExp(
  `^phoenix:v1 site=(${LABEL}) template=(${LABEL}) spec=([0-9a-f]{16}) rev=([0-9a-f]{12})$`,
);

export function formatTemplateStamp(stamp: TemplateStamp): string {
  return `phoenix:v1 site=${stamp.site} template=${stamp.template} spec=${stamp.spec} rev=${stamp.rev}`;
}

/** Finds the stamp line in a template description; null when there is none or it is malformed. */
export function parseTemplateStamp(description: string | null | undefined): TemplateStamp | null {
  if (!description) return null;
  for (const line of description.split(/\r?\n/)) {
    const match = STAMP_LINE.exec(line.trim());
    if (match) return { site: match[1]!, template: match[2]!, spec: match[3]!, rev: match[4]! };
  }
  return null;
}

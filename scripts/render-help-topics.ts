import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

export const HELP_TOPICS_FILE = fileURLToPath(new URL('../src/cli/views/help-topics.ts', import.meta.url));

/** `phoenix help <topic>`: each topic is a page of docs/, compiled into the CLI so that it ships with it. */
const TOPICS: readonly (readonly [name: string, page: string, summary: string])[] = [
  ['environment', 'docs/reference/environment.md', 'every environment variable Phoenix reads'],
  ['declarations', 'docs/reference/declarations.md', 'the declaration format: kinds, fields, merging'],
  ['troubleshooting', 'docs/guides/troubleshooting.md', 'TLS and CA, Consul unreachable, locks, stale plans'],
  ['operations', 'docs/guides/operations.md', 'running the sync daemon: passes, API, metrics'],
  ['pr-checks', 'docs/guides/pr-checks.md', 'plans on pull and merge requests, GitHub Action, GitLab CI'],
  ['install', 'docs/guides/install.md', 'npm, the container image, systemd and Kubernetes'],
  ['security', 'docs/guides/security.md', 'secrets, TLS, tokens and what Phoenix never logs'],
];

/** Markdown links to other pages mean nothing in a terminal: `[text](page.md)` becomes `text`. */
function forTerminal(markdown: string): string {
  return markdown
    .replace(/^<!--.*?-->\n+/s, '')
    .replace(/!\[[^\]]*\]\([^)]*\)\n?/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');
}

/** src/cli/views/help-topics.ts, generated from the pages of docs/ that TOPICS names. */
export async function renderHelpTopics(): Promise<string> {
  const root = new URL('../', import.meta.url);
  const entries = TOPICS.map(([name, page, summary]) => {
    const text = forTerminal(readFileSync(new URL(page, root), 'utf8'));
    return `  ${JSON.stringify(name)}: {\n    summary: ${JSON.stringify(summary)},\n    page: ${JSON.stringify(page)},\n    text: ${JSON.stringify(text)},\n  },`;
  });
  const source = [
    '// Generated from docs/ by `npm run generate` (scripts/render-help-topics.ts). Do not edit; a test fails when it',
    '// is stale.',
    '',
    '/** The topics of `phoenix help <topic>`: pages of the documentation, shipped with the CLI. */',
    'export const HELP_TOPICS: Readonly<',
    '  Record<string, { readonly summary: string; readonly page: string; readonly text: string }>',
    '> = {',
    ...entries,
    '};',
    '',
  ].join('\n');
  const options = (await resolveConfig(HELP_TOPICS_FILE)) ?? {};
  return format(source, { ...options, filepath: HELP_TOPICS_FILE });
}

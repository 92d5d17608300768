import { fileURLToPath } from 'node:url';
import { errorCatalog } from '../src/core/errors/error-catalog.js';

export const ERRORS_REFERENCE_FILE = fileURLToPath(new URL('../docs/reference/errors.md', import.meta.url));

export const ERROR_AREAS: readonly (readonly [string, string])[] = [
  ['CLI_', 'Command line'],
  ['DECL_', 'Declarations'],
  ['GIT_', 'Git'],
  ['SIGN_', 'Commit signatures'],
  ['ONEVIEW_', 'OneView'],
  ['PLAN_', 'Reconcile plan'],
  ['APPLY_', 'Apply'],
  ['VERIFY_', 'Verify'],
  ['LEDGER_', 'Ledger'],
  ['LEASE_', 'Leadership'],
  ['DAEMON_', 'Sync daemon'],
  ['REVIEW_', 'Pull-request comments'],
  ['SIM_', 'Simulator'],
  ['INTERNAL_', 'Internal'],
];

/** docs/reference/errors.md, generated from src/core/errors/error-catalog.ts. */
export function renderErrorsReference(): string {
  const codes = Object.keys(errorCatalog).sort() as (keyof typeof errorCatalog)[];
  const out: string[] = [
    '<!-- Generated from src/core/errors/error-catalog.ts by `npm run generate`. Do not edit; a test fails when it is stale. -->',
    '',
    '# Error codes',
    '',
    'Every error Phoenix raises and every diagnostic it reports has a stable code. Callers and scripts branch on the',
    'code, never on the message. Retry class `transient` means trying again later may succeed; `terminal` means it',
    'will not until something changes.',
    '',
  ];
  const areaOf = (code: string): string =>
    ERROR_AREAS.find(([prefix]) => code.startsWith(prefix))?.[1] ?? 'Other';
  // Areas in the order of the pipeline, as ERROR_AREAS lists them; a code of no known area is listed last.
  const areas = [...ERROR_AREAS.map(([, area]) => area), 'Other'].filter((area) =>
    codes.some((c) => areaOf(c) === area),
  );
  for (const area of areas) {
    out.push(`## ${area}`, '');
    for (const code of codes.filter((c) => areaOf(c) === area)) {
      const spec = errorCatalog[code];
      out.push(
        `### ${code}`,
        '',
        spec.message,
        '',
        `- Retry: ${spec.retry}`,
        `- Exit code: ${spec.exitCode}`,
        `- What to do: ${spec.hint}`,
        '',
      );
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

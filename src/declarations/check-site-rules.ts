import { cronProblem, isKnownTimeZone } from './cron-expression.js';
import type { DiagnosticList } from './diagnostic-list.js';
import { isMap, type Plain } from './merge-layers.js';
import type { ParsedDocument } from './parse-yaml-documents.js';
import { formatYamlPath } from './yaml-path.js';

const SKIP_VERIFY_PATH = ['spec', 'oneview', 'tls', 'insecureSkipVerify'];

/** A Site that asks to turn TLS verification off is told that only the environment can (a warning). */
export function checkSiteTls(
  spec: { readonly [key: string]: Plain },
  document: ParsedDocument,
  diagnostics: DiagnosticList,
): void {
  const oneview = spec['oneview'];
  const tls = isMap(oneview) ? oneview['tls'] : undefined;
  if (!isMap(tls) || tls['insecureSkipVerify'] !== true) return;
  diagnostics.warning(
    'DECL_IGNORED_SETTING',
    'tls.insecureSkipVerify has no effect: a commit cannot weaken TLS. Set OV_INSECURE_SKIP_VERIFY=true where Phoenix runs if you really mean it.',
    document.locate(SKIP_VERIFY_PATH),
    formatYamlPath(SKIP_VERIFY_PATH),
  );
}

/**
 * A Site's maintenance windows must be able to open: a cron expression out of range or a time zone the runtime
 * does not know is an error here, not a pass that fails later in the daemon. Returns false when it found one.
 */
export function checkMaintenanceWindows(
  spec: { readonly [key: string]: Plain },
  document: ParsedDocument,
  diagnostics: DiagnosticList,
): boolean {
  const windows = spec['maintenanceWindows'];
  if (!Array.isArray(windows)) return true;
  let sound = true;
  (windows as readonly Plain[]).forEach((window, index) => {
    if (!isMap(window)) return;
    const cron = window['cron'];
    // A malformed expression (not five fields) is the schema's finding; this one judges the values.
    if (typeof cron === 'string' && /^\S+( \S+){4}$/.test(cron)) {
      const problem = cronProblem(cron);
      if (problem !== null) {
        sound = false;
        const path = ['spec', 'maintenanceWindows', index, 'cron'];
        diagnostics.error(
          'DECL_INVALID_SCHEDULE',
          `The cron expression "${cron}" can never open a window: ${problem}.`,
          document.locate(path),
          formatYamlPath(path),
        );
      }
    }
    const zone = window['timezone'];
    if (typeof zone === 'string' && !isKnownTimeZone(zone)) {
      sound = false;
      const path = ['spec', 'maintenanceWindows', index, 'timezone'];
      diagnostics.error(
        'DECL_INVALID_SCHEDULE',
        `The time zone "${zone}" is not a known IANA time zone (such as Europe/London or UTC).`,
        document.locate(path),
        formatYamlPath(path),
      );
    }
  });
  return sound;
}

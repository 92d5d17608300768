import { openWorkingTree } from '../../adapters/working-tree/working-tree-source.js';
import { loadDesiredState } from '../../declarations/load-desired-state.js';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { CliContext } from '../commands/index.js';
import type { ValidateOptions } from '../commands/validate.js';
import { isGitRevision, openGitSource } from '../runtime/revisions/read-revision.js';
import {
  DIAGNOSTICS_FORMATS,
  isDiagnosticsFormat,
  renderValidationReport,
} from '../views/diagnostics-view.js';

/** `phoenix validate`: reads the declarations and reports every problem at once; exit 0 when valid, 1 when not. */
export async function runValidate(
  options: ValidateOptions,
  { globals, logger, stdout }: CliContext,
  setExitCode: (code: number) => void,
): Promise<void> {
  const format = options.format ?? (globals.json ? 'json' : 'text');
  if (!isDiagnosticsFormat(format)) {
    throw new PhoenixError('CLI_INVALID_OPTION', {
      option: '--format',
      allowed: DIAGNOSTICS_FORMATS,
    });
  }
  const source = isGitRevision(options)
    ? await (
        await openGitSource(options.repo, { stateDir: globals.stateDir, logger, env: process.env })
      ).open(options.ref ?? 'HEAD')
    : await openWorkingTree(options.repo);
  const root = options.path ?? '';
  const result = await loadDesiredState(source, root);
  const desired = result.desired;
  const report = {
    valid: desired !== null,
    root: root === '' ? '.' : root,
    files: result.files,
    summary:
      desired === null
        ? null
        : {
            site: desired.site.name,
            plans: desired.plans.length,
            templates: desired.templates.length,
            pools: desired.pools.length,
            nodes: desired.nodes.length,
          },
    diagnostics: result.diagnostics,
  };
  stdout.write(renderValidationReport(report, format));
  setExitCode(desired === null ? 1 : 0);
}

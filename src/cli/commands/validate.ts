import type { Command } from 'commander';
import { openWorkingTree } from '../../adapters/working-tree/working-tree-source.js';
import { isGitRevision, openGitSource } from '../runtime/revisions/read-revision.js';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import { loadDesiredState } from '../../declarations/load-desired-state.js';
import {
  DIAGNOSTICS_FORMATS,
  isDiagnosticsFormat,
  renderValidationReport,
} from '../views/diagnostics-view.js';
import type { RegisterCommand } from './index.js';

interface ValidateOptions {
  readonly repo: string;
  readonly ref?: string;
  readonly path?: string;
  readonly format?: string;
}

/** `phoenix validate`: every problem in the declarations at once; exit 0 when valid, 1 when not. */
export const registerValidate: RegisterCommand = (program: Command, context, setExitCode) => {
  program
    .command('validate')
    .description('check the declarations of a repository and report every problem at once')
    .option('--repo <dir|url>', 'repository: a working tree, a local repository or a URL', '.')
    .option('--ref <ref>', 'branch, tag or commit SHA to read (default: the working tree, or HEAD of a URL)')
    .option('--path <subdir>', 'declarations root inside the repository')
    .option(
      '--format <format>',
      `output format: ${DIAGNOSTICS_FORMATS.join(', ')} (default text; json with --json)`,
    )
    .action(async (options: ValidateOptions) => {
      const { globals, logger, stdout } = context();
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
    });
};

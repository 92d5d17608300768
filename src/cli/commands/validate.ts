import type { Command } from 'commander';
import { DIAGNOSTICS_FORMATS } from '../views/diagnostics-view.js';
import type { RegisterCommand } from './index.js';

export interface ValidateOptions {
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
      const { runValidate } = await import('../actions/validate.js');
      await runValidate(options, context(), setExitCode);
    });
};

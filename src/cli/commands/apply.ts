import type { Command } from 'commander';
import type { CommitPolicyFlags } from '../runtime/revisions/commit-policy-options.js';
import type { RegisterCommand } from './index.js';
import {
  ALLOWED_SIGNERS_OPTION,
  TARGET_OPTION,
  TRUSTED_KEYS_OPTION,
  VERIFY_COMMITS_OPTION,
} from './option-values.js';

export interface ApplyCommandOptions extends CommitPolicyFlags {
  readonly repo?: string;
  readonly ref?: string;
  readonly path?: string;
  readonly plan?: string;
  readonly autoApprove?: boolean;
  readonly allowDeletions?: boolean;
  readonly parallelism?: string;
  readonly target?: string[];
}

/** `phoenix apply`: plan, approve, apply, record. */
export const registerApply: RegisterCommand = (program: Command, context, setExitCode) => {
  program
    .command('apply')
    .description('apply the declarations to the appliance (shows the plan and asks first)')
    .option('--repo <dir|url>', 'repository: a working tree, a local repository or a URL (default: .)')
    .option('--ref <ref>', 'branch, tag or commit SHA to apply (default: the working tree, or HEAD of a URL)')
    .option('--path <subdir>', 'declarations root inside the repository')
    .option(
      '--plan <file>',
      'apply a plan saved by phoenix plan --out (refused when stale); reads no repository unless --repo or --ref is given',
    )
    .option('--auto-approve', 'apply without asking')
    .option('--allow-deletions', 'delete nodes that are no longer declared')
    .option('--parallelism <n>', 'cap of concurrent OneView operations')
    .option(...VERIFY_COMMITS_OPTION)
    .option(...ALLOWED_SIGNERS_OPTION)
    .option(...TRUSTED_KEYS_OPTION)
    .option(...TARGET_OPTION)
    .action(async (options: ApplyCommandOptions) => {
      const { runApply } = await import('../actions/apply.js');
      await runApply(options, context(), setExitCode);
    });
};

import type { Command } from 'commander';
import type { CommitPolicyFlags } from '../runtime/revisions/commit-policy-options.js';
import type { RegisterCommand } from './index.js';
import { ALLOWED_SIGNERS_OPTION, TRUSTED_KEYS_OPTION, VERIFY_COMMITS_OPTION } from './option-values.js';

export interface RollbackOptions extends CommitPolicyFlags {
  readonly repo: string;
  readonly path?: string;
  readonly autoApprove?: boolean;
  readonly allowDeletions?: boolean;
  readonly parallelism?: string;
}

/**
 * `phoenix rollback SHA`: an apply of the declarations of an older commit, read from Git objects (the work tree
 * is never touched), shown as a plan first and recorded in the ledger as a rollback.
 */
export const registerRollback: RegisterCommand = (program: Command, context, setExitCode) => {
  program
    .command('rollback')
    .description('apply the declarations of an older commit (shows the plan and asks first)')
    .argument('<revision>', 'commit SHA (full or abbreviated), tag or branch to go back to')
    .option('--repo <dir|url>', 'repository: a local repository or a URL', '.')
    .option('--path <subdir>', 'declarations root inside the repository')
    .option('--auto-approve', 'apply without asking')
    .option('--allow-deletions', 'delete nodes that the older commit does not declare')
    .option('--parallelism <n>', 'cap of concurrent OneView operations')
    .option(...VERIFY_COMMITS_OPTION)
    .option(...ALLOWED_SIGNERS_OPTION)
    .option(...TRUSTED_KEYS_OPTION)
    .action(async (revision: string, options: RollbackOptions) => {
      const { runRollback } = await import('../actions/rollback.js');
      await runRollback(revision, options, context(), setExitCode);
    });
};

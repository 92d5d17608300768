import type { Command } from 'commander';
import type { CommitPolicyFlags } from '../runtime/revisions/commit-policy-options.js';
import type { RegisterCommand } from './index.js';
import { ALLOWED_SIGNERS_OPTION, TRUSTED_KEYS_OPTION, VERIFY_COMMITS_OPTION } from './option-values.js';

export interface RebuildOptions extends CommitPolicyFlags {
  readonly revision?: string;
  readonly repo: string;
  readonly ref: string;
  readonly path?: string;
  readonly autoApprove?: boolean;
  readonly allowDeletions?: boolean;
  readonly parallelism?: string;
}

/** `phoenix rebuild`: a recorded revision applied onto free hardware (cli/actions/rebuild.ts says how it is chosen). */
export const registerRebuild: RegisterCommand = (program: Command, context, setExitCode) => {
  program
    .command('rebuild')
    .description(
      'rebuild the fleet from a recorded revision onto free hardware (shows the plan and asks first)',
    )
    .option('--revision <sha>', 'the commit to rebuild (default: from the ledger, else from the stamps)')
    .option('--repo <dir|url>', 'repository: a local repository or a URL', '.')
    .option('--ref <ref>', 'where the Site is read before a revision is known, and the last resort', 'HEAD')
    .option('--path <subdir>', 'declarations root inside the repository')
    .option('--auto-approve', 'apply without asking')
    .option('--allow-deletions', 'delete owned nodes that the revision does not declare')
    .option('--parallelism <n>', 'cap of concurrent OneView operations')
    .option(...VERIFY_COMMITS_OPTION)
    .option(...ALLOWED_SIGNERS_OPTION)
    .option(...TRUSTED_KEYS_OPTION)
    .action(async (options: RebuildOptions) => {
      const { runRebuild } = await import('../actions/rebuild.js');
      await runRebuild(options, context(), setExitCode);
    });
};

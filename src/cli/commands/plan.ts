import type { Command } from 'commander';
import type { CommitPolicyFlags } from '../runtime/revisions/commit-policy-options.js';
import type { RegisterCommand } from './index.js';
import {
  ALLOWED_SIGNERS_OPTION,
  TARGET_OPTION,
  TRUSTED_KEYS_OPTION,
  VERIFY_COMMITS_OPTION,
} from './option-values.js';

export const PLAN_FORMATS = ['text', 'markdown', 'json', 'github'] as const;
export type PlanFormat = (typeof PLAN_FORMATS)[number];

export interface PlanCommandOptions extends CommitPolicyFlags {
  readonly repo: string;
  readonly ref?: string;
  readonly base?: string;
  readonly offline?: boolean;
  readonly path?: string;
  readonly inventory?: string;
  readonly out?: string;
  readonly format?: string;
  readonly detailedExitcode?: boolean;
  readonly allowDeletions?: boolean;
  readonly parallelism?: string;
  readonly target?: string[];
}

/** `phoenix plan`: what applying the declarations would change. Read only: never a mutating request. */
export const registerPlan: RegisterCommand = (program: Command, context, setExitCode) => {
  program
    .command('plan')
    .description('show the changes that applying the declarations would make (read only)')
    .option('--repo <dir|url>', 'repository: a working tree, a local repository or a URL', '.')
    .option('--ref <ref>', 'branch, tag or commit SHA to read (default: the working tree, or HEAD of a URL)')
    .option('--base <ref>', 'compare with this commit (pull-request mode): its declarations are the baseline')
    .option('--offline', 'no appliance: plan against the declarations of --base as if they were applied')
    .option('--path <subdir>', 'declarations root inside the repository')
    .option(
      '--inventory <file>',
      'plan against an inventory snapshot (phoenix inventory export) instead of the appliance',
    )
    .option('--out <file>', 'also write the plan as JSON, for phoenix apply --plan')
    .option('--format <format>', `output: ${PLAN_FORMATS.join(', ')}`)
    .option(
      '--detailed-exitcode',
      'exit 0 when there are no changes, 2 when there are, 3 when every pending change is blocked, 1 on error',
    )
    .option('--allow-deletions', 'plan deletions of nodes that are no longer declared')
    .option('--parallelism <n>', 'cap of concurrent OneView operations')
    .option(...TARGET_OPTION)
    .option(...VERIFY_COMMITS_OPTION)
    .option(...ALLOWED_SIGNERS_OPTION)
    .option(...TRUSTED_KEYS_OPTION)
    .action(async (options: PlanCommandOptions) => {
      const { runPlan } = await import('../actions/plan.js');
      await runPlan(options, context(), setExitCode);
    });
};

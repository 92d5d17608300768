import type { Command } from 'commander';
import {
  applyRevisionOptions,
  applyRevisionToSite,
  describeRevision,
} from '../runtime/reconcile/reconcile-command.js';
import {
  ALLOWED_SIGNERS_OPTION,
  commitGate,
  loadCommitPolicy,
  TRUSTED_KEYS_OPTION,
  VERIFY_COMMITS_OPTION,
  type CommitPolicyFlags,
} from '../runtime/revisions/commit-policy-options.js';
import { openLedger } from '../runtime/wiring/open-ledger.js';
import { openGitSource, readCommitRevision } from '../runtime/revisions/read-revision.js';
import { runtimeClock } from '../runtime/clocks/runtime-clock.js';
import type { RegisterCommand } from './index.js';
import { parseParallelism } from './plan.js';

interface RollbackOptions extends CommitPolicyFlags {
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
      const { globals, logger, stdout, display } = context();
      const parallelism = parseParallelism(options.parallelism);
      const commitPolicy = await loadCommitPolicy(options, process.env);
      const source = await openGitSource(options.repo, {
        stateDir: globals.stateDir,
        logger,
        env: process.env,
      });
      const read = await readCommitRevision(
        source,
        revision,
        options.path,
        commitGate(commitPolicy, globals.stateDir, logger),
      );
      if (!globals.json) stdout.write(`Rollback to ${describeRevision(read)}\n\n`);
      const clock = runtimeClock(process.env);
      const ledger = await openLedger(globals.stateDir, logger);
      try {
        setExitCode(
          await applyRevisionToSite(
            read,
            options.path,
            applyRevisionOptions('rollback', options, parallelism, globals.json, commitPolicy),
            { ledger, clock, logger, stdout, display },
          ),
        );
      } finally {
        await ledger.close();
      }
    });
};

import type { Command } from 'commander';
import { applyRevisionOptions, applyRevisionToSite } from '../runtime/apply-revision.js';
import { openLedger } from '../runtime/open-ledger.js';
import { readRevision } from '../runtime/read-revision.js';
import { runtimeClock } from '../runtime/runtime-clock.js';
import type { RegisterCommand } from './index.js';
import { parseParallelism } from './plan.js';

interface ApplyCommandOptions {
  readonly repo: string;
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
    .option('--repo <dir|url>', 'repository: a working tree, a local repository or a URL', '.')
    .option('--ref <ref>', 'branch, tag or commit SHA to apply (default: the working tree, or HEAD of a URL)')
    .option('--path <subdir>', 'declarations root inside the repository')
    .option('--plan <file>', 'apply a plan saved by phoenix plan --out (refused when stale)')
    .option('--auto-approve', 'apply without asking')
    .option('--allow-deletions', 'delete nodes that are no longer declared')
    .option('--parallelism <n>', 'cap of concurrent OneView operations')
    .option(
      '--target <node...>',
      'apply only these nodes (and the templates they use); the rest of the plan is left as it is',
    )
    .action(async (options: ApplyCommandOptions) => {
      const { globals, logger, stdout, display } = context();
      const parallelism = parseParallelism(options.parallelism);
      const read = await readRevision(options, { stateDir: globals.stateDir, logger, env: process.env });
      const clock = runtimeClock(process.env);
      const ledger = await openLedger(globals.stateDir, logger);
      try {
        setExitCode(
          await applyRevisionToSite(
            read,
            options.path,
            {
              ...applyRevisionOptions('apply', options, parallelism, globals.json),
              savedPlan: options.plan,
            },
            { ledger, clock, logger, stdout, display },
          ),
        );
      } finally {
        await ledger.close();
      }
    });
};

import type { CliContext } from '../commands/index.js';
import { parseParallelism } from '../commands/option-values.js';
import type { RollbackOptions } from '../commands/rollback.js';
import {
  applyRevisionOptions,
  applyWithStateLedger,
  describeRevision,
} from '../runtime/reconcile/reconcile-command.js';
import { commitGate, loadCommitPolicy } from '../runtime/revisions/commit-policy-options.js';
import { openGitSource, readCommitRevision } from '../runtime/revisions/read-revision.js';

/** `phoenix rollback SHA`: the older commit read from Git objects, then planned, approved and applied. */
export async function runRollback(
  revision: string,
  options: RollbackOptions,
  { globals, logger, stdout, display }: CliContext,
  setExitCode: (code: number) => void,
): Promise<void> {
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
  setExitCode(
    await applyWithStateLedger(
      read,
      options.path,
      applyRevisionOptions('rollback', options, parallelism, globals.json, commitPolicy),
      { stateDir: globals.stateDir, logger, stdout, display },
    ),
  );
}

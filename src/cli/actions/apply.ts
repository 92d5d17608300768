import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { CommitPolicy } from '../../engine/commit-signatures/commit-policy.js';
import { desiredOfSavedPlan } from '../../engine/reconcile/saved-plan/saved-plan.js';
import type { ApplyCommandOptions } from '../commands/apply.js';
import type { CliContext } from '../commands/index.js';
import { parseParallelism } from '../commands/option-values.js';
import {
  readSavedPlan,
  requirePlanRevision,
  type SavedPlanFile,
} from '../runtime/file-inputs/read-plan-file.js';
import { applyRevisionOptions, applyWithStateLedger } from '../runtime/reconcile/reconcile-command.js';
import { parseTargets } from '../runtime/reconcile/reconcile-flags.js';
import { commitGate, loadCommitPolicy } from '../runtime/revisions/commit-policy-options.js';
import { readRevision, type RevisionContext, type RevisionRead } from '../runtime/revisions/read-revision.js';

/**
 * The revision a saved plan is applied with. Without --repo or --ref, the plan's own desired state and
 * provenance (nothing is read from the current folder); with them, the declarations they name, which must be
 * the plan's revision.
 */
async function savedPlanRevision(
  saved: SavedPlanFile,
  options: ApplyCommandOptions,
  context: RevisionContext,
  policy: CommitPolicy,
): Promise<RevisionRead> {
  if (options.target !== undefined && options.target.length > 0)
    throw new PhoenixError('CLI_INVALID_OPTION', {
      option: '--target',
      problem: 'a saved plan is applied as it was made: give --target to phoenix plan instead',
    });
  const fromRepository = options.repo !== undefined || options.ref !== undefined;
  if (fromRepository || saved.saved === null) {
    const read = await readRevision({ ...options, repo: options.repo ?? '.' }, context);
    requirePlanRevision(saved, read.revision);
    return read;
  }
  if (policy.mode !== 'none')
    throw new PhoenixError('SIGN_POLICY_INVALID', {
      policy: policy.mode,
      problem:
        'a saved plan carries no signature: give --repo (and --ref) to verify the commit it was made from',
    });
  return {
    desired: desiredOfSavedPlan({ ...saved.plan, saved: saved.saved }, saved.file),
    revision: saved.plan.revision,
    diagnostics: [],
    provenance: saved.saved.provenance,
    source: null,
  };
}

/** `phoenix apply`: plan, approve, apply, record. */
export async function runApply(
  options: ApplyCommandOptions,
  { globals, logger, stdout, display }: CliContext,
  setExitCode: (code: number) => void,
): Promise<void> {
  const parallelism = parseParallelism(options.parallelism);
  const targets = parseTargets(options.target);
  const commitPolicy = await loadCommitPolicy(options, process.env);
  const revisionContext: RevisionContext = {
    stateDir: globals.stateDir,
    logger,
    env: process.env,
    gate: commitGate(commitPolicy, globals.stateDir, logger),
  };
  const saved = options.plan === undefined ? undefined : await readSavedPlan(options.plan);
  const read =
    saved === undefined
      ? await readRevision({ ...options, repo: options.repo ?? '.' }, revisionContext)
      : await savedPlanRevision(saved, options, revisionContext, commitPolicy);
  setExitCode(
    await applyWithStateLedger(
      read,
      options.path,
      {
        ...applyRevisionOptions('apply', options, parallelism, globals.json, commitPolicy),
        targets,
        savedPlan: saved,
      },
      { stateDir: globals.stateDir, logger, stdout, display },
    ),
  );
}

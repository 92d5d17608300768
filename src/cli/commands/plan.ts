import { appendFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Diagnostic } from '../../core/diagnostics/diagnostic.js';
import { isPhoenixError, PhoenixError } from '../../core/errors/phoenix-error.js';
import type { ReconcilePlan } from '../../core/plan/reconcile-plan.js';
import { unresolvedReferences } from '../../core/plan/unresolved-references.js';
import {
  ALLOWED_SIGNERS_OPTION,
  loadCommitPolicy,
  TRUSTED_KEYS_OPTION,
  VERIFY_COMMITS_OPTION,
  type CommitPolicyFlags,
} from '../runtime/revisions/commit-policy-options.js';
import { EMPTY_LEDGER_VIEW } from '../../core/ledger/ledger-view.js';
import { toSavedPlan } from '../../engine/reconcile/saved-plan/saved-plan.js';
import { formatTargets } from '../../engine/reconcile/targets/plan-targets.js';
import { EXIT_BLOCKED, parseTargets } from '../runtime/reconcile/reconcile-command.js';
import { planHeadRevision } from '../runtime/reconcile/plan-head-revision.js';
import { openLedgerView } from '../runtime/wiring/open-ledger.js';
import { checkRead } from '../runtime/revisions/verify-read.js';
import { renderVerificationText } from '../views/verification-text.js';
import { requireVerified } from '../../engine/commit-signatures/verify-revision.js';
import {
  openGitSource,
  readCommitRevision,
  readRevision,
  type RevisionRead,
} from '../runtime/revisions/read-revision.js';
import { renderPlanGithub, renderDiagnosticAnnotations } from '../views/plan/plan-github.js';
import { renderPlanJson } from '../views/plan/plan-json.js';
import { renderInvalidMarkdown, renderPlanMarkdown } from '../views/plan/plan-markdown.js';
import { renderPlanText } from '../views/plan/plan-text.js';
import type { RegisterCommand } from './index.js';
import { positiveInteger } from './option-values.js';

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

/** `--target`, shared by plan and apply: repeatable, `node/NAME`, `pool/NAME` or a bare node name. */
export const TARGET_OPTION = [
  '--target <target...>',
  'only these: node/NAME or pool/NAME (a bare name is a node), with the templates they compose from; the rest is left as it is',
] as const;

export function parseParallelism(value: string | undefined): number | null {
  return value === undefined ? null : positiveInteger('--parallelism', value);
}

/** --detailed-exitcode: 2 when something can change, 3 when changes are pending but every one is blocked. */
export function detailedExitCode(plan: ReconcilePlan): number {
  if (plan.summary.hasChanges) return 2;
  return plan.summary.blocked > 0 ? EXIT_BLOCKED : 0;
}

export function planFormat(value: string | undefined, json: boolean): PlanFormat {
  const format = value ?? (json ? 'json' : 'text');
  if (!(PLAN_FORMATS as readonly string[]).includes(format)) {
    throw new PhoenixError('CLI_INVALID_OPTION', { option: '--format', allowed: PLAN_FORMATS });
  }
  return format as PlanFormat;
}

/** The plan in the format asked for. */
export function renderPlan(plan: ReconcilePlan, format: PlanFormat, color: boolean): string {
  switch (format) {
    case 'json':
      return renderPlanJson(plan);
    case 'markdown':
      return renderPlanMarkdown(plan);
    case 'github':
      return renderPlanGithub(plan);
    case 'text':
      return renderPlanText(plan, { color });
  }
}

/** Declaration findings of an invalid revision, for a pull request (Markdown) or a workflow log (annotations). */
function renderInvalid(format: PlanFormat, ref: string, diagnostics: readonly Diagnostic[]): string | null {
  if (format === 'github') return renderDiagnosticAnnotations(diagnostics);
  if (format === 'markdown') return renderInvalidMarkdown(ref, diagnostics);
  return null;
}

function invalidDiagnostics(error: unknown): readonly Diagnostic[] | null {
  if (!isPhoenixError(error) || error.code !== 'DECL_INVALID') return null;
  const diagnostics = error.details['diagnostics'];
  return Array.isArray(diagnostics) ? (diagnostics as Diagnostic[]) : null;
}

function checkModes(options: PlanCommandOptions): void {
  if (options.offline === true && options.inventory !== undefined) {
    throw new PhoenixError('CLI_INVALID_OPTION', {
      option: '--offline',
      problem: '--offline and --inventory exclude each other',
    });
  }
  if (options.offline === true && options.base === undefined) {
    throw new PhoenixError('CLI_INVALID_OPTION', {
      option: '--offline',
      problem: 'an offline plan compares two commits: give --base',
    });
  }
}

/** The base commit of a pull-request plan, read from the same repository as the head. */
async function readBase(
  options: PlanCommandOptions,
  head: RevisionRead,
  context: Parameters<typeof openGitSource>[1],
): Promise<RevisionRead | null> {
  if (options.base === undefined) return null;
  const source = head.source ?? (await openGitSource(options.repo, context));
  return readCommitRevision(source, options.base, options.path);
}

/** With --format github inside GitHub Actions, the Markdown plan also goes to the job's step summary. */
async function appendStepSummary(format: PlanFormat, markdown: string): Promise<void> {
  const file = process.env['GITHUB_STEP_SUMMARY'];
  if (format !== 'github' || file === undefined || file === '') return;
  await appendFile(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
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
      const { globals, logger, stdout, display } = context();
      const format = planFormat(options.format, globals.json);
      const parallelism = parseParallelism(options.parallelism);
      const targets = parseTargets(options.target);
      checkModes(options);
      const commitPolicy = await loadCommitPolicy(options, process.env);
      const gitContext = { stateDir: globals.stateDir, logger, env: process.env };
      let head: RevisionRead;
      let base: RevisionRead | null;
      try {
        head = await readRevision(options, gitContext);
        base = await readBase(options, head, gitContext);
      } catch (error) {
        const diagnostics = invalidDiagnostics(error);
        const text = diagnostics === null ? null : renderInvalid(format, options.ref ?? 'HEAD', diagnostics);
        if (text === null) throw error;
        stdout.write(text);
        await appendStepSummary(format, renderInvalidMarkdown(options.ref ?? 'HEAD', diagnostics ?? []));
        setExitCode(1);
        return;
      }
      // The verification is shown with the plan. A refused commit fails the command; its Site is never
      // connected to, so only a plan that needs no appliance (--offline, --inventory) is still shown.
      const ledgerView =
        options.offline === true ? EMPTY_LEDGER_VIEW : await openLedgerView(globals.stateDir, logger);
      const since = base?.revision ?? ledgerView.lastAppliedRevision;
      const verification = await checkRead(head, commitPolicy, since, logger);
      const verificationLine = format === 'json' ? '' : renderVerificationText(verification);
      const needsAppliance = options.offline !== true && options.inventory === undefined;
      if (verification.failure !== null && needsAppliance) {
        stdout.write(verificationLine);
        requireVerified(verification);
      }
      const policy = { allowDeletions: options.allowDeletions ?? false, parallelism, targets };
      const plan = await planHeadRevision(options, { head, base, ledgerView }, policy, logger);
      if (options.out !== undefined && verification.failure === null)
        await writeFile(
          options.out,
          renderPlanJson(toSavedPlan(plan, head.desired, head.provenance, formatTargets(targets))),
        );
      stdout.write(verificationLine);
      stdout.write(renderPlan(plan, format, display.color));
      requireVerified(verification);
      if (format === 'github') await appendStepSummary(format, renderPlanMarkdown(plan));
      // A reference the appliance cannot resolve makes the plan an error: apply would refuse it.
      const nodes = new Map(head.desired.nodes.map((n) => [n.name, n.source]));
      const unresolved = unresolvedReferences(plan, (node) => nodes.get(node) ?? null);
      if (unresolved.length > 0) {
        const error = new PhoenixError('PLAN_UNRESOLVED_REFERENCE', {});
        process.stderr.write(`Error ${error.code}: ${error.message}\n`);
        for (const u of unresolved) {
          const where = u.source === null ? '' : `${u.source.file}:${u.source.line}: `;
          process.stderr.write(`  ${where}${u.id}: ${u.reason}\n`);
        }
        setExitCode(error.exitCode);
        return;
      }
      setExitCode(options.detailedExitcode === true ? detailedExitCode(plan) : 0);
    });
};

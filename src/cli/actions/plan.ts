import { appendFile, writeFile } from 'node:fs/promises';
import type { Diagnostic } from '../../core/diagnostics/diagnostic.js';
import { isPhoenixError, PhoenixError } from '../../core/errors/phoenix-error.js';
import { EMPTY_LEDGER_VIEW } from '../../core/ledger/ledger-view.js';
import type { ReconcilePlan } from '../../core/plan/reconcile-plan.js';
import { unresolvedReferences } from '../../core/plan/unresolved-references.js';
import { requireVerified } from '../../engine/commit-signatures/verify-revision.js';
import { toSavedPlan } from '../../engine/reconcile/saved-plan/saved-plan.js';
import { formatTargets } from '../../engine/reconcile/targets/plan-targets.js';
import type { CliContext } from '../commands/index.js';
import { parseParallelism } from '../commands/option-values.js';
import { PLAN_FORMATS, type PlanCommandOptions, type PlanFormat } from '../commands/plan.js';
import { planHeadRevision } from '../runtime/reconcile/plan-head-revision.js';
import { EXIT_BLOCKED, parseTargets } from '../runtime/reconcile/reconcile-flags.js';
import { loadCommitPolicy } from '../runtime/revisions/commit-policy-options.js';
import {
  openGitSource,
  readCommitRevision,
  readRevision,
  type RevisionRead,
} from '../runtime/revisions/read-revision.js';
import { checkRead } from '../runtime/revisions/verify-read.js';
import { openLedgerView } from '../runtime/wiring/open-ledger.js';
import { renderDiagnosticAnnotations, renderPlanGithub } from '../views/plan/plan-github.js';
import { renderPlanJson } from '../views/plan/plan-json.js';
import { renderInvalidMarkdown, renderPlanMarkdown } from '../views/plan/plan-markdown.js';
import { renderPlanText } from '../views/plan/plan-text.js';
import { renderVerificationText } from '../views/verification-text.js';

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
export async function runPlan(
  options: PlanCommandOptions,
  { globals, logger, stdout, display }: CliContext,
  setExitCode: (code: number) => void,
): Promise<void> {
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
}

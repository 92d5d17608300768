import { appendFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Diagnostic } from '../../core/diagnostics/diagnostic.js';
import { isPhoenixError, PhoenixError } from '../../core/errors/phoenix-error.js';
import type { InventorySnapshot } from '../../core/observed/inventory.js';
import type { ReconcilePlan } from '../../core/plan/reconcile-plan.js';
import { connectionChanges } from '../../core/desired/connection-changes.js';
import type { PlanDiagnostic } from '../../core/plan/plan-diagnostic.js';
import { unresolvedReferences } from '../../core/plan/unresolved-references.js';
import { planAgainstBase } from '../../engine/reconcile/pull-request/plan-against-base.js';
import {
  ALLOWED_SIGNERS_OPTION,
  loadCommitPolicy,
  TRUSTED_KEYS_OPTION,
  VERIFY_COMMITS_OPTION,
  type CommitPolicyFlags,
} from '../runtime/revisions/commit-policy-options.js';
import { EMPTY_LEDGER_VIEW } from '../../core/ledger/ledger-view.js';
import type { LedgerView } from '../../core/ledger/ledger-view.js';
import type { ReconcilePolicy } from '../../engine/reconcile/reconcile-policy.js';
import { PLAN_ONLY } from '../../engine/reconcile/reconcile-policy.js';
import { reconcileRevision } from '../../engine/reconcile/reconcile-revision.js';
import { fixedBaseline, RevisionBaselines } from '../../engine/reconcile/revision/revision-baselines.js';
import { toSavedPlan } from '../../engine/reconcile/saved-plan/saved-plan.js';
import { formatTargets, narrowToTargets } from '../../engine/reconcile/targets/plan-targets.js';
import { EXIT_BLOCKED, parseTargets } from '../runtime/reconcile/reconcile-command.js';
import { openLedgerView } from '../runtime/wiring/open-ledger.js';
import { checkRead } from '../runtime/revisions/verify-read.js';
import { renderVerificationText } from '../views/verification-text.js';
import { requireVerified } from '../../engine/commit-signatures/verify-revision.js';
import { readInventoryFile } from '../runtime/file-inputs/read-inventory-file.js';
import {
  openGitSource,
  readCommitRevision,
  readRevision,
  type RevisionRead,
} from '../runtime/revisions/read-revision.js';
import { runtimeClock } from '../runtime/clocks/runtime-clock.js';
import { openSiteAppliance } from '../runtime/wiring/site-runtime.js';
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

/**
 * The inventory a plan compares with: a snapshot file, or the appliance (read only). With --base, the appliance
 * is reached with the base revision's Site: an unmerged revision never chooses where the credentials go.
 */
async function observe(
  options: PlanCommandOptions,
  head: RevisionRead,
  base: RevisionRead | null,
  logger: Parameters<typeof openSiteAppliance>[2],
): Promise<InventorySnapshot> {
  if (options.inventory !== undefined) return readInventoryFile(options.inventory);
  const appliance = await openSiteAppliance(
    (base ?? head).desired.site,
    process.env,
    logger,
    runtimeClock(process.env),
  );
  try {
    return await appliance.readInventory();
  } finally {
    await appliance.close();
  }
}

/**
 * The plan of the head revision through the reconcile use case, plan only: against the appliance or a
 * snapshot, the ledger's view, and the baseline of --base (else of the last applied revision).
 */
async function planHead(
  options: PlanCommandOptions,
  head: RevisionRead,
  base: RevisionRead | null,
  ledgerView: LedgerView,
  policy: Omit<ReconcilePolicy, 'approval' | 'drift'>,
  logger: Parameters<typeof openSiteAppliance>[2],
): Promise<ReconcilePlan> {
  const baseline =
    base === null
      ? new RevisionBaselines(head.source, options.path ?? '').forRevision(
          head.revision,
          head.desired,
          logger,
        )
      : fixedBaseline(base.revision, base.desired);
  const result = await reconcileRevision(
    {
      revision: { desired: head.desired, revision: head.revision, provenance: head.provenance, baseline },
      policy: { ...policy, approval: PLAN_ONLY, drift: 'refuse' },
      command: 'apply',
    },
    {
      inventory: { readInventory: () => observe(options, head, base, logger) },
      ledger: { readView: () => ledgerView },
      clock: runtimeClock(process.env),
      logger,
    },
  );
  return result.plan;
}

/** The plan, with a warning when the head revision would reach the appliance otherwise than its base does. */
function withConnectionNotice(
  plan: ReconcilePlan,
  base: RevisionRead,
  head: RevisionRead,
  logger: Parameters<typeof openSiteAppliance>[2],
): ReconcilePlan {
  const changed = connectionChanges(base.desired.site, head.desired.site);
  if (changed.length === 0) return plan;
  logger.warn(
    { fields: changed, baseRevision: base.revision, revision: head.revision },
    'the revision changes the appliance connection; the plan used the settings of the base revision',
  );
  const notice: PlanDiagnostic = {
    severity: 'warning',
    code: 'PLAN_CONNECTION_FROM_BASE',
    message: `This revision changes ${changed.join(', ')} of the Site; the appliance was read with the settings of the base revision, which apply until the change is merged.`,
    subject: `site/${head.desired.site.name}`,
    nodes: [],
    source: head.desired.site.source,
  };
  return { ...plan, diagnostics: [...plan.diagnostics, notice] };
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
      let plan: ReconcilePlan;
      if (options.offline === true && base !== null) {
        plan = narrowToTargets(
          planAgainstBase({
            base: base.desired,
            baseRevision: base.revision,
            head: head.desired,
            revision: head.revision,
            options: { allowDeletions: policy.allowDeletions, parallelism },
          }),
          targets,
          head.desired,
        );
      } else {
        plan = await planHead(options, head, base, ledgerView, policy, logger);
      }
      if (base !== null && options.offline !== true && options.inventory === undefined) {
        plan = withConnectionNotice(plan, base, head, logger);
      }
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

import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { ReconcilePlan } from '../../core/plan/reconcile-plan.js';
import { narrowPlan, unresolvedReferences } from '../../core/plan/unresolved-references.js';
import { readBaselineState } from '../../engine/reconcile/read-commit.js';
import { renderPlanText } from '../views/plan/plan-text.js';
import type { Logger } from '../../ports/logger.js';
import type { Appliance } from '../../ports/appliance.js';
import type { Clock } from '../../ports/clock.js';
import type { Ledger, LedgerCommand } from '../../ports/ledger.js';
import type { CommitPolicy } from '../../engine/commit-signatures/commit-policy.js';
import { renderVerificationText } from '../views/verification-text.js';
import type { Display } from '../views/terminal.js';
import { applyFlow } from './apply-flow.js';
import { planRevision } from './plan-revision.js';
import { readPlanFile } from './read-plan-file.js';
import type { RevisionRead } from './read-revision.js';
import { openSiteAppliance } from './site-runtime.js';
import { verifyRead } from './verify-read.js';

/** The exit code of a plan (with --detailed-exitcode) or an apply whose only pending work is blocked. */
export const EXIT_BLOCKED = 3;

export interface ApplyRevisionOptions {
  readonly command: LedgerCommand;
  readonly autoApprove: boolean;
  readonly allowDeletions: boolean;
  readonly parallelism: number | null;
  readonly json: boolean;
  /** A plan saved by `phoenix plan --out` to apply instead of planning now (refused when stale). */
  readonly savedPlan?: string | undefined;
  /** Which commits must be signed by the allow-list; checked before the appliance is connected to. */
  readonly commitPolicy: CommitPolicy;
  /** `--target`: apply only these nodes (and the templates they compose from). */
  readonly targets?: readonly string[] | undefined;
}

/** The options of applyRevision from a command's flags. */
export function applyRevisionOptions(
  command: LedgerCommand,
  flags: {
    readonly autoApprove?: boolean | undefined;
    readonly allowDeletions?: boolean | undefined;
    readonly target?: readonly string[] | undefined;
  },
  parallelism: number | null,
  json: boolean,
  commitPolicy: CommitPolicy,
): ApplyRevisionOptions {
  return {
    commitPolicy,
    command,
    autoApprove: flags.autoApprove ?? false,
    allowDeletions: flags.allowDeletions ?? false,
    targets: flags.target ?? [],
    parallelism,
    json,
  };
}

export interface ApplyRevisionDeps {
  readonly appliance: Appliance;
  readonly ledger: Ledger;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly stdout: NodeJS.WritableStream;
  readonly display: Display;
}

/**
 * Plans one revision against the appliance as it is now (or takes the saved plan), shows the plan, asks (unless
 * auto-approved), applies it and records it in the ledger under `command` with the commit's provenance. Returns
 * the exit code.
 */
export async function applyRevision(
  read: RevisionRead,
  path: string | undefined,
  options: ApplyRevisionOptions,
  deps: ApplyRevisionDeps,
): Promise<number> {
  const view = deps.ledger.readView();
  const planned =
    options.savedPlan !== undefined
      ? await readPlanFile(options.savedPlan, read.revision)
      : planRevision({
          desired: read.desired,
          revision: read.revision,
          observed: await deps.appliance.readInventory(),
          ledger: view,
          options: {
            allowDeletions: options.allowDeletions,
            parallelism: options.parallelism,
            baseline: await readBaselineState(read.source, view.lastAppliedRevision, path ?? '', deps.logger),
          },
        });
  const targets = options.targets ?? [];
  const plan = targets.length > 0 ? narrowPlan(planned, targets) : planned;
  refuseUnresolved(plan, read, deps.stdout, options.json);
  const report = await applyFlow(
    {
      plan,
      desired: read.desired,
      command: options.command,
      provenance: read.provenance,
      autoApprove: options.autoApprove,
      json: options.json,
      env: process.env,
    },
    {
      appliance: deps.appliance,
      ledger: deps.ledger,
      clock: deps.clock,
      logger: deps.logger,
      stdout: deps.stdout,
      stdin: process.stdin,
      display: deps.display,
    },
  );
  if (report === null && plan.summary.blocked > 0) {
    if (!options.json)
      deps.stdout.write(`Nothing applied: ${plan.summary.blocked} blocked, nothing else to do.\n`);
    return EXIT_BLOCKED;
  }
  if (report === null && !options.json)
    deps.stdout.write('No changes. The appliance matches the declarations.\n');
  return report === null || report.outcome === 'applied' ? 0 : 1;
}

/**
 * A plan with a reference the appliance cannot resolve is an error: it is shown, and nothing is applied
 * (PLAN_UNRESOLVED_REFERENCE, exit 1), unless the apply is narrowed with --target to nodes it does not affect.
 */
function refuseUnresolved(
  plan: ReconcilePlan,
  read: RevisionRead,
  stdout: NodeJS.WritableStream,
  json: boolean,
): void {
  const nodes = new Map(read.desired.nodes.map((n) => [n.name, n.source]));
  const unresolved = unresolvedReferences(plan, (node) => nodes.get(node) ?? null);
  if (unresolved.length === 0) return;
  if (!json) stdout.write(renderPlanText(plan, { color: false }));
  throw new PhoenixError('PLAN_UNRESOLVED_REFERENCE', {
    references: unresolved.map(
      (u) => `${u.source === null ? '' : `${u.source.file}:${u.source.line}: `}${u.id}: ${u.reason}`,
    ),
  });
}

/** One line that says which commit a command is about to apply, for people. */
export function describeRevision(read: RevisionRead): string {
  const who =
    read.provenance === null ? '' : ` "${read.provenance.subject}" by ${read.provenance.author.name}`;
  return `${read.revision}${who}`;
}

/**
 * applyRevision on the appliance the revision's Site names, opened for it and closed after, however it ends.
 * The commit verification policy is checked first: a refused commit never gets its Site connected to.
 */
export async function applyRevisionToSite(
  unverified: RevisionRead,
  path: string | undefined,
  options: ApplyRevisionOptions,
  deps: Omit<ApplyRevisionDeps, 'appliance'>,
): Promise<number> {
  const since = deps.ledger.readView().lastAppliedRevision;
  const { read, verification } = await verifyRead(unverified, options.commitPolicy, since, deps.logger);
  if (!options.json) deps.stdout.write(renderVerificationText(verification));
  const appliance = await openSiteAppliance(read.desired.site, process.env, deps.logger, deps.clock);
  try {
    return await applyRevision(read, path, options, { ...deps, appliance });
  } finally {
    await appliance.close();
  }
}

import { openAnswerMediaFor } from '../../../adapters/answer-media/open-answer-media.js';
import { isPhoenixError, PhoenixError } from '../../../core/errors/phoenix-error.js';
import type { CommitPolicy } from '../../../engine/commit-signatures/commit-policy.js';
import type { ApplyReport } from '../../../engine/apply/apply-report.js';
import { AUTO_APPROVE, type Approval } from '../../../engine/reconcile/reconcile-policy.js';
import {
  reconcileRevision,
  type ReconcileResult,
  type ApplySession,
} from '../../../engine/reconcile/reconcile-revision.js';
import { RevisionBaselines } from '../../../engine/reconcile/revision/revision-baselines.js';
import type { PlanTarget } from '../../../engine/reconcile/targets/plan-targets.js';
import type { Logger } from '../../../ports/logger.js';
import type { Clock } from '../../../ports/clock.js';
import type { Ledger, LedgerCommand } from '../../../ports/ledger.js';
import { ApplyProgressView } from '../../views/apply-progress.js';
import { renderApplyReportText } from '../../views/apply-report-text.js';
import { renderPlanText } from '../../views/plan/plan-text.js';
import type { Display } from '../../views/terminal.js';
import { renderVerificationText } from '../../views/verification-text.js';
import type { SavedPlanFile } from '../file-inputs/read-plan-file.js';
import { confirmApply } from '../operator-input/confirm-apply.js';
import { stopOnSignals } from '../operator-input/stop-signal.js';
import type { RevisionRead } from '../revisions/read-revision.js';
import { verifyRead } from '../revisions/verify-read.js';
import { runtimeClock } from '../clocks/runtime-clock.js';
import { openLedger } from '../wiring/open-ledger.js';
import { openSiteAppliance, type RuntimeEnv } from '../wiring/site-runtime.js';
import { buildVerify } from '../wiring/verify-runtime.js';
import { EXIT_BLOCKED, parseTargets } from './reconcile-flags.js';

export interface ApplyRevisionOptions {
  readonly command: LedgerCommand;
  readonly autoApprove: boolean;
  readonly allowDeletions: boolean;
  readonly parallelism: number | null;
  readonly json: boolean;
  /** A plan saved by `phoenix plan --out` to apply instead of planning now (refused when stale). */
  readonly savedPlan?: SavedPlanFile | undefined;
  /** Which commits must be signed by the allow-list; checked before the appliance is connected to. */
  readonly commitPolicy: CommitPolicy;
  /** `--target`: apply only these nodes and pools (and the templates they compose from). */
  readonly targets: readonly PlanTarget[];
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
    targets: parseTargets(flags.target),
    parallelism,
    json,
  };
}

export interface ApplyRevisionDeps {
  readonly ledger: Ledger;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly stdout: NodeJS.WritableStream;
  readonly display: Display;
  readonly env?: RuntimeEnv;
}

/**
 * applyRevisionToSite with the ledger of the state directory, opened for the run and closed after it, and the
 * runtime's clock: what `apply` and `rollback` do once they have read their revision.
 */
export async function applyWithStateLedger(
  read: RevisionRead,
  path: string | undefined,
  options: ApplyRevisionOptions,
  { stateDir, ...deps }: Omit<ApplyRevisionDeps, 'ledger' | 'clock'> & { readonly stateDir: string },
): Promise<number> {
  const ledger = await openLedger(stateDir, deps.logger);
  try {
    return await applyRevisionToSite(read, path, options, {
      ...deps,
      ledger,
      clock: runtimeClock(process.env),
    });
  } finally {
    await ledger.close();
  }
}

/**
 * applyRevision on the appliance the revision's Site names, opened for it and closed after, however it ends.
 * The commit verification policy is checked first: a refused commit never gets its Site connected to.
 */
export async function applyRevisionToSite(
  unverified: RevisionRead,
  path: string | undefined,
  options: ApplyRevisionOptions,
  deps: ApplyRevisionDeps,
): Promise<number> {
  const since = deps.ledger.readView().lastAppliedRevision;
  const { read, verification } = await verifyRead(unverified, options.commitPolicy, since, deps.logger);
  if (!options.json) deps.stdout.write(renderVerificationText(verification));
  return applyRevision(read, path, options, deps);
}

/**
 * Composition of `apply`, `rollback` and `rebuild`: connects to the Site, runs the reconcile use case with a
 * person's approval (or --auto-approve), shows the plan, the progress and the report, and maps the outcome to
 * the exit code. A saved plan is applied instead of planning now, refused when stale.
 */
export async function applyRevision(
  read: RevisionRead,
  path: string | undefined,
  options: ApplyRevisionOptions,
  deps: ApplyRevisionDeps,
): Promise<number> {
  const env = deps.env ?? process.env;
  const out = deps.stdout;
  const { logger, clock, ledger } = deps;
  const appliance = await openSiteAppliance(read.desired.site, env, logger, clock);
  const approval: Approval = options.autoApprove
    ? AUTO_APPROVE
    : { mode: 'ask', ask: () => confirmApply(process.stdin, out) };
  let result: ReconcileResult;
  try {
    result = await reconcileRevision(
      {
        revision: {
          desired: read.desired,
          revision: read.revision,
          provenance: read.provenance,
          baseline: new RevisionBaselines(read.source, path ?? '').forRevision(
            read.revision,
            read.desired,
            logger,
          ),
        },
        policy: {
          approval,
          allowDeletions: options.allowDeletions,
          parallelism: options.parallelism,
          targets: options.targets,
          drift: 'refuse',
        },
        command: options.command,
        ...(options.savedPlan === undefined
          ? {}
          : {
              savedPlan: {
                plan: options.savedPlan.plan,
                targets: options.savedPlan.saved?.targets ?? [],
              },
            }),
      },
      {
        inventory: appliance,
        ledger,
        clock,
        logger,
        onPlanned: (plan) => {
          if (!options.json) out.write(renderPlanText(plan, { color: deps.display.color }));
        },
        apply: {
          appliance,
          ledger,
          verify: buildVerify(read.desired.site, env, appliance, clock, logger),
          begin: (plan, desired) => beginApply(plan, desired, env, options.json, deps),
        },
      },
    );
  } catch (error) {
    // The ledger failing (a full disk) ends the run without a report: say so where the report would be.
    if (!options.json && isPhoenixError(error) && error.code.startsWith('LEDGER_')) {
      const { operation, file, reason } = error.details;
      const where = [operation, file, reason].filter((part) => typeof part === 'string').join(' ');
      out.write(
        `Apply stopped: ${error.message}${where === '' ? '' : ` (${where})`} What each node reached is above; free the state directory and apply again.\n`,
      );
    }
    throw error;
  } finally {
    await appliance.close();
  }
  return reportOutcome(result, options.json, out);
}

/** The answer media, the stop signals and the live progress of one apply; all closed when it ends. */
async function beginApply(
  plan: Parameters<typeof openAnswerMediaFor>[0],
  desired: Parameters<typeof openAnswerMediaFor>[1],
  env: RuntimeEnv,
  json: boolean,
  deps: ApplyRevisionDeps,
): Promise<ApplySession> {
  const answerMedia = await openAnswerMediaFor(plan, desired, env, deps.clock, deps.logger);
  const stop = stopOnSignals(deps.logger);
  const progress = json
    ? null
    : await ApplyProgressView.open(deps.stdout, { ...deps.display, now: () => deps.clock.now() });
  return {
    signal: stop.signal,
    ...(progress === null ? {} : { onEvent: progress.onEvent }),
    answerMedia,
    close: async () => {
      stop.dispose();
      await answerMedia?.close();
    },
  };
}

/** Prints what the reconcile ended with and returns the exit code. */
function reportOutcome(result: ReconcileResult, json: boolean, out: NodeJS.WritableStream): number {
  const { plan } = result;
  const targeted = result.targets.length === 0 ? {} : { targets: result.targets };
  const writeJson = (report: ApplyReport | null): void =>
    void out.write(
      report === null
        ? `${JSON.stringify({ plan: plan.summary, ...targeted, report: null })}\n`
        : `${JSON.stringify({ plan: plan.summary, ...targeted, report }, null, 2)}\n`,
    );
  switch (result.outcome) {
    case 'unresolved':
      // A reference the appliance cannot resolve: the plan was shown, and nothing is applied.
      throw new PhoenixError('PLAN_UNRESOLVED_REFERENCE', {
        references: result.unresolved.map(
          (u) => `${u.source === null ? '' : `${u.source.file}:${u.source.line}: `}${u.id}: ${u.reason}`,
        ),
      });
    case 'blocked':
      if (json) writeJson(null);
      else out.write(`Nothing applied: ${plan.summary.blocked} blocked, nothing else to do.\n`);
      return EXIT_BLOCKED;
    case 'in-sync':
      if (json) writeJson(null);
      else out.write('No changes. The appliance matches the declarations.\n');
      return 0;
    case 'planned':
    case 'held':
    case 'stale':
      throw new PhoenixError('INTERNAL_UNEXPECTED', { reason: `an apply ended ${result.outcome}` });
    case 'applied':
    case 'partial':
    case 'failed':
    case 'interrupted': {
      const report = result.report!;
      if (json) writeJson(report);
      else {
        if (result.targets.length > 0) out.write(`Targeted run: ${result.targets.join(', ')}\n`);
        out.write(renderApplyReportText(report));
      }
      return report.outcome === 'applied' ? 0 : 1;
    }
  }
}

/** One line that says which commit a command is about to apply, for people. */
export function describeRevision(read: RevisionRead): string {
  const who =
    read.provenance === null ? '' : ` "${read.provenance.subject}" by ${read.provenance.author.name}`;
  return `${read.revision}${who}`;
}

import type { DesiredState } from '../../core/desired/desired-state.js';
import type { ReconcilePlan } from '../../core/plan/reconcile-plan.js';
import { isPhoenixError } from '../../core/errors/phoenix-error.js';
import type { ApplyReport } from '../../engine/apply/apply-report.js';
import { runApply } from '../../engine/reconcile/run-apply.js';
import { openAnswerMediaFor } from '../../adapters/answer-media/open-answer-media.js';
import type { Logger } from '../../ports/logger.js';
import type { Appliance } from '../../ports/appliance.js';
import type { Clock } from '../../ports/clock.js';
import type { Ledger, LedgerCommand, RecordProvenance } from '../../ports/ledger.js';
import { ApplyProgressView } from '../views/apply-progress.js';
import { renderApplyReportText } from '../views/apply-report-text.js';
import { renderPlanText } from '../views/plan/plan-text.js';
import type { Display } from '../views/terminal.js';
import { confirmApply } from './confirm.js';
import type { RuntimeEnv } from './site-runtime.js';
import { stopOnSignals } from './stop-signal.js';
import { buildVerify } from './verify-runtime.js';

export interface ApplyFlowInput {
  readonly plan: ReconcilePlan;
  readonly desired: DesiredState;
  readonly command: LedgerCommand;
  readonly provenance: RecordProvenance | null;
  readonly autoApprove: boolean;
  readonly json: boolean;
  readonly env: RuntimeEnv;
}

export interface ApplyFlowDeps {
  readonly appliance: Appliance;
  readonly ledger: Ledger;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly stdout: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadStream;
  /** Where and how progress is shown: live and redrawn on a terminal, else one line per state change. */
  readonly display: Display;
}

/**
 * Shows the plan, asks for approval, applies it with progress, and prints the report. Returns null when there
 * was nothing to do; the caller maps the report's outcome to an exit code.
 */
export async function applyFlow(input: ApplyFlowInput, deps: ApplyFlowDeps): Promise<ApplyReport | null> {
  const { plan } = input;
  const out = deps.stdout;
  if (!input.json) out.write(renderPlanText(plan, { color: deps.display.color }));
  const lastApplied = deps.ledger.readView().lastAppliedRevision;
  // Blocked work cannot be applied: running it would only record a partial run on every call.
  if (!plan.summary.hasChanges && (lastApplied === plan.revision || plan.summary.blocked > 0)) {
    if (input.json) out.write(`${JSON.stringify({ plan: plan.summary, report: null })}\n`);
    return null;
  }
  if (plan.summary.hasChanges && !input.autoApprove) await confirmApply(deps.stdin, out);
  const answerMedia = await openAnswerMediaFor(plan, input.desired, input.env, deps.clock, deps.logger);
  const stop = stopOnSignals(deps.logger);
  const progress = input.json
    ? null
    : new ApplyProgressView(out, { ...deps.display, now: () => deps.clock.now() });
  try {
    const report = await runApply(
      {
        plan,
        desired: input.desired,
        command: input.command,
        provenance: input.provenance,
        options: { signal: stop.signal },
      },
      {
        appliance: deps.appliance,
        ledger: deps.ledger,
        clock: deps.clock,
        logger: deps.logger,
        verify: buildVerify(input.desired.site, input.env, deps.appliance, deps.clock, deps.logger),
        ...(progress === null ? {} : { onEvent: progress.onEvent }),
        ...(answerMedia === null ? {} : { answerMedia }),
      },
    );
    out.write(
      input.json
        ? `${JSON.stringify({ plan: plan.summary, report }, null, 2)}\n`
        : renderApplyReportText(report),
    );
    return report;
  } catch (error) {
    // The ledger failing (a full disk) ends the run without a report: say so where the report would be.
    if (!input.json && isPhoenixError(error) && error.code.startsWith('LEDGER_')) {
      const { operation, file, reason } = error.details;
      const where = [operation, file, reason].filter((part) => typeof part === 'string').join(' ');
      out.write(
        `Apply stopped: ${error.message}${where === '' ? '' : ` (${where})`} What each node reached is above; free the state directory and apply again.\n`,
      );
    }
    throw error;
  } finally {
    stop.dispose();
    await answerMedia?.close();
  }
}

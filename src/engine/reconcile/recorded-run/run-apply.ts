import type { AnswerMedia } from '../../../ports/answer-media.js';
import { createHash, randomUUID } from 'node:crypto';
import { canonicalJson } from '../../../core/desired/canonical-json.js';
import type { DesiredState } from '../../../core/desired/desired-state.js';
import type { ReconcilePlan } from '../../../core/plan/reconcile-plan.js';
import { childLogger, type Logger } from '../../../ports/logger.js';
import type { Appliance } from '../../../ports/appliance.js';
import type { Clock } from '../../../ports/clock.js';
import type { Ledger, LedgerCommand, NodeOutcome, RecordProvenance } from '../../../ports/ledger.js';
import type { ApplyOptions, VerifyNode } from '../../apply/apply-deps.js';
import type { ApplyEventListener } from '../../apply/apply-events.js';
import { applyPlan, assertPlanFresh } from '../../apply/apply-plan.js';
import type { ApplyReport } from '../../apply/apply-report.js';
import { applyTemplateChanges } from '../../apply/apply-templates.js';
import { ledgerJournal } from '../../apply/ledger-journal.js';

export interface RunApplyDeps {
  readonly appliance: Appliance;
  readonly ledger: Ledger;
  readonly clock: Clock;
  readonly verify: VerifyNode;
  readonly logger: Logger;
  readonly onEvent?: ApplyEventListener;
  /** Serves the answer media of virtual-media installs; needed only when the plan has such nodes. */
  readonly answerMedia?: AnswerMedia;
}

export interface RunApplyInput {
  readonly plan: ReconcilePlan;
  readonly desired: DesiredState;
  readonly command: LedgerCommand;
  readonly provenance: RecordProvenance | null;
  /** The targets of a targeted run (`node/NAME`, `pool/NAME`), recorded with it; empty or absent for a whole revision. */
  readonly targets?: readonly string[];
  readonly options?: Omit<ApplyOptions, 'runId'>;
}

/**
 * One recorded apply: refuses a stale plan, records the run's start, applies, and records how each node ended.
 * The run-finished record is written even when the run stops part-way, so the ledger and the report agree.
 */
export async function runApply(input: RunApplyInput, deps: RunApplyDeps): Promise<ApplyReport> {
  const { plan } = input;
  await assertPlanFresh(plan, deps);
  const runId = randomUUID();
  const logger = childLogger(deps.logger, { runId, site: plan.site, revision: plan.revision });
  await deps.ledger.append({
    type: 'run-started',
    runId,
    site: plan.site,
    revision: plan.revision,
    baseRevision: plan.baseRevision,
    command: input.command,
    planFingerprint: createHash('sha256').update(canonicalJson(plan)).digest('hex'),
    inventoryFingerprint: plan.inventory.fingerprint,
    provenance: input.provenance,
    ...(input.targets === undefined || input.targets.length === 0 ? {} : { targets: input.targets }),
    at: new Date(deps.clock.now()).toISOString(),
  });
  logger.info({ changes: plan.summary }, 'apply started');
  const journal = ledgerJournal(deps.ledger, runId, deps.clock, { plan, desired: input.desired });
  const templateDeps = { appliance: deps.appliance, journal, logger };
  const signal = input.options?.signal;
  // Templates are written before the nodes that compose from them, and deleted after the nodes left them.
  const written = await applyTemplateChanges(plan.templates, 'write', templateDeps, signal);
  const nodesReport = await applyPlan(
    plan,
    input.desired,
    {
      appliance: deps.appliance,
      journal,
      clock: deps.clock,
      verify: deps.verify,
      logger,
      ...(deps.onEvent === undefined ? {} : { onEvent: deps.onEvent }),
      ...(deps.answerMedia === undefined ? {} : { answerMedia: deps.answerMedia }),
    },
    {
      quarantined: deps.ledger.readView().quarantined.map((q) => q.hardwareUri),
      ...input.options,
      runId,
      templateUris: new Map(
        written.flatMap((t) => (t.templateUri === null ? [] : [[t.template, t.templateUri]])),
      ),
      failedTemplates: new Set(
        written.filter((t) => t.outcome !== 'created' && t.outcome !== 'updated').map((t) => t.template),
      ),
    },
  );
  const deleted = await applyTemplateChanges(plan.templates, 'delete', templateDeps, signal);
  const templates = [...written, ...deleted];
  const templateFailed = templates.some((t) => t.outcome === 'failed');
  const report = {
    ...nodesReport,
    templates,
    outcome: templateFailed && nodesReport.outcome === 'applied' ? ('partial' as const) : nodesReport.outcome,
  };
  const nodes: Record<string, NodeOutcome> = {};
  for (const change of report.changes) {
    // An extra instance (`node@profile`) reports under its own id; the node's own change wins.
    if (change.id === change.node || nodes[change.node] === undefined) nodes[change.node] = change.outcome;
  }
  await deps.ledger.append({
    type: 'run-finished',
    runId,
    outcome: report.outcome,
    revision: plan.revision,
    nodes,
    at: new Date(deps.clock.now()).toISOString(),
  });
  logger.info(
    { outcome: report.outcome, counts: report.counts, durationMs: report.durationMs },
    'apply finished',
  );
  return report;
}

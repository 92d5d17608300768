import type { DesiredState } from '../../core/desired/desired-state.js';
import { MASKED_VALUE } from '../../core/plan/sensitive-attribute.js';
import type { ReconcilePlan } from '../../core/plan/reconcile-plan.js';
import type { Clock } from '../../ports/clock.js';
import type { Ledger } from '../../ports/ledger.js';
import type { RunJournal, StepRecord } from './run-journal.js';

export interface LedgerJournalOptions {
  /** The plan the run applies: compose steps record the stamp generation they write. */
  readonly plan?: ReconcilePlan;
  /**
   * The desired state the plan was built from: the values of the plan's sensitive attributes are masked in
   * step messages (an appliance error may echo what it was sent).
   */
  readonly desired?: DesiredState;
}

function generations(plan: ReconcilePlan | undefined): ReadonlyMap<string, number> {
  const byChange = new Map<string, number>();
  for (const change of plan?.changes ?? [])
    for (const step of change.steps) if (step.kind === 'compose') byChange.set(change.id, step.stamp.gen);
  return byChange;
}

/** Values of sensitive attributes the plan sends, longest first so that no part of one survives masking. */
function secretValues(plan: ReconcilePlan | undefined, desired: DesiredState | undefined): string[] {
  if (plan === undefined || desired === undefined) return [];
  const nodes = new Map(desired.nodes.map((node) => [node.name, node]));
  const values = new Set<string>();
  for (const change of plan.changes)
    for (const step of change.steps) {
      if (step.kind !== 'compose') continue;
      for (const attribute of step.customAttributes) {
        const value = attribute.sensitive ? nodes.get(change.node)?.attributes[attribute.name] : undefined;
        if (value !== undefined && value !== '') values.add(value);
      }
    }
  return [...values].sort((a, b) => b.length - a.length);
}

function masker(secrets: readonly string[]): (message: string | null) => string | null {
  return (message) =>
    message === null
      ? null
      : secrets.reduce((text, secret) => text.split(secret).join(MASKED_VALUE), message);
}

/** The executor's journal, written into the ledger as step and quarantine records of one run. */
export function ledgerJournal(
  ledger: Ledger,
  runId: string,
  clock: Clock,
  options: LedgerJournalOptions = {},
): RunJournal {
  const gens = generations(options.plan);
  const mask = masker(secretValues(options.plan, options.desired));
  // Records are dated by the wall clock, even when the clock's own time runs faster (the demo).
  const at = (): string => new Date(clock.wallNow?.() ?? clock.now()).toISOString();
  const step = (record: StepRecord) => {
    const gen = record.step === 'compose' ? gens.get(record.changeId) : undefined;
    return {
      runId,
      changeId: record.changeId,
      node: record.node,
      step: record.step,
      attempt: record.attempt,
      hardwareUri: record.hardwareUri,
      profileName: record.profileName,
      ...(gen === undefined ? {} : { gen }),
      at: at(),
    };
  };
  return {
    async stepStarted(record) {
      await ledger.append({ type: 'step-started', ...step(record) });
    },
    async stepFinished(result) {
      await ledger.append({
        type: 'step-finished',
        ...step(result),
        outcome: result.outcome,
        errorCode: result.errorCode,
        retry: result.retry,
        message: mask(result.message),
      });
    },
    async templateChanged(record) {
      await ledger.append({ type: 'template-changed', runId, ...record, at: at() });
    },
    async quarantined(entry) {
      await ledger.append({
        type: 'hardware-quarantined',
        runId,
        hardwareUri: entry.hardwareUri,
        node: entry.node,
        reason: mask(entry.reason) ?? entry.reason,
        at: at(),
      });
    },
  };
}

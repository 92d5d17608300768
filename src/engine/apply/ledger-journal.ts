import type { ReconcilePlan } from '../../core/plan/reconcile-plan.js';
import type { Clock } from '../../ports/clock.js';
import type { Ledger } from '../../ports/ledger.js';
import type { RunJournal, StepRecord } from './run-journal.js';

export interface LedgerJournalOptions {
  /** The plan the run applies: compose steps record the stamp generation they write, from its compose steps. */
  readonly plan?: ReconcilePlan;
}

function generations(plan: ReconcilePlan | undefined): ReadonlyMap<string, number> {
  const byChange = new Map<string, number>();
  for (const change of plan?.changes ?? [])
    for (const step of change.steps) if (step.kind === 'compose') byChange.set(change.id, step.stamp.gen);
  return byChange;
}

/** The executor's journal, written into the ledger as step and quarantine records of one run. */
export function ledgerJournal(
  ledger: Ledger,
  runId: string,
  clock: Clock,
  options: LedgerJournalOptions = {},
): RunJournal {
  const gens = generations(options.plan);
  const at = (): string => new Date(clock.now()).toISOString();
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
        message: result.message,
      });
    },
    async quarantined(entry) {
      await ledger.append({
        type: 'hardware-quarantined',
        runId,
        hardwareUri: entry.hardwareUri,
        node: entry.node,
        reason: entry.reason,
        at: at(),
      });
    },
  };
}

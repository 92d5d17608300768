import type { StepKind } from '../../core/plan/plan-step.js';
import type { RetryClass } from '../../core/errors/error-spec.js';

export interface StepRecord {
  readonly changeId: string;
  readonly node: string;
  readonly step: StepKind;
  readonly attempt: number;
  readonly hardwareUri: string | null;
  readonly profileName: string | null;
}

export interface StepResult extends StepRecord {
  readonly outcome: 'succeeded' | 'failed' | 'skipped';
  readonly errorCode: string | null;
  readonly retry: RetryClass | null;
  /** For people; never a secret. */
  readonly message: string | null;
}

export interface TemplateRecord {
  readonly template: string;
  readonly action: 'create' | 'update' | 'delete';
  readonly templateUri: string | null;
  readonly spec: string | null;
  readonly fields: readonly string[];
  readonly outcome: 'succeeded' | 'failed' | null;
  readonly errorCode: string | null;
  /** For people; never a secret. */
  readonly message: string | null;
}

/**
 * What the executor writes while it runs: every step start before it happens and every end after, so that a
 * crash at any moment leaves a record the next run continues from. The composition root backs it with the
 * ledger; each call resolves once the record is durable.
 */
export interface RunJournal {
  stepStarted(record: StepRecord): Promise<void>;
  stepFinished(result: StepResult): Promise<void>;
  /** A template change started (outcome null) or ended. */
  templateChanged(record: TemplateRecord): Promise<void>;
  quarantined(entry: {
    readonly hardwareUri: string;
    readonly node: string;
    readonly reason: string;
  }): Promise<void>;
}

import type { StepKind } from '../../core/plan/plan-step.js';
import type { ApplyReport, ChangeReport } from './apply-report.js';

/**
 * Typed progress of an apply. Views (live progress on a terminal, one line per state change elsewhere), the
 * daemon's metrics and the logger subscribe to these; the executor never prints.
 */
export type ApplyEvent =
  | {
      readonly type: 'run-started';
      readonly runId: string;
      readonly changes: readonly { id: string; node: string; action: string }[];
    }
  | {
      readonly type: 'step-started';
      readonly changeId: string;
      readonly node: string;
      readonly step: StepKind;
      readonly attempt: number;
      readonly at: number;
    }
  | {
      readonly type: 'step-finished';
      readonly changeId: string;
      readonly node: string;
      readonly step: StepKind;
      readonly attempt: number;
      readonly ok: boolean;
      readonly errorCode: string | null;
      readonly at: number;
    }
  | {
      readonly type: 'step-retrying';
      readonly changeId: string;
      readonly node: string;
      readonly step: StepKind;
      readonly delayMs: number;
      readonly errorCode: string;
    }
  | {
      readonly type: 'hardware-quarantined';
      readonly changeId: string;
      readonly node: string;
      readonly hardwareUri: string;
      readonly reason: string;
    }
  | {
      readonly type: 'change-waiting';
      readonly changeId: string;
      readonly node: string;
      readonly for: 'rollout' | 'dependencies';
    }
  | { readonly type: 'change-finished'; readonly report: ChangeReport; readonly at: number }
  | { readonly type: 'run-finished'; readonly report: ApplyReport };

export type ApplyEventListener = (event: ApplyEvent) => void;

import type { AnswerMedia } from '../../ports/answer-media.js';
import type { DesiredNode } from '../../core/desired/desired-state.js';
import type { VerifyStep } from '../../core/plan/plan-step.js';
import type { Logger } from '../../ports/logger.js';
import type { Appliance } from '../../ports/appliance.js';
import type { Clock } from '../../ports/clock.js';
import type { ApplyEventListener } from './apply-events.js';
import type { RetryPolicy } from './retry-policy.js';
import type { RunJournal } from './run-journal.js';

/** Waits until a composed and booted node is Ready; throws a PhoenixError (APPLY_VERIFY_TIMEOUT) when not. */
export type VerifyNode = (node: DesiredNode, step: VerifyStep, signal: AbortSignal) => Promise<void>;

/** The ports an apply runs over, passed in by the composition root. */
export interface ApplyDeps {
  readonly appliance: Appliance;
  readonly journal: RunJournal;
  readonly clock: Clock;
  readonly verify: VerifyNode;
  readonly logger: Logger;
  readonly onEvent?: ApplyEventListener;
  /** Serves the answer media of virtual-media installs; needed only when the plan has such nodes. */
  readonly answerMedia?: AnswerMedia;
}

export interface StepTimeouts {
  readonly allocate: number;
  readonly recycle: number;
  readonly compose: number;
  readonly boot: number;
  /** Added to the node's own verify timeout. */
  readonly verifyMargin: number;
}

export const DEFAULT_STEP_TIMEOUTS: StepTimeouts = {
  allocate: 60_000,
  recycle: 20 * 60_000,
  compose: 60 * 60_000,
  boot: 10 * 60_000,
  verifyMargin: 60_000,
};

/** How often a waiting step reads its hardware: a server gone Critical is noticed within this, not at a timeout. */
export const DEFAULT_HARDWARE_WATCH_MS = 10_000;

export interface ApplyOptions {
  /** Stops the run: no new step starts; running OneView tasks are let finish. */
  readonly signal?: AbortSignal;
  readonly retry?: RetryPolicy;
  readonly timeouts?: Partial<StepTimeouts>;
  /** Hardware a node may be tried on before it fails (the first included). */
  readonly maxHardwareAttempts?: number;
  /** Interval between looks at a profile that a resumed run finds busy. */
  readonly busyPollMs?: number;
  /** Interval between reads of a step's hardware while compose, boot or verify waits; default 10 s. */
  readonly hardwareWatchMs?: number;
  /** Hardware the ledger holds in quarantine: no failover takes it. */
  readonly quarantined?: readonly string[];
  /** Identifier of the run, recorded with every step; generated when absent. */
  readonly runId?: string;
  /** URIs of the templates this apply created, by name: compose steps planned before they existed use them. */
  readonly templateUris?: ReadonlyMap<string, string>;
  /** Templates whose change failed: the changes composing from them are skipped (`upstream-failed`). */
  readonly failedTemplates?: ReadonlySet<string>;
}

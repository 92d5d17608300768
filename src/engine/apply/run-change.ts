import type PQueue from 'p-queue';
import type { DesiredNode } from '../../core/desired/desired-state.js';
import { hasErrorCode, PhoenixError } from '../../core/errors/phoenix-error.js';
import type { ComposeStep, PlanStep } from '../../core/plan/plan-step.js';
import type { PlanChange } from '../../core/plan/reconcile-plan.js';
import type { ApplyDeps, StepTimeouts } from './apply-deps.js';
import { successOutcome, type ChangeReport, type SkipReason } from './apply-report.js';
import { countPassedOver, pickSpare } from './pick-spare.js';
import { retryDelay, type RetryPolicy } from './retry-policy.js';
import type { RolloutGate } from './rollout-gate.js';
import { cleanUpAttempt, ejectMedia, runBoot, runCompose, runRecycle, type StepEnv } from './step-runners.js';
import { whileHardwareHealthy } from './watch-hardware.js';
import { describeFailure, isAttributedToHardware, isHardwareFault } from './failure-triage.js';

/** Shared by every change of one run. */
export interface RunContext {
  readonly deps: ApplyDeps;
  readonly retry: RetryPolicy;
  readonly timeouts: StepTimeouts;
  readonly maxHardwareAttempts: number;
  readonly busyPollMs: number;
  /** Interval between reads of a step's hardware while compose, boot or verify waits. */
  readonly hardwareWatchMs: number;
  readonly templateUris: ReadonlyMap<string, string>;
  /** Aborted when the run must stop: no new step starts. */
  readonly stop: AbortSignal;
  /** Caps concurrent OneView mutations across the run. */
  readonly mutations: PQueue;
  readonly gate: RolloutGate;
  /** Hardware that no failover may take: allocated by the plan, quarantined before or during the run. */
  readonly excluded: Set<string>;
}

type StepOutcome = { readonly ok: true } | { readonly ok: false; readonly error: unknown };

function stepTimeout(ctx: RunContext, step: PlanStep): number {
  return step.kind === 'verify' ? step.timeoutMs + ctx.timeouts.verifyMargin : ctx.timeouts[step.kind];
}

/** Runs `work` with an abort signal that fires after `ms` of the injected clock. */
async function withTimeout<T>(
  ctx: RunContext,
  ms: number,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const timer = new AbortController();
  const step = new AbortController();
  const expired = ctx.deps.clock.sleep(ms, timer.signal).then(
    () => {
      const error = new PhoenixError('APPLY_STEP_TIMEOUT', { timeoutMs: ms });
      step.abort(error);
      throw error;
    },
    () => new Promise<never>(() => undefined),
  );
  try {
    return await Promise.race([work(step.signal), expired]);
  } finally {
    timer.abort();
  }
}

function stepHardware(step: PlanStep): string | null {
  return 'hardwareUri' in step ? step.hardwareUri : null;
}

function stepProfile(step: PlanStep): string | null {
  return 'profileName' in step ? step.profileName : null;
}

/** One of the appliance's mutation slots, held by a change until it releases it (once). */
interface Slot {
  release(): void;
}

/**
 * Waits for a slot of `mutations` (higher `priority` first) and holds it until released: p-queue counts the slot
 * busy while the promise the queued function returns is pending.
 */
function acquireSlot(mutations: PQueue, priority: number): Promise<Slot> {
  return new Promise<Slot>((granted, refused) => {
    mutations
      .add(
        () =>
          new Promise<void>((release) => {
            let held = true;
            granted({
              release: () => {
                if (!held) return;
                held = false;
                release();
              },
            });
          }),
        { priority },
      )
      .catch(refused);
  });
}

/**
 * Whether `next` may take over the slot of the step before it: a mutating step that starts without waiting for
 * anything else (a rollout slot for the change's disruption).
 */
function takesSlotOver(next: PlanStep | undefined, change: PlanChange): boolean {
  return next !== undefined && next.mutates && next.id !== change.disruption?.from;
}

/** Executes one change: its steps in order, transient retries, and failover to a spare on a hardware fault. */
export class ChangeRunner {
  readonly #ctx: RunContext;
  readonly #change: PlanChange;
  readonly #node: DesiredNode | null;
  readonly #startedAt: number;
  readonly #quarantined: string[] = [];
  #attempts = 0;
  #hardwareUri: string | null = null;
  /** The slot the step that just succeeded hands to the next one (see #mutate), or null. */
  #heldSlot: Slot | null = null;
  /** Whether the step now running may hand its slot to the next step. */
  #handsOff = false;

  constructor(ctx: RunContext, change: PlanChange, node: DesiredNode | null) {
    this.#ctx = ctx;
    this.#change = change;
    this.#node = node;
    this.#startedAt = ctx.deps.clock.now();
  }

  /** The change boots its node (create, replace, heal), as opposed to a delete. */
  get #boots(): boolean {
    return this.#change.steps.some((s) => s.kind === 'boot');
  }

  async run(): Promise<ChangeReport> {
    try {
      return await this.#runSteps();
    } finally {
      this.#releaseSlot();
    }
  }

  #releaseSlot(): void {
    this.#heldSlot?.release();
    this.#heldSlot = null;
  }

  async #runSteps(): Promise<ChangeReport> {
    const steps = [...this.#change.steps];
    let hardwareAttempts = 1;
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i]!;
      if (this.#ctx.stop.aborted) return this.#skipped('interrupted');
      if (step.id === this.#change.disruption?.from) {
        this.#ctx.deps.onEvent?.({
          type: 'change-waiting',
          changeId: this.#change.id,
          node: this.#change.node,
          for: 'rollout',
        });
        if (!(await this.#ctx.gate.acquireDisruption(this.#change))) return this.#skipped('rollout-halted');
      }
      // A heal recycles faulted hardware: it is quarantined first, so that no crash can hand it out again.
      if (step.kind === 'recycle' && step.quarantine !== null) {
        await this.#quarantine(step.quarantine.hardwareUri, step.quarantine.reason);
      }
      this.#handsOff = takesSlotOver(steps[i + 1], this.#change);
      const outcome = await this.#runWithRetries(step);
      if (outcome.ok) continue;
      if (this.#ctx.stop.aborted && hasErrorCode(outcome.error, 'APPLY_INTERRUPTED')) {
        return this.#skipped('interrupted');
      }
      const failover =
        step.kind === 'compose' || step.kind === 'boot' || step.kind === 'verify' || step.kind === 'allocate';
      if (
        !failover ||
        !isHardwareFault(outcome.error) ||
        this.#node === null ||
        hardwareAttempts >= this.#ctx.maxHardwareAttempts
      ) {
        return this.#failed(step, outcome.error);
      }
      const replacement = await this.#failOver(steps, step, outcome.error);
      if ('error' in replacement) return this.#failed(step, replacement.error);
      hardwareAttempts += 1;
      steps.splice(0, steps.length, ...replacement.steps);
      i = -1;
    }
    return this.#report(successOutcome(this.#change.action), null, null, null);
  }

  /**
   * Removes the attempt's profile and rewrites the steps onto a spare. The failed hardware is passed over for
   * the rest of the run, and quarantined only when the appliance attributes the failure to it: hardware taken
   * by another owner, or an instance that did not pass verify, goes back to the free pool. Without a compose
   * step to move, the failure stands; APPLY_NO_SPARE_HARDWARE is said only when no spare is left.
   */
  async #failOver(
    steps: readonly PlanStep[],
    failed: PlanStep,
    error: unknown,
  ): Promise<{ readonly steps: PlanStep[] } | { readonly error: unknown }> {
    const { deps } = this.#ctx;
    const compose = steps.find((s): s is ComposeStep => s.kind === 'compose');
    const badUri = stepHardware(failed);
    if (compose === undefined || badUri === null || this.#node === null) return { error };
    this.#ctx.excluded.add(badUri);
    if (isAttributedToHardware(error)) await this.#quarantine(badUri, `${failed.kind}-failed`);
    const env = this.#env(new AbortController().signal);
    await this.#ctx.mutations.add(() => cleanUpAttempt(env, compose.profileName, compose.stamp.gen));
    const snapshot = await deps.appliance.readInventory();
    const spare = pickSpare(snapshot, this.#node, this.#change.pool, this.#ctx.excluded);
    if (spare === null) {
      deps.logger.warn(
        { node: this.#change.node, hardwareUri: badUri, err: error },
        'no spare hardware left for the node',
      );
      return {
        error: new PhoenixError('APPLY_NO_SPARE_HARDWARE', {
          node: this.#change.node,
          hardwareType: this.#node.hardware.serverHardwareType,
          enclosureGroup: this.#node.hardware.enclosureGroup,
          passedOver: countPassedOver(snapshot, this.#node, this.#change.pool, this.#ctx.excluded),
        }),
      };
    }
    this.#ctx.excluded.add(spare.uri);
    const rest = steps.slice(steps.findIndex((s) => s.kind === 'compose'));
    return {
      steps: rest.map((step) =>
        'hardwareUri' in step && step.kind !== 'recycle' ? { ...step, hardwareUri: spare.uri } : step,
      ),
    };
  }

  /** Records hardware as quarantined (ledger, event, report) and keeps every failover of the run off it. */
  async #quarantine(hardwareUri: string, reason: string): Promise<void> {
    const { deps } = this.#ctx;
    this.#ctx.excluded.add(hardwareUri);
    if (this.#quarantined.includes(hardwareUri)) return;
    this.#quarantined.push(hardwareUri);
    await deps.journal.quarantined({ hardwareUri, node: this.#change.node, reason });
    deps.onEvent?.({
      type: 'hardware-quarantined',
      changeId: this.#change.id,
      node: this.#change.node,
      hardwareUri,
      reason,
    });
    deps.logger.warn({ node: this.#change.node, hardwareUri, reason }, 'hardware quarantined');
  }

  async #runWithRetries(step: PlanStep): Promise<StepOutcome> {
    const { deps, retry } = this.#ctx;
    for (let attempt = 1; ; attempt++) {
      this.#attempts += 1;
      const record = {
        changeId: this.#change.id,
        node: this.#change.node,
        step: step.kind,
        attempt,
        hardwareUri: stepHardware(step),
        profileName: stepProfile(step),
      };
      await deps.journal.stepStarted(record);
      deps.onEvent?.({
        type: 'step-started',
        changeId: record.changeId,
        node: record.node,
        step: step.kind,
        attempt,
        at: deps.clock.now(),
      });
      try {
        await this.#runStep(step);
        await deps.journal.stepFinished({
          ...record,
          outcome: 'succeeded',
          errorCode: null,
          retry: null,
          message: null,
        });
        deps.onEvent?.({
          type: 'step-finished',
          changeId: record.changeId,
          node: record.node,
          step: step.kind,
          attempt,
          ok: true,
          errorCode: null,
          at: deps.clock.now(),
        });
        if (step.kind === 'compose' || step.kind === 'allocate') this.#hardwareUri = step.hardwareUri;
        return { ok: true };
      } catch (error) {
        // A slot handed over by the step before is not kept through a retry's wait or a failover.
        this.#releaseSlot();
        const info = describeFailure(error);
        await deps.journal.stepFinished({
          ...record,
          outcome: 'failed',
          errorCode: info.code,
          retry: info.retry,
          message: info.message,
        });
        deps.onEvent?.({
          type: 'step-finished',
          changeId: record.changeId,
          node: record.node,
          step: step.kind,
          attempt,
          ok: false,
          errorCode: info.code,
          at: deps.clock.now(),
        });
        deps.logger.warn({ node: record.node, step: step.kind, attempt, err: error }, 'step failed');
        if (info.retry !== 'transient' || attempt >= retry.maxAttempts || this.#ctx.stop.aborted)
          return { ok: false, error };
        const delayMs = retryDelay(retry, attempt);
        deps.onEvent?.({
          type: 'step-retrying',
          changeId: record.changeId,
          node: record.node,
          step: step.kind,
          delayMs,
          errorCode: info.code,
        });
        try {
          await deps.clock.sleep(delayMs, this.#ctx.stop);
        } catch {
          return { ok: false, error: new PhoenixError('APPLY_INTERRUPTED', { node: record.node }) };
        }
      }
    }
  }

  async #runStep(step: PlanStep): Promise<void> {
    const ms = stepTimeout(this.#ctx, step);
    const node = this.#node;
    // The install image is checked against its sha256 before the change touches anything (a recycle included).
    const os = node?.osDeployment ?? null;
    const answerMedia = this.#ctx.deps.answerMedia;
    if (os !== null && answerMedia !== undefined && step.kind !== 'verify' && this.#boots) {
      await withTimeout(this.#ctx, this.#ctx.timeouts.compose, (signal) =>
        answerMedia.checkImage(os.image.url, os.image.sha256, signal),
      );
    }
    switch (step.kind) {
      case 'allocate':
        return withTimeout(this.#ctx, ms, (signal) =>
          this.#checkAllocation(this.#env(signal), step.hardwareUri),
        );
      case 'verify':
        if (node === null) throw new PhoenixError('INTERNAL_UNEXPECTED', { change: this.#change.id });
        // The implicit OneView check reads the hardware every round and fails at once when it is unusable.
        await withTimeout(this.#ctx, ms, (signal) => this.#ctx.deps.verify(node, step, signal));
        // A node installed from virtual media is Ready: its media come out and its answer file is served no more.
        if (node.osDeployment !== null) {
          await this.#mutate(step, this.#ctx.timeouts.boot, (env) => ejectMedia(env, step.hardwareUri));
          this.#ctx.deps.answerMedia?.withdraw(node.name);
        }
        return;
      case 'recycle':
        return this.#mutate(step, ms, (env) => runRecycle(env, step));
      case 'compose':
        if (node === null) throw new PhoenixError('INTERNAL_UNEXPECTED', { change: this.#change.id });
        return this.#mutate(step, ms, (env) =>
          this.#watched(step.hardwareUri, env.signal, async (signal) => {
            await runCompose({ ...env, signal }, step, node);
          }),
        );
      case 'boot':
        return this.#mutate(step, ms, (env) =>
          this.#watched(step.hardwareUri, env.signal, (signal) => runBoot({ ...env, signal }, step, node)),
        );
    }
  }

  /** Runs a step that waits on its hardware, failing it at once if the appliance reads that hardware unusable. */
  #watched<T>(
    hardwareUri: string,
    signal: AbortSignal,
    work: (signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    const { appliance, clock } = this.#ctx.deps;
    return whileHardwareHealthy(
      { appliance, clock, hardwareUri, intervalMs: this.#ctx.hardwareWatchMs },
      signal,
      work,
    );
  }

  /**
   * Runs a OneView mutation in one of the appliance's slots. Its timeout starts when it gets the slot, not
   * while it waits for one, and a step still waiting when the run stops never starts. Boots go first: each one
   * finishes a node, which frees its pool's rollout budget and lets its dependents start. A step that succeeds
   * hands its slot straight to the change's next mutating step (a compose to its boot): released, the slot would
   * go to a compose already waiting before the boot is even queued, and the boot would wait a whole compose.
   */
  async #mutate(step: PlanStep, ms: number, work: (env: StepEnv) => Promise<void>): Promise<void> {
    const { mutations, stop } = this.#ctx;
    const slot = this.#heldSlot ?? (await acquireSlot(mutations, step.kind === 'boot' ? 1 : 0));
    this.#heldSlot = null;
    try {
      if (stop.aborted) throw new PhoenixError('APPLY_INTERRUPTED', { node: this.#change.node });
      await withTimeout(this.#ctx, ms, (signal) => work(this.#env(signal)));
    } catch (error) {
      slot.release();
      throw error;
    }
    if (this.#handsOff) this.#heldSlot = slot;
    else slot.release();
  }

  /** The allocated hardware must still be free (or hold this node's own profile, on resume). */
  async #checkAllocation(env: StepEnv, hardwareUri: string): Promise<void> {
    const hardware = await env.appliance.getHardware(hardwareUri, { signal: env.signal });
    if (hardware === null || hardware.status === 'Critical') {
      throw new PhoenixError('APPLY_HARDWARE_UNUSABLE', {
        hardwareUri,
        attribution: 'hardware',
        problem: hardware === null ? 'gone' : 'critical',
      });
    }
    if (hardware.profileUri === null) return;
    const profile = await env.appliance.getProfile(hardware.profileUri, { signal: env.signal });
    if (profile?.name !== this.#change.node) {
      throw new PhoenixError('APPLY_HARDWARE_UNUSABLE', {
        hardwareUri,
        attribution: 'hardware',
        problem: 'taken',
      });
    }
  }

  #env(signal: AbortSignal): StepEnv {
    return {
      appliance: this.#ctx.deps.appliance,
      clock: this.#ctx.deps.clock,
      signal,
      busyPollMs: this.#ctx.busyPollMs,
      templateUris: this.#ctx.templateUris,
      answerMedia: this.#ctx.deps.answerMedia ?? null,
    };
  }

  #skipped(reason: SkipReason): ChangeReport {
    return this.#report('skipped', reason, null, null);
  }

  #failed(step: PlanStep, error: unknown): ChangeReport {
    const info = describeFailure(error);
    return this.#report('failed', null, step, info);
  }

  #report(
    outcome: ChangeReport['outcome'],
    skipReason: SkipReason | null,
    step: PlanStep | null,
    info: { code: string; message: string } | null,
  ): ChangeReport {
    return {
      id: this.#change.id,
      node: this.#change.node,
      action: this.#change.action,
      outcome,
      skipReason,
      failedStep: step?.kind ?? null,
      errorCode: info?.code ?? null,
      message: info?.message ?? null,
      hardwareUri: this.#hardwareUri,
      quarantined: [...this.#quarantined],
      attempts: this.#attempts,
      durationMs: this.#ctx.deps.clock.now() - this.#startedAt,
    };
  }
}

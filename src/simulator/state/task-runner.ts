import type { ErrorBody } from './error-body.js';
import { errorBody } from './error-body.js';
import type { Faults, TaskFailureFault, TaskKind } from './faults.js';
import { upperGuid } from './ids.js';
import type { SimClock } from './sim-clock.js';
import type { TaskWire } from './wire-types.js';

export interface TaskPlan {
  readonly kind: TaskKind;
  /** Task `name`: Create, Update, Delete, Power on, ... (PY treats `Delete` as a delete). */
  readonly name: string;
  readonly owner: string;
  readonly resource: { uri: string | null; category: string; name: string };
  readonly durationMs: number;
  /** Progress texts, spread over the run. */
  readonly steps: readonly string[];
  readonly runningStatus: string | null;
  readonly successStatus: string;
  readonly failureStatus: string;
  /** The server hardware the task works on, for a fault that strikes it mid-task. */
  readonly hardwareUri?: string | null;
  /** A precondition failure found at submission: the task ends in Error (ValidationError) without effects. */
  readonly validationError?: ErrorBody | null;
  /** Effects when the task starts (resources enter their transitional state). */
  readonly onStart?: () => void;
  /** Effects halfway (e.g. the OS volume is written). */
  readonly onHalfway?: () => void;
  /** Effects on success. */
  readonly onComplete: () => void;
  /** Effects when an injected fault fails the task; returns the task error to report. */
  readonly onFail: (fault: TaskFailureFault) => ErrorBody;
}

/** Runs OneView tasks on the simulated clock: New -> Starting -> Running -> Completed | Error. */
export class TaskRunner {
  private progressId = 1;

  constructor(
    private readonly tasks: Map<string, TaskWire>,
    private readonly clock: SimClock,
    private readonly faults: Faults,
    /** Turns hardware Critical (a mid-task hardware fault). */
    private readonly strikeHardware: (hardwareUri: string) => void = () => undefined,
  ) {}

  start(plan: TaskPlan): TaskWire {
    const iso = this.clock.iso();
    const uri = `/rest/tasks/${upperGuid()}`;
    const task: TaskWire = {
      type: 'TaskResourceV2',
      uri,
      category: 'tasks',
      name: plan.name,
      owner: plan.owner,
      created: iso,
      modified: iso,
      eTag: '1',
      taskType: 'User',
      userInitiated: true,
      hidden: false,
      taskState: 'Starting',
      taskStatus: null,
      stateReason: null,
      percentComplete: 0,
      computedPercentComplete: 0,
      completedSteps: 0,
      totalSteps: plan.steps.length,
      expectedDuration: Math.ceil(plan.durationMs / 1000),
      progressUpdates: [{ timestamp: iso, statusUpdate: `${plan.name} started.`, id: this.progressId++ }],
      taskErrors: [],
      taskOutput: [],
      data: { 'task-category': plan.resource.category },
      parentTaskUri: null,
      associatedTaskUri: null,
      associatedResource: {
        resourceUri: plan.resource.uri,
        resourceCategory: plan.resource.category,
        associationType: 'MANAGED_BY',
        resourceName: plan.resource.name,
      },
    };
    this.tasks.set(uri, task);
    const duration = Math.max(0, plan.durationMs * this.faults.slowFactor(plan.kind));

    if (plan.validationError) {
      const error = plan.validationError;
      this.clock.schedule(Math.max(1, duration * 0.1), () =>
        this.fail(task, error, plan.failureStatus, 'ValidationError'),
      );
      return task;
    }
    const fault = this.faults.takeTaskFailure(plan.kind);
    plan.onStart?.();
    this.clock.schedule(duration * 0.1, () => {
      this.update(task, {
        taskState: 'Running',
        taskStatus: plan.runningStatus,
        stateReason: 'Running',
        percent: 10,
      });
    });
    plan.steps.forEach((text, i) => {
      const fraction = 0.1 + (0.8 * (i + 1)) / (plan.steps.length + 1);
      this.clock.schedule(duration * fraction, () => {
        if (isTerminal(task.taskState)) return;
        task.progressUpdates.push({ timestamp: this.clock.iso(), statusUpdate: text, id: this.progressId++ });
        task['completedSteps'] = i + 1;
        this.update(task, { percent: Math.round(fraction * 100) });
      });
    });
    if (plan.onHalfway) this.clock.schedule(duration * 0.5, plan.onHalfway);
    const struck = plan.hardwareUri ?? null;
    if (struck !== null && this.faults.takeMidTaskHardware(plan.kind))
      this.clock.schedule(duration * 0.5, () => this.strikeHardware(struck));
    this.clock.schedule(duration, () => {
      if (fault) {
        const error = plan.onFail(fault);
        this.fail(task, error, plan.failureStatus, 'Error');
        return;
      }
      plan.onComplete();
      task.progressUpdates.push({
        timestamp: this.clock.iso(),
        statusUpdate: plan.successStatus,
        id: this.progressId++,
      });
      this.update(task, {
        taskState: 'Completed',
        taskStatus: plan.successStatus,
        stateReason: 'Completed',
        percent: 100,
      });
    });
    return task;
  }

  /** A task that is already finished when returned (e.g. a power request that changes nothing). */
  completed(plan: Pick<TaskPlan, 'kind' | 'name' | 'owner' | 'resource' | 'successStatus'>): TaskWire {
    return this.start({
      ...plan,
      durationMs: 0,
      steps: [],
      runningStatus: null,
      failureStatus: plan.successStatus,
      onComplete: () => undefined,
      onFail: (f) => errorBody(f.errorCode, f.message),
    });
  }

  private fail(task: TaskWire, error: ErrorBody, status: string, reason: string): void {
    task.taskErrors = [error];
    task.progressUpdates.push({
      timestamp: this.clock.iso(),
      statusUpdate: error.message,
      id: this.progressId++,
    });
    this.update(task, { taskState: 'Error', taskStatus: status, stateReason: reason, percent: 100 });
  }

  private update(
    task: TaskWire,
    change: { taskState?: string; taskStatus?: string | null; stateReason?: string; percent?: number },
  ): void {
    if (change.taskState !== undefined) task.taskState = change.taskState;
    if (change.taskStatus !== undefined) task.taskStatus = change.taskStatus;
    if (change.stateReason !== undefined) task.stateReason = change.stateReason;
    if (change.percent !== undefined) {
      task.percentComplete = change.percent;
      task.computedPercentComplete = change.percent;
    }
    task.modified = this.clock.iso();
    task.eTag = String(Number(task.eTag) + 1);
  }
}

export function isTerminal(state: string): boolean {
  return ['Completed', 'Warning', 'Error', 'Terminated', 'Killed', 'Interrupted'].includes(state);
}

import { describe, expect, it } from 'vitest';
import type { RestClient } from '../../../src/adapters/oneview/rest-client.js';
import { attributionOf, failureAttribution } from '../../../src/adapters/oneview/task-failure.js';
import { DEFAULT_TASK_POLICY, taskRefOf, waitForTask } from '../../../src/adapters/oneview/task-waiter.js';
import { isPhoenixError, type PhoenixError } from '../../../src/core/errors/phoenix-error.js';
import { createSilentLogger } from '../../../src/logging/create-logger.js';
import type { Clock } from '../../../src/ports/clock.js';
import { fixture } from './fixture.js';

const clock: Clock = { now: () => 0, sleep: () => Promise.resolve() };
/** Terminal snapshots need no poll: a client that is never called. */
const unused = {} as RestClient;
const wait = (task: object) =>
  waitForTask(
    unused,
    { uri: '/rest/tasks/T1', task: task as never },
    { operation: 'test', kind: 'other', policy: DEFAULT_TASK_POLICY, clock, logger: createSilentLogger() },
  );

async function failure(task: object): Promise<PhoenixError> {
  try {
    await wait(task);
  } catch (error) {
    if (isPhoenixError(error)) return error;
    throw error;
  }
  throw new Error('expected the task to fail');
}

describe('task references from a 202', () => {
  it('takes the task from the body (a Starting task as recorded)', () => {
    const body = fixture('oneview-sdk-java/FirmwareDriverDeleteTask.json');
    const ref = taskRefOf({ status: 202, headers: {}, body });
    expect(ref?.uri).toBe(body.uri);
    expect(ref?.task?.['taskState']).toBe('Starting');
  });

  it('falls back to Location, relative or absolute, then X-Task-URI', () => {
    expect(taskRefOf({ status: 202, headers: { location: '/rest/tasks/A' }, body: null })).toEqual({
      uri: '/rest/tasks/A',
      task: null,
    });
    expect(
      taskRefOf({ status: 202, headers: { location: 'https://ov.example.org/rest/tasks/B' }, body: '' }),
    ).toEqual({ uri: '/rest/tasks/B', task: null });
    expect(taskRefOf({ status: 202, headers: { 'x-task-uri': '/rest/tasks/C' }, body: null })).toEqual({
      uri: '/rest/tasks/C',
      task: null,
    });
  });

  it('returns null for a synchronous answer that is not a task', () => {
    expect(
      taskRefOf({
        status: 200,
        headers: {},
        body: fixture('oneview-redfish-toolkit/LabelForServerProfile.json'),
      }),
    ).toBeNull();
  });
});

describe('terminal task states', () => {
  it.each([
    'oneview-sdk-java/ServerProfileTaskCompleted.json',
    'oneview-sdk-java/EnclosureCreateTaskCompleted.json',
    'oneview-sdk-java/FirmwareDriverDeleteTaskCompleted.json',
    'oneview-sdk-java/ServerProfileTemplateTaskCompleted.json',
  ])('%s completes', async (path) => {
    const task = fixture(path);
    await expect(wait(task)).resolves.toBe(task);
  });

  it('treats Warning as success', async () => {
    const task = {
      ...fixture('oneview-sdk-java/ServerProfileTaskCompleted.json'),
      taskState: 'Warning',
      taskErrors: [{ errorCode: 'W', message: 'careful' }],
    };
    await expect(wait(task)).resolves.toBe(task);
  });

  it('raises ONEVIEW_TASK_FAILED with the appliance errorCode, message and recommended actions', async () => {
    const body = {
      ...fixture('oneview-sdk-java/ServerProfileTaskCompleted.json'),
      taskState: 'Error',
      taskStatus: 'Unable to edit server profile: web01.',
      taskErrors: [
        {
          errorCode: 'ServerNotOffWithCauseForNoServerChange',
          message: 'The requested changes cannot be applied because the server is powered on.',
          details: '',
          recommendedActions: ['Power off the server or adjust the settings and retry.'],
          nestedErrors: [],
          errorSource: null,
          data: {},
        },
      ],
    };
    const error = await failure(body);
    expect(error.code).toBe('ONEVIEW_TASK_FAILED');
    expect(error.retry).toBe('terminal');
    expect(error.details).toMatchObject({
      errorCode: 'ServerNotOffWithCauseForNoServerChange',
      message: 'The requested changes cannot be applied because the server is powered on.',
      recommendedActions: ['Power off the server or adjust the settings and retry.'],
      taskState: 'Error',
      taskUri: '/rest/tasks/T1',
      attribution: 'none',
    });
  });

  it.each([
    'AssignProfileToDeviceBayError',
    'EnclosureBayUnavailableForProfile',
    'ProfileAlreadyExistsInServer',
    'ServerHardwareFailure',
  ])('%s is attributed to the hardware', async (errorCode) => {
    const error = await failure({ taskState: 'Error', taskErrors: [{ errorCode, message: 'm' }] });
    expect(error.details['attribution']).toBe('hardware');
    expect(failureAttribution(error)).toBe('hardware');
  });

  it("follows the appliance's own hardwareAttributable flag over the errorCode", async () => {
    const software = await failure({
      taskState: 'Error',
      taskErrors: [
        { errorCode: 'ServerHardwareFailure', message: 'm', data: { hardwareAttributable: false } },
      ],
    });
    expect(software.details['attribution']).toBe('none');
    const hardware = await failure({
      taskState: 'Error',
      taskErrors: [{ errorCode: 'DeployFailed', message: 'm', data: { hardwareAttributable: true } }],
    });
    expect(hardware.details['attribution']).toBe('hardware');
  });

  it('attributes a hardware code found among nested errors', () => {
    expect(attributionOf([null, 'ValidationError', 'AssignProfileToDeviceBayError'])).toBe('hardware');
    expect(attributionOf(['ServerNotOffWithCauseForNoServerChange'])).toBe('none');
    expect(failureAttribution(new Error('x'))).toBe('none');
  });

  it('raises ONEVIEW_TASK_INTERRUPTED (transient) for Interrupted', async () => {
    const error = await failure({ taskState: 'Interrupted', taskErrors: [] });
    expect(error.code).toBe('ONEVIEW_TASK_INTERRUPTED');
    expect(error.retry).toBe('transient');
  });

  it('times out a running task after the timeout of its kind, by the injected clock', async () => {
    let now = 0;
    const ticking: Clock = { now: () => now, sleep: (ms) => ((now += ms), Promise.resolve()) };
    const running = { uri: '/rest/tasks/T1', category: 'tasks', taskState: 'Running' };
    let polls = 0;
    const client = { get: () => (polls++, Promise.resolve(running)) } as unknown as RestClient;
    const policy = {
      poll: { initialMs: 1000, maxMs: 10_000, factor: 1.5 },
      timeoutsMs: { ...DEFAULT_TASK_POLICY.timeoutsMs, power: 60_000 },
    };
    const promise = waitForTask(
      client,
      { uri: '/rest/tasks/T1', task: running },
      { operation: 'power on', kind: 'power', policy, clock: ticking, logger: createSilentLogger() },
    );
    await expect(promise).rejects.toMatchObject({ code: 'ONEVIEW_TASK_TIMEOUT', retry: 'transient' });
    expect(now).toBe(60_000);
    // 1 s rising by 1.5x to 10 s: 1, 1.5, 2.25, 3.375, 5.0625, 7.59, 10, 10, ... until 60 s
    expect(polls).toBeGreaterThan(6);
    expect(polls).toBeLessThan(14);
  });

  it('stops waiting when the signal aborts', async () => {
    const controller = new AbortController();
    const aborting: Clock = {
      now: () => 0,
      sleep: (_ms, signal) => (
        controller.abort(),
        signal?.aborted ? Promise.reject(new Error('aborted')) : Promise.resolve()
      ),
    };
    const promise = waitForTask(
      unused,
      { uri: '/rest/tasks/T1', task: { taskState: 'Running' } },
      {
        operation: 'x',
        kind: 'other',
        policy: DEFAULT_TASK_POLICY,
        clock: aborting,
        logger: createSilentLogger(),
        signal: controller.signal,
      },
    );
    await expect(promise).rejects.toMatchObject({ code: 'ONEVIEW_CANCELLED' });
  });
});

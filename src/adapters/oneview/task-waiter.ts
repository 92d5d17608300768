import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { Logger } from '../../ports/logger.js';
import type { Clock } from '../../ports/clock.js';
import { pollDelay, type BackoffPolicy } from './backoff.js';
import type { HttpResponse } from './http-transport.js';
import type { RestClient } from './rest-client.js';
import { taskFailureError } from './task-failure.js';
import { arrayOf, asWireObject, isWireObject, optionalString, type WireObject } from './wire-fields.js';

/** Operation kinds with their own task timeout. */
export type TaskKind = 'profileCreate' | 'profileDelete' | 'power' | 'other';

export interface TaskPolicy {
  /** Poll interval: 1 s rising to 10 s by default. */
  readonly poll: BackoffPolicy;
  readonly timeoutsMs: Readonly<Record<TaskKind, number>>;
}

export const DEFAULT_TASK_POLICY: TaskPolicy = {
  poll: { initialMs: 1_000, maxMs: 10_000, factor: 1.5 },
  timeoutsMs: {
    profileCreate: 45 * 60_000,
    profileDelete: 20 * 60_000,
    power: 6 * 60_000,
    other: 20 * 60_000,
  },
};

const SUCCESS = new Set(['Completed', 'Warning']);
const FAILED = new Set(['Error', 'Killed', 'Terminated']);
const INTERRUPTED = new Set(['Interrupted']);

/** A task to follow: its URI and, when the 202 carried it, its first snapshot. */
export interface TaskRef {
  readonly uri: string;
  readonly task: WireObject | null;
}

function pathOf(uri: string): string {
  if (uri.startsWith('/')) return uri;
  try {
    const url = new URL(uri);
    return `${url.pathname}${url.search}`;
  } catch {
    throw new PhoenixError('ONEVIEW_BAD_RESPONSE', { what: 'task', field: 'Location' });
  }
}

/** The task of an async response: the body when it is a task, else `Location` (or `X-Task-URI`). */
export function taskRefOf(res: HttpResponse): TaskRef | null {
  const body = res.body;
  if (isWireObject(body)) {
    const uri = optionalString(body, 'uri');
    if (
      uri !== null &&
      (optionalString(body, 'category') === 'tasks' || pathOf(uri).startsWith('/rest/tasks/'))
    ) {
      return { uri: pathOf(uri), task: body };
    }
  }
  const location = res.headers['location'] ?? res.headers['x-task-uri'];
  if (location !== undefined && location !== '') return { uri: pathOf(location), task: null };
  return null;
}

export interface WaitOptions {
  readonly operation: string;
  readonly kind: TaskKind;
  readonly policy: TaskPolicy;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly signal?: AbortSignal | undefined;
}

/**
 * Polls a task until it ends: Completed, or Warning (success, logged); Error, Killed or Terminated throw
 * ONEVIEW_TASK_FAILED with the appliance's errorCode; Interrupted throws ONEVIEW_TASK_INTERRUPTED; a task still
 * running after the timeout of its kind throws ONEVIEW_TASK_TIMEOUT. The abort signal stops waiting (the task
 * itself keeps running on the appliance).
 */
export async function waitForTask(
  client: RestClient,
  ref: TaskRef,
  options: WaitOptions,
): Promise<WireObject> {
  const { clock, policy, signal } = options;
  const deadline = clock.now() + policy.timeoutsMs[options.kind];
  let task = ref.task;
  let attempt = 0;
  for (;;) {
    if (task !== null) {
      const state = optionalString(task, 'taskState') ?? 'Unknown';
      if (SUCCESS.has(state)) {
        if (state === 'Warning') {
          const messages = arrayOf(task, 'taskErrors').map((e) =>
            isWireObject(e) ? optionalString(e, 'message') : null,
          );
          options.logger.warn(
            {
              operation: options.operation,
              taskUri: ref.uri,
              taskStatus: optionalString(task, 'taskStatus'),
              warnings: messages,
            },
            'oneview task completed with a warning',
          );
        }
        return task;
      }
      if (FAILED.has(state)) throw taskFailureError('ONEVIEW_TASK_FAILED', task, options.operation, ref.uri);
      if (INTERRUPTED.has(state))
        throw taskFailureError('ONEVIEW_TASK_INTERRUPTED', task, options.operation, ref.uri);
      if (clock.now() >= deadline) {
        throw new PhoenixError('ONEVIEW_TASK_TIMEOUT', {
          operation: options.operation,
          kind: options.kind,
          taskUri: ref.uri,
          taskState: state,
          timeoutMs: policy.timeoutsMs[options.kind],
        });
      }
      const delay = Math.min(pollDelay(policy.poll, attempt), Math.max(0, deadline - clock.now()));
      try {
        await clock.sleep(delay, signal);
      } catch (cause) {
        throw new PhoenixError(
          'ONEVIEW_CANCELLED',
          { operation: options.operation, taskUri: ref.uri },
          { cause },
        );
      }
      attempt++;
    } else if (signal?.aborted) {
      throw new PhoenixError('ONEVIEW_CANCELLED', { operation: options.operation, taskUri: ref.uri });
    }
    task = asWireObject(await client.get(ref.uri, signal), 'task');
    options.logger.trace(
      { operation: options.operation, taskUri: ref.uri, taskState: optionalString(task, 'taskState') },
      'oneview task polled',
    );
  }
}

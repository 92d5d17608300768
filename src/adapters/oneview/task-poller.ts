import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { Clock } from '../../ports/clock.js';
import { parseCollectionPage } from './collection-reader.js';
import type { RestClient } from './rest-client.js';
import { equalsFilter } from './safe-filter.js';
import { settledTask, type TaskRef, type WaitOptions } from './task-waiter.js';
import { asWireObject, isWireObject, optionalString, type WireObject } from './wire-fields.js';

/** Task URIs per filtered GET: keeps the request line far below what servers and proxies accept. */
export const TASKS_PER_POLL = 40;

interface Waiter {
  readonly uri: string;
  readonly deadline: number;
  readonly options: WaitOptions;
  readonly resolve: (task: WireObject) => void;
  readonly reject: (error: unknown) => void;
  readonly detach: () => void;
}

function taskPath(uri: string): string {
  if (uri.startsWith('/')) return uri;
  try {
    return new URL(uri).pathname;
  } catch {
    return uri;
  }
}

/**
 * Follows every task of one appliance in flight with one request per poll: `GET /rest/tasks` filtered on their
 * URIs (`uri='…' or uri='…'`, at most TASKS_PER_POLL a request), every `intervalMs`, instead of one GET per task
 * backing off to ten seconds. Each wait ends as waitForTask's would (see settledTask): the task when it succeeds,
 * its failure, its timeout, or ONEVIEW_CANCELLED when its own signal aborts. A task the filtered answer leaves
 * out is read by its own URI.
 */
export class TaskPoller {
  readonly #client: RestClient;
  readonly #clock: Clock;
  readonly #intervalMs: number;
  readonly #waiters = new Map<string, Set<Waiter>>();
  #polling = false;

  constructor(client: RestClient, clock: Clock, intervalMs: number) {
    this.#client = client;
    this.#clock = clock;
    this.#intervalMs = intervalMs;
  }

  /** Resolves with the final task (Completed or Warning); rejects as waitForTask does. */
  async wait(ref: TaskRef, options: WaitOptions): Promise<WireObject> {
    const deadline = options.clock.now() + options.policy.timeoutsMs[options.kind];
    if (ref.task !== null) {
      const done = settledTask(ref.task, ref.uri, deadline, options);
      if (done !== null) return done;
    }
    const cancelled = () =>
      new PhoenixError('ONEVIEW_CANCELLED', { operation: options.operation, taskUri: ref.uri });
    const signal = options.signal;
    if (signal?.aborted) throw cancelled();
    return new Promise<WireObject>((resolve, reject) => {
      const onAbort = () => {
        this.#remove(waiter);
        reject(cancelled());
      };
      const waiter: Waiter = {
        uri: ref.uri,
        deadline,
        options,
        resolve,
        reject,
        detach: () => signal?.removeEventListener('abort', onAbort),
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const same = this.#waiters.get(ref.uri) ?? new Set<Waiter>();
      same.add(waiter);
      this.#waiters.set(ref.uri, same);
      if (!this.#polling) {
        this.#polling = true;
        void this.#poll();
      }
    });
  }

  /** How many tasks are being followed. */
  get inFlight(): number {
    return this.#waiters.size;
  }

  #remove(waiter: Waiter): void {
    waiter.detach();
    const same = this.#waiters.get(waiter.uri);
    same?.delete(waiter);
    if (same?.size === 0) this.#waiters.delete(waiter.uri);
  }

  async #poll(): Promise<void> {
    try {
      while (this.#waiters.size > 0) {
        await this.#clock.sleep(this.#intervalMs);
        const uris = [...this.#waiters.keys()];
        for (let i = 0; i < uris.length; i += TASKS_PER_POLL)
          await this.#pollBatch(uris.slice(i, i + TASKS_PER_POLL));
      }
    } finally {
      this.#polling = false;
    }
  }

  async #pollBatch(uris: readonly string[]): Promise<void> {
    let found: Map<string, WireObject>;
    try {
      found = await this.#readTasks(uris);
    } catch (error) {
      for (const uri of uris)
        await this.#settle(uri, () => {
          throw error;
        });
      return;
    }
    for (const uri of uris) {
      const task = found.get(taskPath(uri));
      await this.#settle(uri, async () => task ?? asWireObject(await this.#client.get(uri), 'task'));
    }
  }

  /** The tasks among `uris` that one filtered GET of the collection returns, by path. */
  async #readTasks(uris: readonly string[]): Promise<Map<string, WireObject>> {
    const filter = uris.map((uri) => equalsFilter('uri', taskPath(uri)).slice(1, -1)).join(' or ');
    const body = await this.#client.get(
      `/rest/tasks?filter=${encodeURIComponent(`"${filter}"`)}&count=${uris.length}`,
    );
    const found = new Map<string, WireObject>();
    for (const member of parseCollectionPage(body, 'tasks').members) {
      if (!isWireObject(member)) continue;
      const uri = optionalString(member, 'uri');
      if (uri !== null) found.set(taskPath(uri), member);
    }
    return found;
  }

  /** Hands the task `read` returns to every wait on `uri`: each ends, fails, or stays for the next poll. */
  async #settle(uri: string, read: () => WireObject | Promise<WireObject>): Promise<void> {
    const waiters = [...(this.#waiters.get(uri) ?? [])];
    if (waiters.length === 0) return;
    let task: WireObject;
    try {
      task = await read();
    } catch (error) {
      for (const waiter of waiters) {
        this.#remove(waiter);
        waiter.reject(error);
      }
      return;
    }
    for (const waiter of waiters) {
      waiter.options.logger.trace(
        { operation: waiter.options.operation, taskUri: uri, taskState: optionalString(task, 'taskState') },
        'oneview task polled',
      );
      try {
        const done = settledTask(task, uri, waiter.deadline, waiter.options);
        if (done === null) continue;
        this.#remove(waiter);
        waiter.resolve(done);
      } catch (error) {
        this.#remove(waiter);
        waiter.reject(error);
      }
    }
  }
}

import { describe, expect, it } from 'vitest';
import type { RestClient } from '../../../src/adapters/oneview/rest-client.js';
import { TASKS_PER_POLL, TaskPoller } from '../../../src/adapters/oneview/task-poller.js';
import { DEFAULT_TASK_POLICY, type WaitOptions } from '../../../src/adapters/oneview/task-waiter.js';
import { createSilentLogger } from '../../../src/logging/create-logger.js';
import type { Clock } from '../../../src/ports/clock.js';

/** A clock whose sleeps pass at once, moving `now` on. */
function ticking(): Clock & { readonly at: () => number } {
  let now = 0;
  return {
    now: () => now,
    at: () => now,
    sleep: (ms, signal) =>
      signal?.aborted ? Promise.reject(new Error('aborted')) : ((now += ms), Promise.resolve()),
  };
}

/**
 * An appliance whose tasks end after `runs` polls each; it answers the filtered collection GET with the tasks
 * the filter names (except those in `hidden`) and a task's own GET with that task.
 */
function appliance(runs: Readonly<Record<string, number>>, hidden: ReadonlySet<string> = new Set()) {
  const polls = new Map<string, number>();
  const requests: string[] = [];
  const task = (uri: string) => {
    const n = (polls.get(uri) ?? 0) + 1;
    polls.set(uri, n);
    const state = uri.endsWith('fail') ? 'Error' : n >= (runs[uri] ?? 1) ? 'Completed' : 'Running';
    return { uri, category: 'tasks', taskState: state, taskErrors: [] };
  };
  const client = {
    get: (path: string) => {
      requests.push(path);
      if (!path.startsWith('/rest/tasks?')) return Promise.resolve(task(path));
      const filter = decodeURIComponent(new URL(path, 'https://x').searchParams.get('filter') ?? '');
      const uris = [...filter.matchAll(/uri='([^']+)'/g)].map((m) => m[1]!);
      return Promise.resolve({ members: uris.filter((u) => !hidden.has(u)).map(task) });
    },
  } as unknown as RestClient;
  return { client, requests };
}

const options = (clock: Clock, signal?: AbortSignal): WaitOptions => ({
  operation: 'test',
  kind: 'power',
  policy: DEFAULT_TASK_POLICY,
  clock,
  logger: createSilentLogger(),
  signal,
});

const running = (uri: string) => ({ uri, task: { uri, taskState: 'Running' } });

describe('TaskPoller', () => {
  it('polls every task in flight with one filtered GET of the tasks collection', async () => {
    const clock = ticking();
    const uris = ['/rest/tasks/a', '/rest/tasks/b', '/rest/tasks/c'];
    const { client, requests } = appliance({ '/rest/tasks/a': 1, '/rest/tasks/b': 2, '/rest/tasks/c': 3 });
    const poller = new TaskPoller(client, clock, 1000);
    const tasks = await Promise.all(uris.map((uri) => poller.wait(running(uri), options(clock))));
    expect(tasks.map((t) => t['taskState'])).toEqual(['Completed', 'Completed', 'Completed']);
    expect(requests).toHaveLength(3);
    expect(requests.every((r) => r.startsWith('/rest/tasks?filter='))).toBe(true);
    expect(decodeURIComponent(requests[0]!)).toContain(
      `"uri='/rest/tasks/a' or uri='/rest/tasks/b' or uri='/rest/tasks/c'"`,
    );
    expect(poller.inFlight).toBe(0);
  });

  it(`asks for at most ${TASKS_PER_POLL} tasks a request`, async () => {
    const clock = ticking();
    const uris = Array.from({ length: TASKS_PER_POLL + 5 }, (_, i) => `/rest/tasks/t${i}`);
    const { client, requests } = appliance({});
    const poller = new TaskPoller(client, clock, 1000);
    await Promise.all(uris.map((uri) => poller.wait(running(uri), options(clock))));
    expect(requests).toHaveLength(2);
  });

  it('reads a task the filtered answer leaves out by its own URI', async () => {
    const clock = ticking();
    const { client, requests } = appliance({}, new Set(['/rest/tasks/b']));
    const poller = new TaskPoller(client, clock, 1000);
    await Promise.all(['/rest/tasks/a', '/rest/tasks/b'].map((u) => poller.wait(running(u), options(clock))));
    expect(requests.filter((r) => r === '/rest/tasks/b')).toHaveLength(1);
  });

  it('fails the wait of a failed task only', async () => {
    const clock = ticking();
    const { client } = appliance({ '/rest/tasks/ok': 2 });
    const poller = new TaskPoller(client, clock, 1000);
    const ok = poller.wait(running('/rest/tasks/ok'), options(clock));
    const failed = poller.wait(running('/rest/tasks/fail'), options(clock));
    await expect(failed).rejects.toMatchObject({ code: 'ONEVIEW_TASK_FAILED' });
    await expect(ok).resolves.toMatchObject({ taskState: 'Completed' });
  });

  it('times a running task out after the timeout of its kind, by the injected clock', async () => {
    const clock = ticking();
    const { client } = appliance({ '/rest/tasks/slow': Number.POSITIVE_INFINITY });
    const poller = new TaskPoller(client, clock, 1000);
    await expect(poller.wait(running('/rest/tasks/slow'), options(clock))).rejects.toMatchObject({
      code: 'ONEVIEW_TASK_TIMEOUT',
    });
    expect(clock.at()).toBe(DEFAULT_TASK_POLICY.timeoutsMs.power);
  });

  it('stops one wait when its signal aborts; the others go on', async () => {
    const clock = ticking();
    const { client } = appliance({ '/rest/tasks/a': 3, '/rest/tasks/b': 3 });
    const poller = new TaskPoller(client, clock, 1000);
    const controller = new AbortController();
    const a = poller.wait(running('/rest/tasks/a'), options(clock, controller.signal));
    const b = poller.wait(running('/rest/tasks/b'), options(clock));
    controller.abort();
    await expect(a).rejects.toMatchObject({ code: 'ONEVIEW_CANCELLED' });
    await expect(b).resolves.toMatchObject({ taskState: 'Completed' });
  });
});

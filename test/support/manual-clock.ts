import type { Clock } from '../../src/ports/clock.js';

interface Sleeper {
  readonly at: number;
  readonly order: number;
  readonly resolve: () => void;
}

const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * A clock that moves only when the test says so: `sleep` waits until `advance` (or `runUntilSettled`) moves
 * time past its wake-up. Tests never wait on the wall clock with it.
 */
export class ManualClock implements Clock {
  #now: number;
  #order = 0;
  #sleepers: Sleeper[] = [];
  #onSleep: (() => void)[] = [];
  /** Every sleep requested, in ms, in order: what the code under test waited for. */
  readonly sleeps: number[] = [];

  constructor(start = Date.parse('2026-01-01T00:00:00.000Z')) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
        return;
      }
      this.sleeps.push(ms);
      const sleeper: Sleeper = {
        at: this.#now + Math.max(0, ms),
        order: this.#order++,
        resolve: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const onAbort = (): void => {
        this.#sleepers = this.#sleepers.filter((s) => s !== sleeper);
        reject(signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#sleepers.push(sleeper);
      const waiting = this.#onSleep;
      this.#onSleep = [];
      for (const wake of waiting) wake();
    });
  }

  /** Sleeps not yet woken. */
  get pending(): number {
    return this.#sleepers.length;
  }

  /** Moves time forward by `ms`, waking each sleeper that falls due, earliest first. */
  async advance(ms: number): Promise<void> {
    const target = this.#now + ms;
    for (;;) {
      const next = this.#earliest();
      if (next === undefined || next.at > target) break;
      this.#wake(next);
      await flush();
    }
    this.#now = target;
  }

  /**
   * Lets `work` run to its end: whenever it sleeps, time jumps to the earliest wake-up. Real I/O in between
   * (sockets, HTTP) runs at its own pace while time stands still.
   */
  async runUntilSettled<T>(work: Promise<T>): Promise<T> {
    let settled = false;
    const done = work.then(
      () => {
        settled = true;
      },
      () => {
        settled = true;
      },
    );
    while (!settled) {
      await Promise.race([done, this.#whenSleeping()]);
      if (settled) break;
      const next = this.#earliest();
      if (next !== undefined) this.#wake(next);
      await flush();
    }
    return work;
  }

  #earliest(): Sleeper | undefined {
    let best: Sleeper | undefined;
    for (const s of this.#sleepers)
      if (best === undefined || s.at < best.at || (s.at === best.at && s.order < best.order)) best = s;
    return best;
  }

  #wake(sleeper: Sleeper): void {
    this.#sleepers = this.#sleepers.filter((s) => s !== sleeper);
    this.#now = Math.max(this.#now, sleeper.at);
    sleeper.resolve();
  }

  #whenSleeping(): Promise<void> {
    if (this.#sleepers.length > 0) return Promise.resolve();
    return new Promise((resolve) => this.#onSleep.push(resolve));
  }
}

/**
 * A single-flight queue per key: at most one pass per key runs at a time. A pass starts after a short settle
 * time, so that triggers of the same burst join it, and every trigger that arrives while it runs is coalesced
 * into one follow-up pass. A burst shorter than the settle time costs one pass, any burst at most two.
 */
export class KeyedQueue<T> {
  readonly #worker: (key: string, triggers: readonly T[]) => Promise<void>;
  readonly #settle: () => Promise<void>;
  readonly #running = new Map<string, Promise<void>>();
  readonly #pending = new Map<string, T[]>();
  #closed = false;

  constructor(
    worker: (key: string, triggers: readonly T[]) => Promise<void>,
    settle: () => Promise<void> = () => Promise.resolve(),
  ) {
    this.#worker = worker;
    this.#settle = settle;
  }

  /** Queues a trigger; returns whether it started a pass, joined the pending one, or was refused (closed). */
  enqueue(key: string, trigger: T): 'started' | 'coalesced' | 'closed' {
    if (this.#closed) return 'closed';
    if (this.#running.has(key)) {
      const pending = this.#pending.get(key) ?? [];
      pending.push(trigger);
      this.#pending.set(key, pending);
      return 'coalesced';
    }
    this.#start(key, [trigger]);
    return 'started';
  }

  /** Whether a pass of the key runs now. */
  isRunning(key: string): boolean {
    return this.#running.has(key);
  }

  /** Takes no more triggers and drops the pending ones; resolves when the running passes have ended. */
  async close(): Promise<void> {
    this.#closed = true;
    this.#pending.clear();
    await this.idle();
  }

  /** Resolves when no pass runs and none is pending. */
  async idle(): Promise<void> {
    while (this.#running.size > 0) await Promise.all([...this.#running.values()]);
  }

  #start(key: string, triggers: readonly T[]): void {
    const run = (async () => {
      try {
        await this.#settle();
        const joined = this.#pending.get(key) ?? [];
        this.#pending.delete(key);
        if (!this.#closed) await this.#worker(key, [...triggers, ...joined]);
      } finally {
        this.#running.delete(key);
        const next = this.#pending.get(key);
        this.#pending.delete(key);
        if (next !== undefined && next.length > 0 && !this.#closed) this.#start(key, next);
      }
    })();
    this.#running.set(key, run);
  }
}

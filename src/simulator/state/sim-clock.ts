/** A scheduled callback on the simulated clock. */
interface Timer {
  readonly at: number;
  readonly seq: number;
  readonly run: () => void;
  cancelled: boolean;
}

export interface TimerHandle {
  cancel(): void;
}

/**
 * The simulator's clock: wall time plus an offset that the control API can advance. Every state change that takes
 * time is a callback scheduled on this clock, so advancing it completes work at once, without waiting.
 */
export class SimClock {
  private offsetMs = 0;
  private seq = 0;
  private readonly queue: Timer[] = [];
  private wakeup: NodeJS.Timeout | null = null;
  private closed = false;
  private runs = 0;

  now(): number {
    return Date.now() + this.offsetMs;
  }

  iso(): string {
    return new Date(this.now()).toISOString();
  }

  schedule(delayMs: number, run: () => void): TimerHandle {
    const timer: Timer = { at: this.now() + Math.max(0, delayMs), seq: this.seq++, run, cancelled: false };
    this.push(timer);
    this.arm();
    return {
      cancel: () => {
        timer.cancelled = true;
      },
    };
  }

  /** Moves simulated time forward and runs everything that became due, in order. */
  advance(ms: number): void {
    this.offsetMs += Math.max(0, ms);
    this.runDue();
  }

  /** How many scheduled callbacks have run so far (each may have changed the state). */
  runCount(): number {
    return this.runs;
  }

  pending(): number {
    return this.queue.filter((t) => !t.cancelled).length;
  }

  /** Drops every pending callback; the clock stays usable. */
  clearTimers(): void {
    if (this.wakeup) clearTimeout(this.wakeup);
    this.wakeup = null;
    this.queue.length = 0;
  }

  close(): void {
    this.closed = true;
    if (this.wakeup) clearTimeout(this.wakeup);
    this.wakeup = null;
    this.queue.length = 0;
  }

  private runDue(): void {
    for (;;) {
      const head = this.queue[0];
      if (!head || head.at > this.now()) break;
      this.pop();
      if (head.cancelled) continue;
      this.runs++;
      head.run();
    }
    this.arm();
  }

  private arm(): void {
    if (this.closed) return;
    if (this.wakeup) clearTimeout(this.wakeup);
    this.wakeup = null;
    while (this.queue[0]?.cancelled) this.pop();
    const head = this.queue[0];
    if (!head) return;
    const delay = Math.max(0, head.at - this.now());
    this.wakeup = setTimeout(() => this.runDue(), delay);
    this.wakeup.unref();
  }

  private before(a: Timer, b: Timer): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  private push(timer: Timer): void {
    const q = this.queue;
    q.push(timer);
    let i = q.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(q[i]!, q[parent]!)) break;
      [q[i], q[parent]] = [q[parent]!, q[i]!];
      i = parent;
    }
  }

  private pop(): void {
    const q = this.queue;
    const last = q.pop();
    if (!last || q.length === 0) return;
    q[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < q.length && this.before(q[l]!, q[m]!)) m = l;
      if (r < q.length && this.before(q[r]!, q[m]!)) m = r;
      if (m === i) break;
      [q[i], q[m]] = [q[m]!, q[i]!];
      i = m;
    }
  }
}

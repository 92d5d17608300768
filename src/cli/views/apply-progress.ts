import { createColors } from 'picocolors';
import type { ApplyEvent } from '../../engine/apply/apply-events.js';
import { formatDuration } from './format-duration.js';
import type { Display, LiveRegion } from './terminal.js';

interface NodeLine {
  readonly node: string;
  readonly action: string;
  state: string;
  since: number;
  started: boolean;
  done: boolean;
}

type Paint = (text: string) => string;

function outcomePaint(colors: ReturnType<typeof createColors>): Readonly<Record<string, Paint>> {
  return {
    created: colors.green,
    replaced: colors.yellow,
    healed: colors.cyan,
    deleted: colors.red,
    failed: (t) => colors.bold(colors.red(t)),
    skipped: colors.gray,
    interrupted: colors.magenta,
  };
}

export interface ProgressOptions extends Display {
  readonly now: () => number;
}

/** How many nodes must have finished before the view estimates the time left. */
const ESTIMATE_AFTER = 3;

/**
 * Renders apply progress. On a terminal: one live region with a line per node (its current step and how long it
 * has been at it) and an overall line ("7 of 11 done, 2 in flight, about 1m10s left"), redrawn in place while log
 * lines are written above it. Elsewhere: one plain line per state change, fit for CI logs.
 */
export class ApplyProgressView {
  readonly #out: NodeJS.WritableStream;
  readonly #options: ProgressOptions;
  readonly #paint: Readonly<Record<string, Paint>>;
  readonly #lines = new Map<string, NodeLine>();
  #region: LiveRegion | null = null;
  #startedAt = 0;
  #timer: NodeJS.Timeout | null = null;

  /** The view, with the terminal's live renderer loaded first when it draws in place. */
  static async open(out: NodeJS.WritableStream, options: ProgressOptions): Promise<ApplyProgressView> {
    if (options.live) await options.terminal.prepareLive();
    return new ApplyProgressView(out, options);
  }

  private constructor(out: NodeJS.WritableStream, options: ProgressOptions) {
    this.#out = out;
    this.#options = options;
    this.#paint = outcomePaint(createColors(options.color));
  }

  readonly onEvent = (event: ApplyEvent): void => {
    const now = this.#options.now();
    switch (event.type) {
      case 'run-started':
        this.#startedAt = now;
        for (const change of event.changes) {
          this.#lines.set(change.id, {
            node: change.node,
            action: change.action,
            state: 'waiting',
            since: now,
            started: false,
            done: false,
          });
        }
        if (this.#options.live) {
          this.#region = this.#options.terminal.startLive();
          this.#timer = setInterval(() => this.#draw(), 500);
          this.#timer.unref();
        }
        this.#draw();
        return;
      case 'step-started':
        this.#update(
          event.changeId,
          event.attempt > 1 ? `${event.step} (attempt ${event.attempt})` : event.step,
          now,
        );
        return;
      case 'step-retrying':
        this.#update(
          event.changeId,
          `${event.step} retrying in ${formatDuration(event.delayMs)} (${event.errorCode})`,
          now,
        );
        return;
      case 'hardware-quarantined':
        this.#print(
          `${event.node}: hardware ${event.hardwareUri} quarantined (${event.reason}); trying a spare`,
        );
        return;
      case 'change-waiting':
        this.#update(event.changeId, `waiting for ${event.for}`, now, false);
        return;
      case 'change-finished': {
        const line = this.#lines.get(event.report.id);
        if (line === undefined) return;
        const detail = event.report.errorCode ?? event.report.skipReason;
        line.state = detail === null ? event.report.outcome : `${event.report.outcome} (${detail})`;
        line.done = true;
        if (!this.#options.live) {
          // A failure says why on the next line: the cause belongs beside the outcome, not only in the log.
          const why =
            event.report.outcome === 'failed' && event.report.message !== null
              ? `\n    ${event.report.message}`
              : '';
          this.#print(`${line.node}: ${line.state} after ${formatDuration(event.report.durationMs)}${why}`);
        }
        this.#draw();
        return;
      }
      case 'step-finished':
        return;
      case 'run-finished':
        if (this.#timer !== null) clearInterval(this.#timer);
        this.#timer = null;
        // The report that follows lists every node's outcome: the live table goes, so the screen holds one.
        this.#region?.finish('');
        this.#region = null;
        return;
    }
  };

  #update(changeId: string, state: string, now: number, started = true): void {
    const line = this.#lines.get(changeId);
    if (line === undefined) return;
    line.state = state;
    line.since = now;
    line.started ||= started;
    if (this.#options.live) this.#draw();
    else this.#print(`${line.node}: ${state}`);
  }

  /** A line of its own, kept in the scrollback: above the live region on a terminal. */
  #print(text: string): void {
    if (this.#options.live) this.#options.terminal.writeLog(`${text}\n`);
    else this.#out.write(`${text}\n`);
  }

  #draw(): void {
    if (this.#region === null) return;
    const rows = (this.#out as { rows?: number }).rows ?? 24;
    this.#region.render(this.#render(Math.max(3, rows - 2)));
  }

  /** The node table and the overall line; when it is taller than `height`, finished nodes give way first. */
  #render(height: number): string {
    const now = this.#options.now();
    const all = [...this.#lines.values()];
    const width = Math.max(4, ...all.map((l) => l.node.length));
    const columns = (this.#out as { columns?: number }).columns ?? 120;
    const shown = all.length + 1 <= height ? all : this.#fit(all, height - 2);
    const rows = shown.map((line) => this.#row(line, width, columns, now));
    if (shown.length < all.length) rows.unshift(`  … ${all.length - shown.length} more finished or waiting`);
    rows.push(this.#overall(all, now));
    return rows.join('\n');
  }

  #fit(all: readonly NodeLine[], room: number): NodeLine[] {
    const rank = (l: NodeLine): number => (l.done ? 0 : l.started ? 2 : 1);
    const keep = new Set(
      [...all]
        .map((line, index) => ({ line, index }))
        .sort((a, b) => rank(b.line) - rank(a.line) || a.index - b.index)
        .slice(0, Math.max(0, room))
        .map((e) => e.line),
    );
    return all.filter((l) => keep.has(l));
  }

  #row(line: NodeLine, width: number, columns: number, now: number): string {
    const clock = line.done || !line.started ? '' : `  ${formatDuration(now - line.since)}`;
    const head = `  ${line.node.padEnd(width)}  ${line.action.padEnd(7)}  `;
    const room = Math.max(8, columns - head.length - clock.length - 1);
    const state = line.state.length > room ? `${line.state.slice(0, room - 1)}…` : line.state;
    const paint = line.done ? this.#paint[line.state.split(' ')[0] ?? ''] : undefined;
    return `${head}${paint === undefined ? state : paint(state)}${clock}`;
  }

  #overall(all: readonly NodeLine[], now: number): string {
    const done = all.filter((l) => l.done).length;
    const inFlight = all.filter((l) => !l.done && l.started).length;
    const parts = [`${done} of ${all.length} done`, `${inFlight} in flight`];
    const elapsed = now - this.#startedAt;
    if (done >= ESTIMATE_AFTER && done < all.length && elapsed > 0) {
      const left = ((all.length - done) * elapsed) / done;
      parts.push(`about ${formatDuration(left)} left`);
    }
    return `  ${parts.join(', ')} (${formatDuration(elapsed)} so far)`;
  }
}

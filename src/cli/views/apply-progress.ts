import type { ApplyEvent } from '../../engine/apply/apply-events.js';

interface NodeLine {
  node: string;
  action: string;
  state: string;
  since: number;
  done: boolean;
}

const OUTCOME_COLOUR: Readonly<Record<string, string>> = {
  created: '\u001b[32m',
  replaced: '\u001b[33m',
  healed: '\u001b[36m',
  deleted: '\u001b[31m',
  failed: '\u001b[1;31m',
  skipped: '\u001b[90m',
};

function elapsed(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}

export interface ProgressOptions {
  /** Redraw one line per node in place (a terminal); otherwise print one line per state change. */
  readonly live: boolean;
  readonly color: boolean;
  readonly now: () => number;
}

/**
 * Renders apply progress: on a terminal, a block with one line per node (its current step and elapsed time),
 * redrawn in place; elsewhere, one plain line per state change, fit for CI logs.
 */
export class ApplyProgressView {
  readonly #out: NodeJS.WritableStream;
  readonly #options: ProgressOptions;
  readonly #lines = new Map<string, NodeLine>();
  #drawn = 0;
  #timer: NodeJS.Timeout | null = null;

  constructor(out: NodeJS.WritableStream, options: ProgressOptions) {
    this.#out = out;
    this.#options = options;
  }

  readonly onEvent = (event: ApplyEvent): void => {
    const now = this.#options.now();
    switch (event.type) {
      case 'run-started':
        for (const change of event.changes) {
          this.#lines.set(change.id, {
            node: change.node,
            action: change.action,
            state: 'waiting',
            since: now,
            done: false,
          });
        }
        if (this.#options.live) this.#timer = setInterval(() => this.#draw(), 500);
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
          `${event.step} retrying in ${elapsed(event.delayMs)} (${event.errorCode})`,
          now,
        );
        return;
      case 'hardware-quarantined':
        this.#print(
          `${event.node}: hardware ${event.hardwareUri} quarantined (${event.reason}); trying a spare`,
        );
        return;
      case 'change-waiting':
        this.#update(event.changeId, `waiting for ${event.for}`, now);
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
          this.#print(`${line.node}: ${line.state} after ${elapsed(event.report.durationMs)}${why}`);
        }
        this.#draw();
        return;
      }
      case 'step-finished':
        return;
      case 'run-finished':
        if (this.#timer !== null) clearInterval(this.#timer);
        this.#timer = null;
        this.#draw();
        return;
    }
  };

  #update(changeId: string, state: string, now: number): void {
    const line = this.#lines.get(changeId);
    if (line === undefined) return;
    line.state = state;
    line.since = now;
    if (this.#options.live) this.#draw();
    else this.#print(`${line.node}: ${state}`);
  }

  #print(text: string): void {
    if (this.#options.live) {
      this.#clear();
      this.#out.write(`${text}\n`);
      this.#draw();
    } else {
      this.#out.write(`${text}\n`);
    }
  }

  #clear(): void {
    if (this.#drawn > 0) this.#out.write(`\u001b[${this.#drawn}A\u001b[0J`);
    this.#drawn = 0;
  }

  #draw(): void {
    if (!this.#options.live) return;
    this.#clear();
    const width = Math.max(4, ...[...this.#lines.values()].map((l) => l.node.length));
    const now = this.#options.now();
    const rows = [...this.#lines.values()].map((line) => {
      const colour =
        this.#options.color && line.done ? (OUTCOME_COLOUR[line.state.split(' ')[0] ?? ''] ?? '') : '';
      const reset = colour === '' ? '' : '\u001b[0m';
      const clock = line.done ? '' : `  ${elapsed(now - line.since)}`;
      return `  ${line.node.padEnd(width)}  ${line.action.padEnd(7)}  ${colour}${line.state}${reset}${clock}`;
    });
    this.#out.write(`${rows.join('\n')}\n`);
    this.#drawn = rows.length;
  }
}

import type { createLogUpdate } from 'log-update';

/** One region of the terminal redrawn in place: the live apply progress. */
export interface LiveRegion {
  /** Redraws the region with `text` (lines past the terminal's height are clipped by the renderer). */
  render(text: string): void;
  /** Clears the region and gives the terminal back to plain output; `text`, when not empty, stays on the screen. */
  finish(text: string): void;
}

export interface TerminalStreams {
  readonly stdout: NodeJS.WriteStream | NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

/**
 * The terminal a command writes to: its output on stdout, log lines on stderr, and at most one live region. While
 * a region is live, a log line clears it, is written, and the region is drawn again below it, so logs and progress
 * never overwrite each other and the final screen holds one copy of the region.
 */
export class Terminal {
  readonly #streams: TerminalStreams;
  #live: { update: ReturnType<typeof createLogUpdate>; text: string } | null = null;
  #createLogUpdate: typeof createLogUpdate | null = null;

  constructor(streams: TerminalStreams) {
    this.#streams = streams;
  }

  /**
   * Loads the renderer of live regions (log-update, with its terminal-width tables): only a command that draws
   * one pays for loading it, once, before its first startLive.
   */
  async prepareLive(): Promise<void> {
    this.#createLogUpdate ??= (await import('log-update')).createLogUpdate;
  }

  /** Writes one log line (or several, as pretty logs are) to stderr, above the live region if one is drawn. */
  readonly writeLog = (text: string): void => {
    const live = this.#live;
    if (live === null) {
      this.#streams.stderr.write(text);
      return;
    }
    live.update.clear();
    this.#streams.stderr.write(text);
    live.update(live.text);
  };

  /** Starts the live region on stdout (after prepareLive); the previous one, if any, is finished as it was last drawn. */
  startLive(): LiveRegion {
    const createRenderer = this.#createLogUpdate;
    if (createRenderer === null) throw new Error('Terminal.startLive before prepareLive');
    if (this.#live !== null) this.#finishLive(this.#live.text);
    const update = createRenderer(this.#streams.stdout, { showCursor: true });
    const live = { update, text: '' };
    this.#live = live;
    return {
      render: (text) => {
        if (this.#live !== live) return;
        live.text = text;
        update(text);
      },
      finish: (text) => {
        if (this.#live === live) this.#finishLive(text);
      },
    };
  }

  #finishLive(text: string): void {
    const live = this.#live;
    if (live === null) return;
    live.update.clear();
    this.#live = null;
    if (text !== '') this.#streams.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  }
}

/** How a command shows its output to a person: the terminal, whether it redraws in place, and colours. */
export interface Display {
  readonly terminal: Terminal;
  /** stdout is a terminal that can redraw a live region. */
  readonly live: boolean;
  /** ANSI colours on stdout. */
  readonly color: boolean;
}

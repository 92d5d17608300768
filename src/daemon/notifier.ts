import { deadlineSignal } from '../adapters/clock/index.js';
import type { Logger } from '../ports/logger.js';

/** An event posted to the notification URLs: JSON with a Slack-compatible `text`. */
export interface NotificationEvent {
  readonly event: 'apply-finished' | 'pass-stalled' | 'drift-detected';
  readonly site: string | null;
  readonly revision: string | null;
  /** The apply's outcome, or `stalled`. */
  readonly outcome: string;
  readonly text: string;
  readonly counts?: Readonly<Record<string, number>>;
  /** The nodes and templates edited outside Git, for drift-detected. */
  readonly drifted?: { readonly nodes: readonly string[]; readonly templates: readonly string[] };
  /** Why a pass stalled, when it was not validation: SIGN_COMMIT_UNVERIFIED. */
  readonly errorCode?: string | null;
  readonly diagnostics?: readonly {
    file: string;
    line: number;
    column: number;
    code: string;
    message: string;
  }[];
  readonly at: string;
}

/** Posts events to webhook URLs; never throws, never logs a URL's path or query (they hold tokens). */
export class Notifier {
  readonly #urls: readonly URL[];
  readonly #logger: Logger;
  readonly #timeoutMs: number;
  readonly #inFlight = new Set<Promise<void>>();

  constructor(urls: readonly URL[], logger: Logger, timeoutMs = 10_000) {
    this.#urls = urls;
    this.#logger = logger;
    this.#timeoutMs = timeoutMs;
  }

  notify(event: NotificationEvent): void {
    for (const url of this.#urls) {
      const sent = this.#post(url, event).finally(() => this.#inFlight.delete(sent));
      this.#inFlight.add(sent);
    }
  }

  /** Resolves when every notification sent so far has been delivered or has failed. */
  async flush(): Promise<void> {
    await Promise.all([...this.#inFlight]);
  }

  async #post(url: URL, event: NotificationEvent): Promise<void> {
    const deadline = deadlineSignal(this.#timeoutMs);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(event),
        signal: deadline.signal,
      });
      await response.body?.cancel();
      if (!response.ok)
        this.#logger.warn(
          { origin: url.origin, status: response.status, event: event.event },
          'notification refused',
        );
    } catch (error) {
      this.#logger.warn(
        { origin: url.origin, event: event.event, reason: (error as Error).name },
        'notification not delivered',
      );
    } finally {
      deadline.dispose();
    }
  }
}

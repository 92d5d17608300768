import type { Clock } from '../../ports/clock.js';
import { systemClock } from './system-clock.js';

/** A signal for one operation with a deadline, linked to the caller's signal until it is disposed. */
export interface DeadlineSignal {
  readonly signal: AbortSignal;
  /** True when the deadline, not the caller, aborted it. */
  readonly timedOut: boolean;
  /** Clears the timer and unlinks from the caller's signal; call it when the operation ends, however it ends. */
  dispose(): void;
}

/**
 * Aborts when `timeoutMs` has passed on `clock` or `parent` aborts. Unlike
 * `AbortSignal.any([parent, AbortSignal.timeout()])`, it leaves nothing behind once disposed: AbortSignal.any keeps
 * an entry in the parent for every signal it made for as long as the parent lives (about 55 bytes each on Node 20),
 * and AbortSignal.timeout keeps its timer until the deadline even after the operation has finished.
 */
/** The reason a disposed deadline aborts its sleep with: one shared value, so a dispose captures no stack. */
const DISPOSED = new Error('The deadline was disposed.');

export function deadlineSignal(
  timeoutMs: number,
  parent?: AbortSignal,
  clock: Clock = systemClock,
): DeadlineSignal {
  const controller = new AbortController();
  const disposed = new AbortController();
  let timedOut = false;
  const onParentAbort = (): void => controller.abort(parent?.reason);
  clock.sleep(Math.max(1, timeoutMs), disposed.signal).then(
    () => {
      if (disposed.signal.aborted) return;
      timedOut = true;
      controller.abort(new DOMException('The operation timed out.', 'TimeoutError'));
    },
    () => undefined, // disposed before the deadline
  );
  if (parent?.aborted) onParentAbort();
  else parent?.addEventListener('abort', onParentAbort, { once: true });
  return {
    signal: controller.signal,
    get timedOut() {
      return timedOut;
    },
    dispose() {
      disposed.abort(DISPOSED);
      parent?.removeEventListener('abort', onParentAbort);
    },
  };
}

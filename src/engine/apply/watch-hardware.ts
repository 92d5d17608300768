import { PhoenixError } from '../../core/errors/phoenix-error.js';
import type { Appliance } from '../../ports/appliance.js';
import type { Clock } from '../../ports/clock.js';

export interface HardwareWatch {
  readonly appliance: Appliance;
  readonly clock: Clock;
  readonly hardwareUri: string;
  /** Interval between reads of the hardware, on the injected clock. */
  readonly intervalMs: number;
}

/** The hardware reads Critical or is gone: the appliance itself says it is at fault. */
export function hardwareUnusable(hardwareUri: string, problem: 'critical' | 'gone'): PhoenixError {
  return new PhoenixError('APPLY_HARDWARE_UNUSABLE', { hardwareUri, attribution: 'hardware', problem });
}

/**
 * Runs `work` (a step that waits: a OneView task, a boot, a verify) while reading its hardware every
 * `intervalMs`. A read that finds the hardware Critical or gone aborts the work at once and rejects with
 * APPLY_HARDWARE_UNUSABLE, so the executor moves the node to a spare instead of waiting out a timeout. A read
 * that fails is ignored: the step's own requests report an unreachable appliance.
 */
export async function whileHardwareHealthy<T>(
  watch: HardwareWatch,
  outer: AbortSignal,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const step = new AbortController();
  const stopWatching = new AbortController();
  const forward = (): void => step.abort(outer.reason);
  if (outer.aborted) forward();
  else outer.addEventListener('abort', forward, { once: true });
  const watching = (async (): Promise<never> => {
    for (;;) {
      await watch.clock.sleep(watch.intervalMs, stopWatching.signal);
      const hardware = await watch.appliance
        .getHardware(watch.hardwareUri, { signal: stopWatching.signal })
        .catch((error: unknown) => {
          if (stopWatching.signal.aborted) throw error;
          return undefined;
        });
      if (hardware === null || hardware?.status === 'Critical') {
        const error = hardwareUnusable(watch.hardwareUri, hardware === null ? 'gone' : 'critical');
        step.abort(error);
        throw error;
      }
    }
  })();
  // Once the work settles the watch is stopped, and its rejection means nothing.
  watching.catch(() => undefined);
  try {
    return await Promise.race([work(step.signal), watching]);
  } finally {
    stopWatching.abort();
    outer.removeEventListener('abort', forward);
  }
}

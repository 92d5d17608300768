import cron from 'node-cron';
import { PhoenixError } from '../../core/errors/phoenix-error.js';

/** What fires scheduled passes. Tests pass their own and fire it by hand. */
export interface Schedule {
  start(onTick: () => void): void;
  stop(): Promise<void>;
}

export { DEFAULT_SCHEDULE } from './defaults.js';

/** DAEMON_SCHEDULE_INVALID unless node-cron accepts the expression. */
export function assertValidSchedule(expression: string): void {
  if (!cron.validate(expression)) throw new PhoenixError('DAEMON_SCHEDULE_INVALID', { schedule: expression });
}

/**
 * A node-cron schedule; each tick fires after a random delay of up to `jitterMs`, so that many daemons on
 * the same schedule do not hit one appliance or Git server in the same second.
 */
export function cronSchedule(
  expression: string,
  options: { readonly jitterMs: number; readonly timezone?: string },
): Schedule {
  assertValidSchedule(expression);
  let task: ReturnType<typeof cron.createTask> | null = null;
  return {
    start(onTick) {
      task = cron.createTask(expression, () => onTick(), {
        name: 'phoenix-sync',
        maxRandomDelay: options.jitterMs,
        noOverlap: false,
        ...(options.timezone === undefined ? {} : { timezone: options.timezone }),
      });
      void task.start();
    },
    async stop() {
      const current = task;
      task = null;
      if (current !== null) await current.destroy();
    },
  };
}

/** A schedule that ticks only when `tick()` is called: for tests and benchmarks. */
export function manualSchedule(): Schedule & { tick(): void } {
  let listener: (() => void) | null = null;
  return {
    start(onTick) {
      listener = onTick;
    },
    stop() {
      listener = null;
      return Promise.resolve();
    },
    tick() {
      listener?.();
    },
  };
}

import cron from 'node-cron';
import type { MaintenanceWindow } from '../../core/desired/desired-state.js';

const MINUTE = 60_000;

/**
 * Whether `now` falls inside one of the windows: a window opens at each minute its cron expression matches (in
 * its time zone, UTC by default) and stays open for its duration. No window declared means no restriction.
 */
export function isInMaintenanceWindow(windows: readonly MaintenanceWindow[], now: number): boolean {
  if (windows.length === 0) return true;
  return windows.some((window) => isInWindow(window, now));
}

function isInWindow(window: MaintenanceWindow, now: number): boolean {
  const task = cron.createTask(window.cron, () => undefined, { timezone: window.timezone ?? 'UTC' });
  try {
    const current = Math.floor(now / MINUTE) * MINUTE;
    const earliest = now - window.durationMs;
    for (let minute = current; minute > earliest; minute -= MINUTE) {
      if (task.match(new Date(minute))) return true;
    }
    return false;
  } finally {
    void task.destroy();
  }
}

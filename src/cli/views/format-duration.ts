/**
 * A duration for people, one style everywhere: `850ms`, `42s`, `7m05s`, `2h03m`. Seconds are rounded; under one
 * second the milliseconds are shown so that a fast step does not read as `0s`.
 */
export function formatDuration(ms: number): string {
  const safe = Number.isFinite(ms) ? Math.max(0, ms) : 0;
  if (safe < 1000) return `${Math.round(safe)}ms`;
  const s = Math.round(safe / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

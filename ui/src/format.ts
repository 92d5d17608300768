/** Short forms for tables. */
export function shortRevision(revision: string | null | undefined): string {
  return revision == null ? '–' : revision.slice(0, 12);
}

export function time(iso: string | null | undefined): string {
  if (iso == null) return '–';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

export function duration(fromIso: string | null | undefined, toIso: string | null | undefined): string {
  if (fromIso == null || toIso == null) return '–';
  const ms = new Date(toIso).getTime() - new Date(fromIso).getTime();
  if (!Number.isFinite(ms) || ms < 0) return '–';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m ${s % 60}s` : `${Math.floor(m / 60)}h ${m % 60}m`;
}

export function minutes(ms: number): string {
  return ms % 3_600_000 === 0 ? `${ms / 3_600_000}h` : `${Math.round(ms / 60_000)}m`;
}

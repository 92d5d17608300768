/**
 * A rollout count: an integer as is, or a percentage of `replicas`, rounded down (`floor`) or up (`ceil`).
 * The schema has already checked the form.
 */
export function resolveCount(value: number | string, replicas: number, rounding: 'floor' | 'ceil'): number {
  if (typeof value === 'number') return value;
  const percent = Number(value.slice(0, -1));
  return Math[rounding]((replicas * percent) / 100);
}

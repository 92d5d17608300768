/** A field of a five-field cron expression: its name, its range, and the names it accepts for numbers. */
interface CronField {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly names?: readonly string[];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const FIELDS: readonly CronField[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTHS },
  { name: 'day of week', min: 0, max: 7, names: DAYS },
];

/** Days in each month, February counted in a leap year: a date that exists once in four years still opens. */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Why a five-field cron expression can never open a window (a value out of its field's range, a malformed
 * field, a day that no month of the expression has), as a sentence; null when it is sound.
 */
export function cronProblem(expression: string): string | null {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== FIELDS.length)
    return `it has ${parts.length} fields; a cron expression has five (minute hour day-of-month month day-of-week)`;
  const sets: Set<number>[] = [];
  for (const [i, field] of FIELDS.entries()) {
    const parsed = parseField(parts[i]!, field);
    if (typeof parsed === 'string') return `its ${field.name} field ${parsed}`;
    sets.push(parsed);
  }
  const [, , days, months, weekdays] = sets as [
    Set<number>,
    Set<number>,
    Set<number>,
    Set<number>,
    Set<number>,
  ];
  // With a day of week restricted, cron opens on either condition; only the day of month alone can be impossible.
  const everyWeekday = parts[4] === '*' || weekdays.size >= 7;
  if (everyWeekday && ![...months].some((month) => [...days].some((day) => day <= MONTH_DAYS[month - 1]!)))
    return 'its day of month never occurs in its months';
  return null;
}

function parseField(text: string, field: CronField): Set<number> | string {
  const values = new Set<number>();
  for (const item of text.split(',')) {
    const [range, stepText, ...rest] = item.split('/');
    if (range === undefined || range === '' || rest.length > 0) return `has the malformed item "${item}"`;
    let step = 1;
    if (stepText !== undefined) {
      if (!/^\d+$/.test(stepText) || Number(stepText) < 1) return `has the invalid step "${stepText}"`;
      step = Number(stepText);
    }
    let low: number;
    let high: number;
    if (range === '*') {
      low = field.min;
      high = field.max;
    } else {
      const ends = range.split('-');
      if (ends.length > 2) return `has the malformed range "${range}"`;
      const first = valueOf(ends[0]!, field);
      const last = ends.length === 2 ? valueOf(ends[1]!, field) : first;
      if (first === null || last === null)
        return `has "${range}", outside ${field.min}-${field.max}${field.names === undefined ? '' : ' (or a name)'}`;
      if (first > last) return `has the backward range "${range}"`;
      low = first;
      high = stepText !== undefined && ends.length === 1 ? field.max : last;
    }
    for (let value = low; value <= high; value += step) values.add(value);
  }
  return values;
}

function valueOf(text: string, field: CronField): number | null {
  const byName = field.names?.indexOf(text.toLowerCase()) ?? -1;
  if (byName >= 0) return byName + (field.name === 'month' ? 1 : 0);
  if (!/^\d+$/.test(text)) return null;
  const value = Number(text);
  return value >= field.min && value <= field.max ? value : null;
}

/** Whether the runtime knows the IANA time zone. */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

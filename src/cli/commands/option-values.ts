import { PhoenixError } from '../../core/errors/phoenix-error.js';

/** A whole number of at least 1 from an option's text, or a usage error naming the option. */
export function positiveInteger(option: string, value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < 1)
    throw new PhoenixError('CLI_INVALID_OPTION', { option, value, expected: 'a whole number of 1 or more' });
  return n;
}

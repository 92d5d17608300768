import cron from 'node-cron';
import { describe, expect, it } from 'vitest';
import { cronProblem, isKnownTimeZone } from '../../../src/declarations/cron-expression.js';

describe('cron expressions of maintenance windows', () => {
  it.each([
    '0 6 * * 1-5',
    '*/15 * * * *',
    '0 0 1 jan,jul *',
    '0 0 * * sun',
    '0 22 * * 1-5/2',
    '5 4 * * 7',
    '0 0 * * MON-FRI',
    '0 0 1-5/2 * *',
    '0 0 29 2 *',
    '30 2 31 * *',
  ])('accepts %s, as the daemon scheduler does', (expression) => {
    expect(cronProblem(expression)).toBeNull();
    expect(cron.validate(expression)).toBe(true);
  });

  it.each([
    ['0 99 * * 1-9', 'its hour field has "99", outside 0-23'],
    ['60 * * * *', 'its minute field has "60", outside 0-59'],
    ['0 0 0 * *', 'its day of month field has "0", outside 1-31'],
    ['0 0 * 13 *', 'its month field has "13", outside 1-12 (or a name)'],
    ['0 0 * * 8', 'its day of week field has "8", outside 0-7 (or a name)'],
    ['0 0 * * mo', 'its day of week field has "mo", outside 0-7 (or a name)'],
    ['*/0 * * * *', 'its minute field has the invalid step "0"'],
    ['0 0 31 2 *', 'its day of month never occurs in its months'],
    ['0 0 30,31 feb *', 'its day of month never occurs in its months'],
    ['0 0 * *', 'it has 4 fields; a cron expression has five (minute hour day-of-month month day-of-week)'],
  ])('refuses %s: %s', (expression, problem) => {
    expect(cronProblem(expression)).toBe(problem);
    expect(cron.validate(expression)).toBe(false);
  });

  it('refuses a backward range, which schedulers read in different ways', () => {
    expect(cronProblem('0 5-1 * * *')).toBe('its hour field has the backward range "5-1"');
  });

  it('knows IANA time zones and nothing else', () => {
    expect(isKnownTimeZone('Europe/London')).toBe(true);
    expect(isKnownTimeZone('UTC')).toBe(true);
    expect(isKnownTimeZone('Europe/Londn')).toBe(false);
  });
});

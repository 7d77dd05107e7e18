import { describe, expect, it } from 'vitest';
import { addMonths } from '../../core/dates.js';

/** The definition through the calendar: the first day of the month, `months` on. */
function addMonthsByCalendar(day: string, months: number): string {
  const date = new Date(0);
  date.setUTCFullYear(+day.slice(0, 4), +day.slice(5, 7) - 1 + months, 1);
  return date.toISOString().slice(0, 10);
}

describe('addMonths', () => {
  it('gives the calendar’s first day of the month, forward and back, across years and the range’s ends', () => {
    const days = ['1800-01-01', '1800-01-31', '1899-12-15', '1999-12-31', '2000-02-29', '2024-01-31', '2024-12-01', '2100-12-31', '0005-03-10', '9999-11-30'];
    for (const day of days) {
      for (const months of [-1300, -25, -13, -12, -11, -1, 0, 1, 2, 11, 12, 13, 24, 119, 1300]) {
        expect(addMonths(day, months), `${day} ${months}`).toBe(addMonthsByCalendar(day, months));
      }
    }
  });

  it('keeps four digits in a year below 1000', () => {
    expect(addMonths('1000-01-01', -1)).toBe('0999-12-01');
  });
});

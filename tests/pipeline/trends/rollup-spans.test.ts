import { describe, expect, it } from 'vitest';
import { addDays } from '../../../core/dates.js';
import { type Segment, type Span, segmentsOf } from '../../../pipeline/trends/rollup-spans.js';

/** The definition, day by day: a whole year where one fits (when allowed), else a whole month where one fits, else the day. */
function segmentsDayByDay(from: string, to: string, largest: Span): Segment[] {
  const monthEnd = (day: string) => new Date(Date.UTC(+day.slice(0, 4), +day.slice(5, 7), 0)).toISOString().slice(0, 10);
  const yearEnd = (day: string) => `${day.slice(0, 4)}-12-31`;
  const segments: Segment[] = [];
  const push = (span: Span, start: string) => {
    const last = segments.at(-1);
    if (last?.span === span) last.last = start;
    else segments.push({ span, first: start, last: start });
  };
  let day = from;
  while (day <= to) {
    if (largest === 'year' && day.endsWith('-01-01') && yearEnd(day) <= to) {
      push('year', day);
      day = addDays(yearEnd(day), 1);
    } else if (largest !== 'day' && day.endsWith('-01') && monthEnd(day) <= to) {
      push('month', day);
      day = addDays(monthEnd(day), 1);
    } else {
      push('day', day);
      day = addDays(day, 1);
    }
  }
  return segments;
}

describe('segmentsOf', () => {
  it('covers a window with the days before the first whole month, whole months and years, and the days after', () => {
    expect(segmentsOf('2021-11-20', '2024-02-10', 'year')).toEqual([
      { span: 'day', first: '2021-11-20', last: '2021-11-30' },
      { span: 'month', first: '2021-12-01', last: '2021-12-01' },
      { span: 'year', first: '2022-01-01', last: '2023-01-01' },
      { span: 'month', first: '2024-01-01', last: '2024-01-01' },
      { span: 'day', first: '2024-02-01', last: '2024-02-10' },
    ]);
    expect(segmentsOf('2024-02-01', '2024-02-29', 'month')).toEqual([{ span: 'month', first: '2024-02-01', last: '2024-02-01' }]);
    expect(segmentsOf('2023-02-01', '2023-02-27', 'year')).toEqual([{ span: 'day', first: '2023-02-01', last: '2023-02-27' }]);
    expect(segmentsOf('2023-03-05', '2023-03-01', 'month')).toEqual([]);
  });

  it('gives what covering the window day by day gives, for windows of every length and edge', () => {
    let seed = 17;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const base = Date.UTC(1999, 0, 1);
    const dayAt = (offset: number) => new Date(base + offset * 86_400_000).toISOString().slice(0, 10);
    const windows: Array<[string, string]> = [];
    for (let i = 0; i < 400; i++) {
      const start = Math.floor(random() * 9000);
      // Short windows around month and year ends, and long ones over many years.
      const length = i % 2 === 0 ? Math.floor(random() * 70) - 3 : Math.floor(random() * 4000);
      windows.push([dayAt(start), dayAt(start + length)]);
    }
    // Windows starting and ending right on month and year boundaries.
    for (const [from, to] of [
      ['2000-01-01', '2000-12-31'],
      ['2000-02-01', '2000-02-29'],
      ['1999-12-31', '2001-01-01'],
      ['2015-01-01', '2024-12-31'],
      ['2015-01-02', '2024-12-30'],
      ['2015-01-31', '2015-03-01'],
    ] as const) {
      windows.push([from, to]);
    }
    for (const [from, to] of windows) {
      for (const largest of ['day', 'month', 'year'] as const) {
        expect(segmentsOf(from, to, largest), `${from} … ${to} by ${largest}`).toEqual(segmentsDayByDay(from, to, largest));
      }
    }
  });
});

/**
 * Which rollup rows cover a window of days: plain data in, plain data out.
 *
 * The rollup keeps sums per day, per calendar month and per year (`pipeline/db/rollup.repo.ts`).
 * A window [from, to] is covered exactly, without overlap, by whole years where they fit, whole
 * months where they fit, and single days at the ragged edges; `largest` caps the span so that
 * every row falls inside one trend bucket (a month row inside a month or quarter bucket, a year
 * row only when the buckets are years or the window is one bucket).
 */

import { addDays, addMonths, monthEnd } from '../../core/dates.js';
import type { Bucket } from './trend-stats.js';

export type Span = 'day' | 'month' | 'year';

/** Rows of one span whose start lies in [first, last] (days `YYYY-MM-DD`). */
export interface Segment {
  span: Span;
  first: string;
  last: string;
}

/** The largest span whose rows never straddle two buckets of `bucket`. */
export function largestSpan(bucket: Bucket): Span {
  switch (bucket) {
    case 'day':
    case 'week':
      return 'day';
    case 'month':
    case 'quarter':
      return 'month';
    case 'year':
      return 'year';
  }
}

/**
 * The segments covering [from, to] (inclusive days), in date order: the days before the first
 * whole month, the whole months (with whole years among them when `largest` is a year), the
 * days after the last whole month. Computed from the ends, not day by day or month by month.
 */
export function segmentsOf(from: string, to: string, largest: Span): Segment[] {
  if (from > to) return [];
  if (largest === 'day') return [{ span: 'day', first: from, last: to }];
  const segments: Segment[] = [];
  const add = (span: Span, first: string, last: string) => {
    if (first <= last) segments.push({ span, first, last });
  };
  // The first whole month: the one `from` starts, else the next.
  const firstMonth = from.endsWith('-01') ? from : addMonths(from, 1);
  if (firstMonth > to || monthEnd(firstMonth) > to) {
    add('day', from, to);
    return segments;
  }
  // The last whole month: the one `to` ends, else the one before.
  const toMonth = `${to.slice(0, 7)}-01`;
  const lastMonth = monthEnd(toMonth) === to ? toMonth : addMonths(toMonth, -1);
  add('day', from, addDays(firstMonth, -1));
  const firstYear = firstMonth.endsWith('-01-01') ? firstMonth : addMonths(`${firstMonth.slice(0, 4)}-01-01`, 12);
  const lastYear = addMonths(`${to.slice(0, 4)}-01-01`, to.endsWith('-12-31') ? 0 : -12);
  if (largest === 'year' && firstYear <= lastYear) {
    add('month', firstMonth, addMonths(firstYear, -1));
    add('year', firstYear, lastYear);
    add('month', addMonths(lastYear, 12), lastMonth);
  } else {
    add('month', firstMonth, lastMonth);
  }
  add('day', addDays(monthEnd(lastMonth), 1), to);
  return segments;
}

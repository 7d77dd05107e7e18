/**
 * Which rollup rows cover a window of days: plain data in, plain data out.
 *
 * The rollup keeps sums per day, per calendar month and per year (`pipeline/db/rollup.repo.ts`).
 * A window [from, to] is covered exactly, without overlap, by whole years where they fit, whole
 * months where they fit, and single days at the ragged edges; `largest` caps the span so that
 * every row falls inside one trend bucket (a month row inside a month or quarter bucket, a year
 * row only when the buckets are years or the window is one bucket).
 */

import { addDays } from '../../core/dates.js';
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

function monthEnd(day: string): string {
  const [y, m] = [+day.slice(0, 4), +day.slice(5, 7)];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

const yearEnd = (day: string) => `${day.slice(0, 4)}-12-31`;

/** The segments covering [from, to] (inclusive days), in date order. */
export function segmentsOf(from: string, to: string, largest: Span): Segment[] {
  if (largest === 'day') return from <= to ? [{ span: 'day', first: from, last: to }] : [];
  const segments: Segment[] = [];
  const push = (span: Span, start: string) => {
    const last = segments[segments.length - 1];
    if (last?.span === span) last.last = start;
    else segments.push({ span, first: start, last: start });
  };
  let day = from;
  while (day <= to) {
    if (largest === 'year' && day.endsWith('-01-01') && yearEnd(day) <= to) {
      push('year', day);
      day = addDays(yearEnd(day), 1);
    } else if (day.endsWith('-01') && monthEnd(day) <= to) {
      push('month', day);
      day = addDays(monthEnd(day), 1);
    } else {
      push('day', day);
      day = addDays(day, 1);
    }
  }
  return segments;
}

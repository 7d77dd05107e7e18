import { DAY_MS, parseDay } from '../../core/dates.js';
import { type Bucket, bucketStart, nextBucketStart } from '../../pipeline/trends/trend-stats.js';

/*
 * The time axis of a trend chart, planned here rather than left to the plotting library, whose
 * automatic ticks fall on whatever months fit ("June, October, February…") and lose the year.
 * Rules: every label that starts a year (or the first label) shows the year; a label sits under the
 * points of the bucket it names (mid-bucket); a yearly chart gets one tick per year and no month
 * ticks; ticks never come finer than the bucket.
 */

/** A tick label: one line, two lines (the second a year), or '' for a tick with no label. */
export type TickLabel = string | [string, string];

export interface Tick {
  /** UTC milliseconds. */
  value: number;
  label: TickLabel;
}

export interface TimeAxis {
  /** The x scale's extent in UTC milliseconds: from the first bucket's start to the last one's end. */
  domain: [number, number];
  ticks: Tick[];
}

/** Labels that fit under a plot about 600 px wide at report font sizes. */
export const MAX_LABELS = 12;
/** Beyond this many ticks they merge into a grey band; a coarser unit is used instead. */
const MAX_TICKS = 80;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Calendar units ticks can fall on, finest first. */
type Unit = { kind: 'day'; step: 1 | 7 } | { kind: 'month'; step: 1 | 3 | 6 } | { kind: 'year'; step: 1 | 2 | 5 | 10 | 20 | 50 };

const UNITS: Unit[] = [
  { kind: 'day', step: 1 },
  { kind: 'day', step: 7 },
  { kind: 'month', step: 1 },
  { kind: 'month', step: 3 },
  { kind: 'month', step: 6 },
  { kind: 'year', step: 1 },
  { kind: 'year', step: 2 },
  { kind: 'year', step: 5 },
  { kind: 'year', step: 10 },
  { kind: 'year', step: 20 },
  { kind: 'year', step: 50 },
];

/** The finest unit each bucket allows: no month ticks on a quarterly chart, no day ticks on a weekly one. */
const FINEST: Record<Exclude<Bucket, 'year'>, number> = { day: 0, week: 1, month: 2, quarter: 3 };

/**
 * Where a bucket's points sit: the middle of the bucket, so the points of several actors spread
 * around it stay inside their own month (at the first day, half of them looked like the month before).
 */
export function bucketPosition(start: string, bucket: Bucket): number {
  return (parseDay(start).getTime() + parseDay(nextBucketStart(start, bucket)).getTime()) / 2;
}

/** The bucket's length in milliseconds (months and years vary). */
export function bucketLength(start: string, bucket: Bucket): number {
  return parseDay(nextBucketStart(start, bucket)).getTime() - parseDay(start).getTime();
}

/** The UTC boundaries of `unit` in [start, end): the domain ends where the bucket after the last begins. */
function boundaries(unit: Unit, start: number, end: number): number[] {
  const out: number[] = [];
  const first = new Date(start);
  if (unit.kind === 'day') {
    // Weekly ticks fall on Mondays, the first day of an ISO week (and of a weekly bucket).
    let t = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), first.getUTCDate());
    if (unit.step === 7) t += ((8 - new Date(t).getUTCDay()) % 7) * DAY_MS;
    if (t < start) t += unit.step * DAY_MS;
    for (; t < end; t += unit.step * DAY_MS) out.push(t);
    return out;
  }
  const months = unit.kind === 'month' ? unit.step : unit.step * 12;
  for (let index = Math.ceil((first.getUTCFullYear() * 12 + first.getUTCMonth()) / months) * months; ; index += months) {
    const t = Date.UTC(Math.floor(index / 12), index % 12, 1);
    if (t >= end) break;
    if (t >= start) out.push(t);
  }
  return out;
}

function labelOf(t: number, unit: Unit, bucket: Bucket, withYear: boolean): TickLabel {
  const date = new Date(t);
  const year = String(date.getUTCFullYear());
  if (unit.kind === 'year') return year;
  const head =
    unit.kind === 'day'
      ? `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`
      : bucket === 'quarter'
        ? `Q${Math.floor(date.getUTCMonth() / 3) + 1}`
        : MONTHS[date.getUTCMonth()];
  return withYear ? [head, year] : head;
}

function labelled(values: number[], unit: Unit, bucket: Bucket): Tick[] {
  let lastYear: number | undefined;
  return values.map((value) => {
    const year = new Date(value).getUTCFullYear();
    const label = labelOf(value, unit, bucket, year !== lastYear);
    lastYear = year;
    return { value, label };
  });
}

/** A yearly axis: one tick per year, mid-year under its points, every k-th year labelled when there are many. */
function yearAxis(from: string, to: string): TimeAxis {
  const first = parseDay(bucketStart(from, 'year')).getUTCFullYear();
  const last = parseDay(bucketStart(to, 'year')).getUTCFullYear();
  const step = [1, 2, 5, 10, 20, 50].find((k) => Math.ceil((last - first + 1) / k) <= MAX_LABELS) ?? 100;
  const ticks: Tick[] = [];
  for (let y = first; y <= last; y++) {
    ticks.push({ value: bucketPosition(`${y}-01-01`, 'year'), label: y % step === 0 || step === 1 ? String(y) : '' });
  }
  return { domain: [Date.UTC(first, 0, 1), Date.UTC(last + 1, 0, 1)], ticks };
}

/** Ticks and labels for a chart of `bucket`s from `from` to `to` (days, inclusive). */
export function timeAxis(from: string, to: string, bucket: Bucket): TimeAxis {
  if (bucket === 'year') return yearAxis(from, to);
  const firstStart = bucketStart(from, bucket);
  const lastStart = bucketStart(to, bucket);
  const domain: [number, number] = [
    bucketPosition(firstStart, bucket) - bucketLength(firstStart, bucket) / 2,
    bucketPosition(lastStart, bucket) + bucketLength(lastStart, bucket) / 2,
  ];
  const allowed = UNITS.slice(FINEST[bucket]);
  const labelUnit = allowed.find((u) => boundaries(u, ...domain).length <= MAX_LABELS) ?? allowed[allowed.length - 1];
  const labels = labelled(boundaries(labelUnit, ...domain), labelUnit, bucket);
  // Unlabelled ticks in between, as fine as the bucket allows, no denser than MAX_TICKS, and on
  // the same calendar as the labels (no Monday ticks between month labels).
  const compatible = (u: Unit) => UNITS.indexOf(u) <= UNITS.indexOf(labelUnit) && (u.kind === 'day') === (labelUnit.kind === 'day');
  const tickUnit = allowed.find((u) => compatible(u) && boundaries(u, ...domain).length <= MAX_TICKS) ?? labelUnit;
  const withLabel = new Map(labels.map((t) => [t.value, t.label]));
  const values = [...new Set([...boundaries(tickUnit, ...domain), ...labels.map((t) => t.value)])].sort((a, b) => a - b);
  // A tick on the first day of a bucket moves under that bucket's points ("Apr" under April's); a
  // month's first day on a weekly chart starts no bucket and stays a boundary.
  const under = (t: number) => {
    const day = new Date(t).toISOString().slice(0, 10);
    return bucketStart(day, bucket) === day ? bucketPosition(day, bucket) : t;
  };
  return { domain, ticks: values.map((value) => ({ value: under(value), label: withLabel.get(value) ?? '' })) };
}

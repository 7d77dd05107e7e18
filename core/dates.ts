/*
 * Dates as the project stores them: UTC text that sorts correctly. A day is `YYYY-MM-DD`; a
 * moment is `YYYY-MM-DDTHH:MM:SS.sssZ`. Every parse, check and piece of day arithmetic is here.
 *
 * One range holds for every date the project accepts (publication dates at ingest, the `from` and
 * `to` of queries): 1800-01-01 to 2100-12-31, in UTC. Digitised newspaper archives reach back into
 * the nineteenth century; a date outside the range is a typo (2202 for 2022), a placeholder
 * (0001-01-01, 9999-12-31) or a parser's guess, and letting it in would stretch every trend's
 * default window over centuries. The range also keeps every year at four digits, so text order
 * is date order and no year falls into JavaScript's two-digit-year rule.
 */

export const DAY_MS = 86_400_000;

/** The first and last day of the accepted range (see above). */
export const FIRST_DAY = '1800-01-01';
export const LAST_DAY = '2100-12-31';

/** Why a value was refused, in words a user can act on. */
export const DATE_RANGE_TEXT = `${FIRST_DAY} to ${LAST_DAY}`;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Midnight UTC of a calendar day. `Date.UTC` reads years 0–99 as 1900–1999; setting the full
 * year does not.
 */
function utcDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

/** Is `value` a `YYYY-MM-DD` day that exists on the calendar (not 2023-02-30)? */
export function isDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const parsed = utcDate(+y, +m - 1, +d);
  return parsed.getUTCFullYear() === +y && parsed.getUTCMonth() === +m - 1 && parsed.getUTCDate() === +d;
}

/** Is this `YYYY-MM-DD…` value (a day or a UTC moment) inside the accepted range? */
export function inDateRange(value: string): boolean {
  const day = value.slice(0, 10);
  return day >= FIRST_DAY && day <= LAST_DAY;
}

export type DateCheck = { ok: true; date: string } | { ok: false; problem: 'not-a-date' | 'out-of-range'; reason: string };

/**
 * Reads a date as the project stores it: `YYYY-MM-DD` stays a day, a date-time becomes
 * `YYYY-MM-DDTHH:MM:SS.sssZ` (no zone means UTC). A value that is not a real date, or one outside
 * the accepted range, comes back with the reason.
 */
export function checkDate(value: string): DateCheck {
  const text = value.trim();
  let date: string | undefined;
  if (ISO_DAY.test(text)) date = isDay(text) ? text : undefined;
  else if (ISO_DATETIME.test(text) && isDay(text.slice(0, 10))) {
    const withZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(text) ? text : `${text}Z`;
    const parsed = new Date(withZone.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    date = Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString();
  }
  if (date === undefined) {
    return { ok: false, problem: 'not-a-date', reason: 'expected ISO 8601, e.g. 2022-02-04 or 2022-02-04T10:15:00Z' };
  }
  // toISOString writes years beyond 9999 with a sign: "+010000-01-01" sorts before "1800", so check the shape too.
  if (!/^\d{4}-/.test(date) || !inDateRange(date)) {
    return { ok: false, problem: 'out-of-range', reason: `outside the accepted range ${DATE_RANGE_TEXT} (UTC)` };
  }
  return { ok: true, date };
}

/** `checkDate` without the reason: the normalised date, or undefined. */
export function normaliseDate(value: string): string | undefined {
  const checked = checkDate(value);
  return checked.ok ? checked.date : undefined;
}

/** The UTC day of a day or date-time, or undefined when it is not a real date in the accepted range. */
export function toUtcDay(value: string): string | undefined {
  return normaliseDate(value)?.slice(0, 10);
}

export function parseDay(day: string): Date {
  return utcDate(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10));
}

export function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The day `days` after `day` (before it when negative). */
export function addDays(day: string, days: number): string {
  return formatDay(new Date(parseDay(day).getTime() + days * DAY_MS));
}

/**
 * The first day of the month `months` after the month of `day` (before it when negative). In
 * plain arithmetic on the text: a ten-year monthly trend takes hundreds of these per request.
 */
export function addMonths(day: string, months: number): string {
  const index = +day.slice(0, 4) * 12 + +day.slice(5, 7) - 1 + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  // Outside four-digit years toISOString writes a sign and six digits: leave those to Date.
  if (year < 0 || year > 9999) return formatDay(utcDate(year, month - 1, 1));
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-01`;
}

/** The last day of the month of `day`. */
export function monthEnd(day: string): string {
  return formatDay(utcDate(+day.slice(0, 4), +day.slice(5, 7), 0));
}

/**
 * A publication date as a page or feed states it, to UTC ISO; a date-only value stays YYYY-MM-DD. A time
 * without a zone is read as UTC so the result does not depend on the machine's time zone.
 */
export function normaliseStatedDate(value: string | null | undefined): string | null {
  const raw = value?.trim();
  if (!raw) return null;
  // An ISO-looking value that is not a real date (2015-02-30) is refused, not rolled over.
  if (/^\d{4}-\d{2}-\d{2}/.test(raw)) return normaliseDate(raw.replace(/\s*(UTC|GMT)$/i, 'Z')) ?? null;
  return looseDate(raw);
}

/** Other spellings ("Fri, 24 Jul 2015 05:36:09 GMT", "July 24, 2015") through Date.parse. */
function looseDate(raw: string): string | null {
  // Without a four-digit year, Date.parse guesses the century ("1 Jan 50" becomes 1950).
  if (!/(?:^|\D)\d{4}(?:\D|$)/.test(raw)) return null;
  const local = new Date(raw);
  if (Number.isNaN(local.getTime())) return null;
  if (/\b(?:Z|UTC|GMT)\b|[+-]\d{2}:?\d{2}\s*$/i.test(raw)) return isoOrNull(local);
  if (!/\d:\d{2}/.test(raw)) {
    const day = [local.getFullYear(), local.getMonth() + 1, local.getDate()];
    const text = `${String(day[0]).padStart(4, '0')}-${pad(day[1])}-${pad(day[2])}`;
    return plausible(local) ? text : null;
  }
  const utc = Date.UTC(
    local.getFullYear(),
    local.getMonth(),
    local.getDate(),
    local.getHours(),
    local.getMinutes(),
    local.getSeconds(),
    local.getMilliseconds(),
  );
  return isoOrNull(new Date(utc));
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function isoOrNull(date: Date): string | null {
  return plausible(date) ? date.toISOString() : null;
}

function plausible(date: Date): boolean {
  return !Number.isNaN(date.getTime()) && inDateRange(date.toISOString());
}

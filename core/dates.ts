/*
 * Dates as the project stores them: UTC text that sorts correctly. A day is `YYYY-MM-DD`; a
 * moment is `YYYY-MM-DDTHH:MM:SS.sssZ`. Every parse, check and piece of day arithmetic is here.
 */

export const DAY_MS = 86_400_000;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** Is `value` a `YYYY-MM-DD` day that exists on the calendar (not 2023-02-30)? */
export function isDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const parsed = new Date(Date.UTC(+y, +m - 1, +d));
  return parsed.getUTCFullYear() === +y && parsed.getUTCMonth() === +m - 1 && parsed.getUTCDate() === +d;
}

/**
 * Normalises a date to UTC text that sorts correctly: `YYYY-MM-DD` stays a day, a date-time
 * becomes `YYYY-MM-DDTHH:MM:SS.sssZ` (no zone means UTC). Undefined when it is not a real date.
 */
export function normaliseDate(value: string): string | undefined {
  const text = value.trim();
  if (ISO_DAY.test(text)) return isDay(text) ? text : undefined;
  if (!ISO_DATETIME.test(text)) return undefined;
  if (!isDay(text.slice(0, 10))) return undefined;
  const withZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(text) ? text : `${text}Z`;
  const parsed = new Date(withZone.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString();
}

/** The UTC day of a day or date-time, or undefined when it is not a real date. */
export function toUtcDay(value: string): string | undefined {
  return normaliseDate(value)?.slice(0, 10);
}

export function parseDay(day: string): Date {
  return new Date(Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)));
}

export function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The day `days` after `day` (before it when negative). */
export function addDays(day: string, days: number): string {
  return formatDay(new Date(parseDay(day).getTime() + days * DAY_MS));
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
  const year = date.getUTCFullYear();
  return !Number.isNaN(date.getTime()) && year >= 1800 && year <= 2200;
}

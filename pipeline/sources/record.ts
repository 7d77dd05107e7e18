import { checkDate } from '../../core/dates.js';

/** An article as a reader found it, before cleaning: what every source format produces. */
export interface SourceRecord {
  /** The file it came from and the 1-based physical line where the record starts. */
  file: string;
  line: number;
  /** The raw fields, still unvalidated (JSON object, CSV row, front matter + body, extracted HTML). */
  fields: unknown;
  /** The article's page when the record holds only a summary (a feed item): read instead with `--fetch-pages`. */
  page?: string;
}

/** A reader's verdict on a piece of input it could not turn into a record at all. */
export interface Rejection {
  file: string;
  line: number;
  reason: string;
}

export type SourceItem = { kind: 'record'; record: SourceRecord } | { kind: 'rejection'; rejection: Rejection };

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

/** A metadata field: strings and numbers are taken as text, anything else is treated as absent. */
function optionalText(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

/** An article record after validation, before cleaning. */
export interface InputArticle {
  id?: string;
  title?: string;
  text: string;
  url?: string;
  source?: string;
  publishedAt?: string;
  lang?: string;
}

const TEXT_FIELDS = ['text', 'body', 'content'] as const;

function validate(raw: Record<string, unknown>): InputArticle | string {
  const field = TEXT_FIELDS.find((k) => raw[k] !== undefined && raw[k] !== null);
  if (!field) return 'missing `text` (or `body`/`content`)';
  const text = raw[field];
  if (typeof text !== 'string') return `\`${field}\` must be a string, got ${typeName(text)}`;
  if (text.trim() === '') return `empty \`${field}\``;
  const dateValue = raw.published_at ?? raw.date ?? raw.published;
  let publishedAt: string | undefined;
  if (dateValue !== undefined && dateValue !== null && String(dateValue).trim() !== '') {
    const checked = typeof dateValue === 'string' ? checkDate(dateValue) : undefined;
    if (!checked?.ok) {
      const shown = JSON.stringify(dateValue);
      if (checked?.problem === 'out-of-range') return `\`published_at\` ${shown} is ${checked.reason}`;
      return `\`published_at\` is not a date: ${shown} (expected ISO 8601, e.g. 2022-02-04 or 2022-02-04T10:15:00Z)`;
    }
    publishedAt = checked.date;
  }
  return {
    id: optionalText(raw.id),
    title: optionalText(raw.title),
    text,
    url: optionalText(raw.url),
    source: optionalText(raw.source),
    publishedAt,
    lang: optionalText(raw.lang)?.toLowerCase().split(/[-_]/)[0],
  };
}

/** Validates one record's fields; a failure is a reason a user can act on. */
export function parseInputArticle(fields: unknown): { ok: true; article: InputArticle } | { ok: false; reason: string } {
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
    return { ok: false, reason: `expected a JSON object with a \`text\` field, got ${typeName(fields)}` };
  }
  const result = validate(fields as Record<string, unknown>);
  return typeof result === 'string' ? { ok: false, reason: result } : { ok: true, article: result };
}

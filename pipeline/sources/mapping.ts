import { StanceError } from '../../core/errors.js';
import type { SourceItem } from './record.js';

/*
 * Column mapping: archives exported by other tools name their fields their own way
 * (`publish_date`, `media_name`, `seendate`). `--map publish_date=published_at,media_name=source`
 * renames them; a preset does it for a known export format. Every column that is neither read
 * nor mapped is named once in the ingest report, so a date or source is never dropped silently.
 */

/** The fields an article record is read from (`pipeline/sources/record.ts`). */
export const ARTICLE_FIELDS = ['id', 'title', 'text', 'body', 'content', 'url', 'source', 'published_at', 'date', 'published', 'lang'] as const;
export type ArticleField = (typeof ARTICLE_FIELDS)[number];
const KNOWN = new Set<string>(ARTICLE_FIELDS);

export interface Preset {
  /** The tool or dataset, as a researcher knows it. */
  name: string;
  /** What the preset reads, for the documentation and `--help`. */
  description: string;
  /** Source column (lower case) → article field; the first column present wins for a field. */
  columns: Record<string, ArticleField>;
  /** Columns the format has that the articles have no use for: not reported as unknown. */
  ignore: string[];
  /** Turns a field's value as the format writes it into the form the record expects. */
  convert?: Partial<Record<ArticleField, (value: string) => string>>;
}

/** GDELT's compact timestamps: `20230918T031500Z` (DOC API) and `20230918031500` (events' DATEADDED). */
function gdeltDate(value: string): string {
  const compact = /^(\d{4})(\d{2})(\d{2})T?(\d{2})(\d{2})(\d{2})Z?$/.exec(value.trim());
  return compact ? `${compact[1]}-${compact[2]}-${compact[3]}T${compact[4]}:${compact[5]}:${compact[6]}Z` : value;
}

/** GDELT names a language in English ("Spanish"); the records want ISO 639-1 codes. */
const LANGUAGE_NAMES: Record<string, string> = {
  english: 'en',
  russian: 'ru',
  chinese: 'zh',
  german: 'de',
  french: 'fr',
  spanish: 'es',
  turkish: 'tr',
  ukrainian: 'uk',
  arabic: 'ar',
  japanese: 'ja',
  italian: 'it',
  portuguese: 'pt',
  polish: 'pl',
  korean: 'ko',
  persian: 'fa',
  hindi: 'hi',
};

function languageCode(value: string): string {
  return LANGUAGE_NAMES[value.trim().toLowerCase()] ?? value;
}

export const PRESETS: Record<string, Preset> = {
  mediacloud: {
    name: 'Media Cloud',
    description:
      'Media Cloud story exports (the search tool and the older API): stories_id or id, title, url, publish_date, media_name, language; text or story_text where the export has it',
    columns: {
      stories_id: 'id',
      id: 'id',
      title: 'title',
      url: 'url',
      publish_date: 'published_at',
      media_name: 'source',
      language: 'lang',
      text: 'text',
      story_text: 'text',
    },
    ignore: ['indexed_date', 'media_url', 'media_id', 'ap_syndicated', 'themes', 'collect_date', 'processed_stories_id', 'word_count', 'feeds'],
  },
  gdelt: {
    name: 'GDELT',
    description:
      'GDELT-style URL lists: url (or SOURCEURL), seendate / Date / DATEADDED (20230918T031500Z or 20230918031500), title, domain (the source), language (English names); the pages are fetched with --fetch-pages',
    columns: {
      url: 'url',
      sourceurl: 'url',
      seendate: 'published_at',
      date: 'published_at',
      dateadded: 'published_at',
      title: 'title',
      domain: 'source',
      language: 'lang',
    },
    ignore: ['url_mobile', 'mobileurl', 'socialimage', 'sourcecountry', 'tone', 'globaleventid'],
    convert: { published_at: gdeltDate, lang: languageCode },
  },
};

export interface FieldMapping {
  /** Source column (lower case) → article field. */
  columns: Map<string, ArticleField>;
  ignore: Set<string>;
  convert: Partial<Record<ArticleField, (value: string) => string>>;
}

export const NO_MAPPING: FieldMapping = { columns: new Map(), ignore: new Set(), convert: {} };

/**
 * `--map publish_date=published_at,media_name=source` (and a preset under it): what each source
 * column becomes. The option wins over the preset.
 */
export function fieldMapping(map?: string, presetName?: string): FieldMapping {
  const preset = presetName === undefined ? undefined : PRESETS[presetName.toLowerCase()];
  if (presetName !== undefined && !preset) {
    throw new StanceError('bad_usage', `unknown --preset "${presetName}": expected one of ${Object.keys(PRESETS).join(', ')}`);
  }
  const columns = new Map<string, ArticleField>(Object.entries(preset?.columns ?? {}));
  for (const pair of (map ?? '').split(',').filter((p) => p.trim() !== '')) {
    const match = /^\s*([^=]+?)\s*=\s*([^=]+?)\s*$/.exec(pair);
    if (!match) throw new StanceError('bad_usage', `--map expects column=field pairs separated by commas, e.g. publish_date=published_at; got "${pair}"`);
    const [, column, field] = match;
    if (!KNOWN.has(field))
      throw new StanceError('bad_usage', `--map ${column}=${field}: "${field}" is not an article field; expected one of ${ARTICLE_FIELDS.join(', ')}`);
    columns.set(column.toLowerCase(), field as ArticleField);
  }
  return { columns, ignore: new Set(preset?.ignore ?? []), convert: preset?.convert ?? {} };
}

/** Columns of one file that nothing read. */
export interface UnknownColumns {
  file: string;
  columns: string[];
}

/** Collects, per file, the columns no field was read from: each named once. */
export class ColumnReport {
  private readonly byFile = new Map<string, Set<string>>();

  note(file: string, column: string): void {
    let columns = this.byFile.get(file);
    if (!columns) this.byFile.set(file, (columns = new Set()));
    columns.add(column);
  }

  unknown(): UnknownColumns[] {
    return [...this.byFile].map(([file, columns]) => ({ file, columns: [...columns] }));
  }
}

/** A record's fields under the mapping; unknown columns go to `report`. A mapped field wins over one of the same name. */
export function mapFields(raw: Record<string, unknown>, mapping: FieldMapping, onUnknown: (column: string) => void): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const mapped = new Set<string>();
  for (const [key, value] of Object.entries(raw)) {
    const column = key.toLowerCase();
    const field = mapping.columns.get(column);
    if (field) {
      // The first column present wins for a field (a preset lists alternatives in order).
      if (mapped.has(field) || value === undefined || value === null || value === '') continue;
      mapped.add(field);
      const convert = mapping.convert[field];
      out[field] = convert && typeof value === 'string' ? convert(value) : value;
    } else if (KNOWN.has(column)) {
      if (!mapped.has(column)) out[column] = value;
    } else if (!mapping.ignore.has(column)) {
      onUnknown(key);
    }
  }
  return out;
}

/** Applies the mapping to every record a reader yields, noting the columns nothing read. */
export async function* mappedItems(items: AsyncIterable<SourceItem>, mapping: FieldMapping, report: ColumnReport): AsyncGenerator<SourceItem> {
  for await (const item of items) {
    const fields = item.kind === 'record' ? item.record.fields : undefined;
    if (item.kind !== 'record' || typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
      yield item;
      continue;
    }
    const { file } = item.record;
    yield { ...item, record: { ...item.record, fields: mapFields(fields as Record<string, unknown>, mapping, (column) => report.note(file, column)) } };
  }
}

/** Columns a preset names that are not article fields already: what makes an export recognisable. */
const SIGNATURE_COLUMNS = 2;

/** The preset whose own column names cover the unknown columns best (at least two of them), if any. */
export function suggestPreset(unknown: string[]): { key: string; name: string } | undefined {
  const columns = new Set(unknown.map((c) => c.toLowerCase()));
  let best: { key: string; name: string; hits: number } | undefined;
  for (const [key, preset] of Object.entries(PRESETS)) {
    const hits = [...Object.keys(preset.columns), ...preset.ignore].filter((c) => !KNOWN.has(c) && columns.has(c)).length;
    if (hits >= SIGNATURE_COLUMNS && (!best || hits > best.hits)) best = { key, name: preset.name, hits };
  }
  return best && { key: best.key, name: best.name };
}

/** A column name's likely field, for the hint after "column(s) not read": a guess shown, never applied. */
const FIELD_HINTS: Array<[RegExp, ArticleField]> = [
  [/date|time|published|day/, 'published_at'],
  [/media|outlet|source|publisher|site|domain|newspaper/, 'source'],
  [/lang/, 'lang'],
  [/url|link/, 'url'],
  [/headline|title/, 'title'],
  [/body|text|content|story/, 'text'],
];

/** `--map` pairs for the unknown columns whose names say what they hold: `publish_date=published_at,media_name=source`. */
export function mapHint(unknown: string[]): string | undefined {
  const taken = new Set<ArticleField>();
  const pairs: string[] = [];
  for (const column of unknown) {
    const field = FIELD_HINTS.find(([pattern]) => pattern.test(column.toLowerCase()))?.[1];
    if (field && !taken.has(field)) {
      taken.add(field);
      pairs.push(`${column}=${field}`);
    }
  }
  return pairs.length > 0 ? pairs.join(',') : undefined;
}

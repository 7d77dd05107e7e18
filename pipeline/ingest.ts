import { errorMessage, StanceError } from '../core/errors.js';
import { type ArticleToStore, storeArticles } from './db/articles.repo.js';
import type { Db } from './db/handle.js';
import type { Progress } from './progress.js';
import { type ReadOptions, type Rejection, readSources, type SourceItem, type SourceRecord } from './sources/index.js';
import { ColumnReport, type UnknownColumns } from './sources/mapping.js';
import { parseInputArticle } from './sources/record.js';
import { binaryProblem, UNDECODABLE_TOLERANCE } from './sources/text-input.js';
import { cleanText, contentHash, MAX_TEXT_CHARS } from './stages/clean.js';

export interface IngestReport {
  ingested: number;
  duplicates: number;
  rejected: Rejection[];
  /** Duplicates that brought what the stored copy lacked (title, date, language, URL, source). */
  enriched: number;
  /** New articles stored without a publication date: trends and compare cannot place them. */
  undated: number;
  /** Per file, the columns (fields) that nothing read: a date or source under another name is not lost silently. */
  unknownColumns: UnknownColumns[];
}

export function emptyIngestReport(): IngestReport {
  return { ingested: 0, duplicates: 0, rejected: [], enriched: 0, undated: 0, unknownColumns: [] };
}

export interface IngestOptions {
  batchSize?: number;
  progress?: Progress;
  /** Called after each stored batch with the ids of the new articles (the run hands them to analysis). */
  onStored?: (ids: string[]) => Promise<void> | void;
  /** Collect the ids of new articles and of the articles duplicates matched (for the API's answer). */
  collectIds?: boolean;
}

export interface IngestIds {
  ids: string[];
  duplicateOf: string[];
}

interface Pending {
  article: ArticleToStore;
  file: string;
  line: number;
}

/** Reads the paths, cleans and deduplicates every record, and stores the new articles batch by batch. */
export async function ingestPaths(db: Db, paths: string[], options: IngestOptions = {}, read: ReadOptions = {}): Promise<IngestReport & Partial<IngestIds>> {
  const columns = read.columns ?? new ColumnReport();
  const report = await ingestItems(db, readSources(paths, { ...read, columns }), options);
  report.unknownColumns = columns.unknown();
  return report;
}

/** A record with a link and no text is a URL list's entry: say how to read its page. */
function withLinkHint(reason: string, fields: unknown): string {
  const url = typeof fields === 'object' && fields !== null ? (fields as Record<string, unknown>).url : undefined;
  return reason.startsWith('missing `text`') && typeof url === 'string' && url !== '' ? `${reason}; it has a url: add --fetch-pages to read the page` : reason;
}

/** Cleans, deduplicates and stores records from any reader (files, an HTTP request body). */
export async function ingestItems(
  db: Db,
  items: AsyncIterable<SourceItem> | Iterable<SourceItem>,
  options: IngestOptions = {},
): Promise<IngestReport & Partial<IngestIds>> {
  const { batchSize = 500, progress, onStored } = options;
  const report: IngestReport & Partial<IngestIds> = { ...emptyIngestReport(), ...(options.collectIds ? { ids: [], duplicateOf: [] } : {}) };
  let batch: Pending[] = [];
  let seen = 0;

  const flush = async () => {
    if (batch.length === 0) return;
    const outcomes = await storeArticles(
      db,
      batch.map((p) => p.article),
    );
    const stored: string[] = [];
    outcomes.forEach((outcome, i) => {
      if (outcome.kind === 'inserted') {
        stored.push(outcome.id);
        if (!batch[i].article.publishedAt) report.undated++;
      } else if (outcome.kind === 'duplicate') {
        report.duplicates++;
        if (outcome.enriched) report.enriched++;
        report.duplicateOf?.push(outcome.id);
      } else {
        const where = outcome.by.file ? ` (first used in ${outcome.by.file}:${outcome.by.line})` : '';
        const reason = `duplicate id "${outcome.id}": already used by a different article${where}; give each article its own id`;
        report.rejected.push({ file: batch[i].file, line: batch[i].line, reason });
      }
    });
    report.ingested += stored.length;
    report.ids?.push(...stored);
    batch = [];
    if (stored.length > 0) await onStored?.(stored);
  };

  for await (const item of items) {
    progress?.tick(++seen);
    if (item.kind === 'rejection') {
      report.rejected.push(item.rejection);
      continue;
    }
    const prepared = prepareArticle(item.record);
    if (typeof prepared === 'string') {
      report.rejected.push({ file: item.record.file, line: item.record.line, reason: withLinkHint(prepared, item.record.fields) });
      continue;
    }
    batch.push({ article: prepared, file: item.record.file, line: item.record.line });
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  progress?.finish(`read ${seen} records: ${report.ingested} new, ${report.duplicates} duplicates, ${report.rejected.length} rejected`);
  return report;
}

/**
 * One record validated and cleaned into the article to store, or the reason it cannot be one.
 * Whatever goes wrong with one record (markup beyond the limits, junk, a bug a strange input
 * finds) costs that record only: the batch goes on.
 */
function prepareArticle({ file, line, fields }: SourceRecord): ArticleToStore | string {
  const parsed = parseInputArticle(fields);
  if (!parsed.ok) return parsed.reason;
  const input = parsed.article;
  const junk = binaryProblem(input.text, UNDECODABLE_TOLERANCE);
  if (junk) return `text: ${junk}`;
  let text: string;
  let title: string | null;
  try {
    text = cleanText(input.text);
    title = input.title ? cleanText(input.title) || null : null;
  } catch (error) {
    if (error instanceof StanceError && error.code === 'bad_input') return error.message;
    return `cannot clean the text: ${errorMessage(error)}`;
  }
  if (text === '') return 'no text left after removing markup and boilerplate';
  if (!/[\p{L}\p{N}]/u.test(text)) return `no words in the text: only ${text.length} invisible, punctuation or symbol character(s)`;
  if (text.length > MAX_TEXT_CHARS) {
    return `text of ${text.length} characters after cleaning, more than the ${MAX_TEXT_CHARS} one article may have: split it into its articles`;
  }
  const hash = contentHash(text);
  return {
    id: input.id ?? `a-${hash.slice(0, 16)}`,
    idGiven: input.id !== undefined,
    contentHash: hash,
    title,
    text,
    lang: input.lang ?? null,
    publishedAt: input.publishedAt ?? null,
    source: input.source ?? null,
    url: input.url ?? null,
    originFile: file,
    originLine: line,
  };
}

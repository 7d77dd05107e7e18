import { type ArticleToStore, storeArticles } from './db/articles.repo.js';
import type { Db } from './db/handle.js';
import type { Progress } from './progress.js';
import { type Rejection, readSources, type SourceItem } from './sources/index.js';
import { parseInputArticle } from './sources/record.js';
import { cleanText, contentHash } from './stages/clean.js';

export interface IngestReport {
  ingested: number;
  duplicates: number;
  rejected: Rejection[];
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
export function ingestPaths(db: Db, paths: string[], options: IngestOptions = {}): Promise<IngestReport & Partial<IngestIds>> {
  return ingestItems(db, readSources(paths), options);
}

/** Cleans, deduplicates and stores records from any reader (files, an HTTP request body). */
export async function ingestItems(
  db: Db,
  items: AsyncIterable<SourceItem> | Iterable<SourceItem>,
  options: IngestOptions = {},
): Promise<IngestReport & Partial<IngestIds>> {
  const { batchSize = 500, progress, onStored } = options;
  const report: IngestReport & Partial<IngestIds> = { ingested: 0, duplicates: 0, rejected: [], ...(options.collectIds ? { ids: [], duplicateOf: [] } : {}) };
  let batch: Pending[] = [];
  let seen = 0;

  const flush = async () => {
    if (batch.length === 0) return;
    const outcomes = storeArticles(
      db,
      batch.map((p) => p.article),
    );
    const stored: string[] = [];
    outcomes.forEach((outcome, i) => {
      if (outcome.kind === 'inserted') stored.push(outcome.id);
      else if (outcome.kind === 'duplicate') {
        report.duplicates++;
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
    const { file, line, fields } = item.record;
    const parsed = parseInputArticle(fields);
    if (!parsed.ok) {
      report.rejected.push({ file, line, reason: parsed.reason });
      continue;
    }
    const input = parsed.article;
    const text = cleanText(input.text);
    if (text === '') {
      report.rejected.push({ file, line, reason: 'no text left after removing markup and boilerplate' });
      continue;
    }
    const hash = contentHash(text);
    const article: ArticleToStore = {
      id: input.id ?? `a-${hash.slice(0, 16)}`,
      idGiven: input.id !== undefined,
      contentHash: hash,
      title: input.title ? cleanText(input.title) || null : null,
      text,
      lang: input.lang ?? null,
      publishedAt: input.publishedAt ?? null,
      source: input.source ?? null,
      url: input.url ?? null,
      originFile: file,
      originLine: line,
    };
    batch.push({ article, file, line });
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  progress?.finish(`read ${seen} records: ${report.ingested} new, ${report.duplicates} duplicates, ${report.rejected.length} rejected`);
  return report;
}

import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { errorMessage, StanceError } from '../../core/errors.js';
import { readCsv } from './csv.js';
import { readFeed } from './feed.js';
import { fetchPage, type PageFetcher, withFetchedPages } from './fetch-page.js';
import { readHtmlFile } from './html-file.js';
import { readJsonl } from './jsonl.js';
import { ColumnReport, type FieldMapping, mappedItems, NO_MAPPING } from './mapping.js';
import type { SourceItem } from './record.js';
import { STDIN_FORMATS, type StdinFormat, spoolStdin } from './stdin.js';
import { readTxt } from './txt.js';
import { readWarc } from './warc.js';

export type { Rejection, SourceItem, SourceRecord } from './record.js';

/**
 * A reader turns one file into records with their line numbers, and rejections for what it
 * cannot read: a new format is one module with such a function and a line in `READERS`.
 * A reader may throw (the file cannot be opened, its stream breaks): `readSources` turns that
 * into one rejection naming the file and goes on with the next.
 */
export type Reader = (file: string, options: ReaderOptions) => AsyncIterable<SourceItem>;

/** What a reader may be told. */
export interface ReaderOptions {
  /**
   * `--date-from-file`: an article that states no date takes its file's modification date (a
   * web archive's record, its capture date). Off by default: a file's date is usually when it
   * was copied, not when the article appeared, and a wrong date moves a point on a trend.
   */
  dateFromFile?: boolean;
}

/** What `readSources` may be told besides what readers are. */
export interface ReadOptions extends ReaderOptions {
  /** Column renames and presets (`mapping.ts`). */
  mapping?: FieldMapping;
  /** Collects the columns nothing read, per file. */
  columns?: ColumnReport;
  /** `--fetch-pages`: records holding only a link or a summary get their article from its page. */
  fetchPages?: boolean | PageFetcher;
  /** Standard input, read when a path is `-`. */
  stdin?: Readable;
  /** What standard input holds; guessed from its first bytes when absent. */
  stdinFormat?: StdinFormat;
}

export { STDIN_FORMATS, type StdinFormat };

/** The path that stands for standard input. */
export const STDIN = '-';

const BY_FORMAT: Record<StdinFormat, { reader: Reader; oneArticlePerFile: boolean }> = {
  jsonl: { reader: readJsonl, oneArticlePerFile: false },
  csv: { reader: readCsv, oneArticlePerFile: false },
  txt: { reader: readTxt, oneArticlePerFile: true },
  html: { reader: readHtmlFile, oneArticlePerFile: true },
  warc: { reader: readWarc, oneArticlePerFile: false },
  feed: { reader: readFeed, oneArticlePerFile: false },
};

const READERS: Record<string, (typeof BY_FORMAT)[StdinFormat]> = {
  '.jsonl': BY_FORMAT.jsonl,
  '.ndjson': BY_FORMAT.jsonl,
  '.csv': BY_FORMAT.csv,
  '.txt': BY_FORMAT.txt,
  '.text': BY_FORMAT.txt,
  '.html': BY_FORMAT.html,
  '.htm': BY_FORMAT.html,
  '.warc': BY_FORMAT.warc,
  '.rss': BY_FORMAT.feed,
  '.atom': BY_FORMAT.feed,
  '.xml': BY_FORMAT.feed,
};

const EXTENSIONS = Object.keys(READERS).join(', ');

function formatOf(file: string) {
  return READERS[extname(file.toLowerCase().replace(/\.gz$/, ''))];
}

type Listed = { kind: 'file'; file: string; named: boolean } | { kind: 'rejection'; file: string; reason: string };

/**
 * Every file under the given paths, folders walked recursively in name order. A folder that
 * cannot be listed is one rejection; the walk goes on.
 */
async function* listFiles(paths: string[]): AsyncGenerator<Listed> {
  for (const path of paths) {
    if (path === STDIN) {
      yield { kind: 'file', file: path, named: true };
      continue;
    }
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      yield { kind: 'rejection', file: path, reason: `cannot read: ${info.message}` };
      continue;
    }
    if (info.isFile()) {
      yield { kind: 'file', file: path, named: true };
      continue;
    }
    yield* listFolder(path);
  }
}

async function* listFolder(folder: string): AsyncGenerator<Listed> {
  let entries: Array<{ name: string; isFile(): boolean; isDirectory(): boolean }>;
  try {
    entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  } catch (error) {
    yield { kind: 'rejection', file: folder, reason: `cannot read the folder: ${errorMessage(error)}` };
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const child = join(folder, entry.name);
    if (entry.isDirectory()) yield* listFolder(child);
    else if (entry.isFile()) yield { kind: 'file', file: child, named: false };
  }
}

/** Paths that do not exist are a usage error, found before anything is read or stored. */
export async function checkPaths(paths: string[]): Promise<void> {
  for (const path of paths) {
    if (path === STDIN) continue;
    const missing = await stat(path).then(
      () => false,
      (error: NodeJS.ErrnoException) => error.code === 'ENOENT' || error.code === 'ENOTDIR',
    );
    if (missing) throw new StanceError('bad_usage', `no such file or folder: ${path}`);
  }
}

/** One file's items; whatever the reader throws ends this file with a rejection, not the batch. */
async function* guarded(file: string, reader: (file: string) => AsyncIterable<SourceItem>): AsyncGenerator<SourceItem> {
  let lastLine = 0;
  try {
    for await (const item of reader(file)) {
      lastLine = item.kind === 'record' ? item.record.line : item.rejection.line;
      yield item;
    }
  } catch (error) {
    const where = lastLine === 0 ? 'cannot read the file' : `cannot read the rest of the file after line ${lastLine}`;
    yield { kind: 'rejection', rejection: { file, line: lastLine + 1, reason: `${where}: ${errorMessage(error)}` } };
  }
}

/** Standard input, spooled to a temporary file so every reader works on it; its records say `-`. */
async function* readStdin(options: ReadOptions): AsyncGenerator<SourceItem> {
  if (!options.stdin) throw new StanceError('bad_usage', 'standard input (-) is not available here');
  const spool = await spoolStdin(options.stdin, options.stdinFormat);
  try {
    for await (const item of guarded(spool.file, (file) => BY_FORMAT[spool.format].reader(file, options))) {
      if (item.kind === 'record') yield { kind: 'record', record: { ...item.record, file: STDIN } };
      else yield { kind: 'rejection', rejection: { ...item.rejection, file: STDIN } };
    }
  } finally {
    await spool.remove();
  }
}

async function* readFiles(paths: string[], options: ReadOptions): AsyncGenerator<SourceItem> {
  await checkPaths(paths);
  for await (const listed of listFiles(paths)) {
    if (listed.kind === 'rejection') {
      yield { kind: 'rejection', rejection: { file: listed.file, line: 1, reason: listed.reason } };
      continue;
    }
    if (listed.file === STDIN) {
      yield* readStdin(options);
      continue;
    }
    const format = formatOf(listed.file);
    if (format) yield* guarded(listed.file, (file) => format.reader(file, options));
    else if (listed.named) yield { kind: 'rejection', rejection: { file: listed.file, line: 1, reason: `unsupported file type (expected ${EXTENSIONS})` } };
  }
}

/**
 * Reads articles from files and folders (JSONL, CSV, TXT, HTML, WARC web archives, RSS/Atom
 * feeds; gzip-compressed too) and standard input (`-`), one record at a time so an archive of
 * any size streams. A folder's files of other types are skipped; a file named on the command
 * line with an unknown type is reported. Columns are renamed by `options.mapping` (the ones
 * nothing reads are noted in `options.columns`); with `fetchPages`, links become articles.
 */
export function readSources(paths: string[], options: ReadOptions = {}): AsyncIterable<SourceItem> {
  const items = mappedItems(readFiles(paths, options), options.mapping ?? NO_MAPPING, options.columns ?? new ColumnReport());
  if (!options.fetchPages) return items;
  return withFetchedPages(items, typeof options.fetchPages === 'function' ? options.fetchPages : fetchPage);
}

// A typical archived article with its metadata takes about this many bytes; a captured web page
// (markup, scripts and HTTP headers included) about this many.
const BYTES_PER_ARTICLE = 3000;
const BYTES_PER_PAGE = 60_000;

/**
 * A rough article count for the given paths: one per TXT or HTML file, and for JSONL and CSV
 * files one per typical article size (compressed files counted five times their size). Enough
 * to size progress and workers; files that cannot be read count nothing.
 */
export async function estimateArticles(paths: string[]): Promise<number> {
  let files = 0;
  let bytes = 0;
  let pageBytes = 0;
  for await (const listed of listFiles(paths)) {
    if (listed.kind === 'rejection' || listed.file === STDIN) continue;
    const format = formatOf(listed.file);
    const size = ((await stat(listed.file).catch(() => undefined))?.size ?? 0) * (listed.file.endsWith('.gz') ? 5 : 1);
    if (format?.oneArticlePerFile) files++;
    else if (format === BY_FORMAT.warc) pageBytes += size;
    else if (format) bytes += size;
  }
  return files + Math.ceil(bytes / BYTES_PER_ARTICLE) + Math.ceil(pageBytes / BYTES_PER_PAGE);
}

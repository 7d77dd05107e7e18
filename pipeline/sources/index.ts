import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { errorMessage, StanceError } from '../../core/errors.js';
import { readCsv } from './csv.js';
import { readHtmlFile } from './html-file.js';
import { readJsonl } from './jsonl.js';
import type { SourceItem } from './record.js';
import { readTxt } from './txt.js';

export type { Rejection, SourceItem, SourceRecord } from './record.js';

/**
 * A reader turns one file into records with their line numbers, and rejections for what it
 * cannot read: a new format is one module with such a function and a line in `READERS`.
 * A reader may throw (the file cannot be opened, its stream breaks): `readSources` turns that
 * into one rejection naming the file and goes on with the next.
 */
export type Reader = (file: string) => AsyncIterable<SourceItem>;

const READERS: Record<string, { reader: Reader; oneArticlePerFile: boolean }> = {
  '.jsonl': { reader: readJsonl, oneArticlePerFile: false },
  '.ndjson': { reader: readJsonl, oneArticlePerFile: false },
  '.csv': { reader: readCsv, oneArticlePerFile: false },
  '.txt': { reader: readTxt, oneArticlePerFile: true },
  '.text': { reader: readTxt, oneArticlePerFile: true },
  '.html': { reader: readHtmlFile, oneArticlePerFile: true },
  '.htm': { reader: readHtmlFile, oneArticlePerFile: true },
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
    const missing = await stat(path).then(
      () => false,
      (error: NodeJS.ErrnoException) => error.code === 'ENOENT' || error.code === 'ENOTDIR',
    );
    if (missing) throw new StanceError('bad_usage', `no such file or folder: ${path}`);
  }
}

/** One file's items; whatever the reader throws ends this file with a rejection, not the batch. */
async function* guarded(file: string, reader: Reader): AsyncGenerator<SourceItem> {
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

/**
 * Reads articles from files and folders (JSONL, CSV, TXT, HTML; gzip-compressed too), one record
 * at a time so an archive of any size streams. A folder's files of other types are skipped; a
 * file named on the command line with an unknown type is reported.
 */
export async function* readSources(paths: string[]): AsyncGenerator<SourceItem> {
  await checkPaths(paths);
  for await (const listed of listFiles(paths)) {
    if (listed.kind === 'rejection') {
      yield { kind: 'rejection', rejection: { file: listed.file, line: 1, reason: listed.reason } };
      continue;
    }
    const format = formatOf(listed.file);
    if (format) yield* guarded(listed.file, format.reader);
    else if (listed.named) yield { kind: 'rejection', rejection: { file: listed.file, line: 1, reason: `unsupported file type (expected ${EXTENSIONS})` } };
  }
}

// A typical archived article with its metadata takes about this many bytes.
const BYTES_PER_ARTICLE = 3000;

/**
 * A rough article count for the given paths: one per TXT or HTML file, and for JSONL and CSV
 * files one per typical article size (compressed files counted five times their size). Enough
 * to size progress and workers; files that cannot be read count nothing.
 */
export async function estimateArticles(paths: string[]): Promise<number> {
  let files = 0;
  let bytes = 0;
  for await (const listed of listFiles(paths)) {
    if (listed.kind === 'rejection') continue;
    const format = formatOf(listed.file);
    if (format?.oneArticlePerFile) files++;
    else if (format) bytes += ((await stat(listed.file).catch(() => undefined))?.size ?? 0) * (listed.file.endsWith('.gz') ? 5 : 1);
  }
  return files + Math.ceil(bytes / BYTES_PER_ARTICLE);
}

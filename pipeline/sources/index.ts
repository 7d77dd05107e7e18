import { closeSync, openSync, readSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { StanceError } from '../../core/errors.js';
import { readCsv } from './csv.js';
import { readHtmlFile } from './html-file.js';
import { readJsonl } from './jsonl.js';
import type { SourceItem } from './record.js';
import { readTxt } from './txt.js';

export type { Rejection, SourceItem, SourceRecord } from './record.js';

type Format = 'jsonl' | 'csv' | 'txt' | 'html';

const FORMATS: Record<string, Format> = {
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.csv': 'csv',
  '.txt': 'txt',
  '.text': 'txt',
  '.html': 'html',
  '.htm': 'html',
};

function formatOf(file: string): Format | undefined {
  const name = file.toLowerCase().replace(/\.gz$/, '');
  return FORMATS[extname(name)];
}

function isGzip(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const magic = Buffer.alloc(2);
    return readSync(fd, magic, 0, 2, 0) === 2 && magic[0] === 0x1f && magic[1] === 0x8b;
  } finally {
    closeSync(fd);
  }
}

/** Every file under the given paths, folders walked recursively in name order. */
async function* listFiles(paths: string[]): AsyncGenerator<{ file: string; named: boolean }> {
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new StanceError('bad_usage', `no such file or folder: ${path}`);
    if (info.isFile()) {
      yield { file: path, named: true };
      continue;
    }
    const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const child = join(path, entry.name);
      if (entry.isDirectory()) yield* listFiles([child]);
      else if (entry.isFile()) yield { file: child, named: false };
    }
  }
}

/**
 * Reads articles from files and folders (JSONL, CSV, TXT, HTML; `.gz` JSONL too), one record at
 * a time so an archive of any size streams. A folder's files of other types are skipped; a file
 * named on the command line with an unknown type is reported.
 */
export async function* readSources(paths: string[]): AsyncGenerator<SourceItem> {
  for await (const { file, named } of listFiles(paths)) {
    const format = formatOf(file);
    if (!format) {
      const reason = `unsupported file type (expected .jsonl, .csv, .txt or .html)`;
      if (named) yield { kind: 'rejection', rejection: { file, line: 1, reason } };
      continue;
    }
    if (format === 'jsonl') yield* readJsonl(file, isGzip(file));
    else if (format === 'csv') yield* readCsv(file);
    else if (format === 'txt') yield await readTxt(file);
    else yield await readHtmlFile(file);
  }
}

// A typical archived article with its metadata takes about this many bytes.
const BYTES_PER_ARTICLE = 3000;

/**
 * A rough article count for the given paths: one per TXT or HTML file, and for JSONL and CSV
 * files one per typical article size. Enough to size progress and workers.
 */
export async function estimateArticles(paths: string[]): Promise<number> {
  let files = 0;
  let bytes = 0;
  for await (const { file } of listFiles(paths)) {
    const format = formatOf(file);
    if (format === 'txt' || format === 'html') files++;
    else if (format) bytes += (await stat(file)).size * (isGzip(file) ? 5 : 1);
  }
  return files + Math.ceil(bytes / BYTES_PER_ARTICLE);
}

import { once } from 'node:events';
import { createWriteStream, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { StanceError } from '../core/errors.js';
import { loadSourceRegistry } from '../pipeline/data/source-registry.js';
import type { Db } from '../pipeline/db/handle.js';
import { iterateStancesWithArticles, type StanceListFilter, type StanceWithArticle } from '../pipeline/db/stances.repo.js';
import { csvLinesOf } from '../pipeline/export/csv.js';
import { writeParquet } from '../pipeline/export/parquet.js';
import { stanceTable } from '../pipeline/export/stance-table.js';

export interface ExportOptions {
  filter: StanceListFilter;
  limit?: number;
  format: 'csv' | 'parquet';
  out: string;
  sourcesFile?: string;
}

/** CSV lines gathered into chunks of about 64 KB: one write per line costs more than the data. */
async function* chunked(lines: AsyncIterable<string>): AsyncGenerator<string> {
  let text = '';
  for await (const line of lines) {
    text += line;
    if (text.length >= 65_536) {
      yield text;
      text = '';
    }
  }
  if (text) yield text;
}

/**
 * `stance export`: the records `stance stances` lists for the same filters, written as a table.
 * Rows stream from the database page by page and are written as they come (Parquet one row
 * group at a time), waiting for the disk, so memory stays flat however large the slice.
 * Returns the number of records.
 */
export async function exportStances(db: Db, options: ExportOptions): Promise<number> {
  if (!existsSync(dirname(resolve(options.out)))) throw new StanceError('bad_usage', `no folder ${dirname(resolve(options.out))} to write ${options.out} in`);
  const table = stanceTable(loadSourceRegistry(options.sourcesFile));
  let count = 0;
  async function* rows(): AsyncGenerator<StanceWithArticle> {
    for await (const row of iterateStancesWithArticles(db, options.filter, options.limit)) {
      count++;
      yield row;
    }
  }
  const file = createWriteStream(options.out);
  let failure: Error | undefined;
  file.on('error', (error) => (failure ??= error));
  const write = async (chunk: string | Uint8Array) => {
    if (failure) throw failure;
    if (!file.write(chunk)) await once(file, 'drain');
  };
  try {
    if (options.format === 'parquet') await writeParquet(table, rows(), write);
    else for await (const text of chunked(csvLinesOf(table, rows()))) await write(text);
  } finally {
    await new Promise<void>((resolve) => file.end(() => resolve()));
  }
  if (failure) throw new StanceError('bad_usage', `cannot write ${options.out}: ${failure.message}`);
  return count;
}

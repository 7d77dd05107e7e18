import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import Database from 'better-sqlite3';

/**
 * The machine's I/O floor for ingest: what any ingest of the archive must do at the least, with
 * no analysis and no checks. Stream the JSONL file, `JSON.parse` each line, hash the text with
 * sha256 and insert the article into a fresh better-sqlite3 file in 1,000-row transactions, with
 * the pragmas the application's own database uses (WAL, synchronous NORMAL). Measured in the same
 * run, on the same file and disk as the other sections, it turns their figures into ratios that
 * compare across machines.
 */

/** One transaction per this many rows: large enough that commits cost little, as in ingest. */
export const FLOOR_TRANSACTION_ROWS = 1000;

export interface FloorResult {
  /** Lines read and stored (blank lines are not articles). */
  articles: number;
  seconds: number;
}

interface FloorArticle {
  id?: unknown;
  text?: unknown;
  published_at?: unknown;
  source?: unknown;
  lang?: unknown;
}

/** The lines of a JSONL file, streamed in large chunks and cut at newlines (no readline: it costs more than the floor). */
export async function* jsonlLines(file: string): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const text = rest + (chunk as string);
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      if (end > start) yield text.slice(start, end);
      start = end + 1;
    }
    rest = text.slice(start);
  }
  if (rest.length > 0) yield rest;
}

const text = (value: unknown) => (typeof value === 'string' ? value : null);

/** Streams `archive` into a new database at `dbFile` (which must not exist yet) and times it. */
export async function measureFloor(archive: string, dbFile: string): Promise<FloorResult> {
  const started = performance.now();
  const sqlite = new Database(dbFile);
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.exec(
      'create table articles (id text primary key not null, content_hash text not null, text text not null, published_at text, source text, lang text)',
    );
    const insert = sqlite.prepare('insert into articles (id, content_hash, text, published_at, source, lang) values (?, ?, ?, ?, ?, ?)');
    const flush = sqlite.transaction((rows: unknown[][]) => {
      for (const row of rows) insert.run(row);
    });
    let rows: unknown[][] = [];
    let articles = 0;
    for await (const line of jsonlLines(archive)) {
      const article = JSON.parse(line) as FloorArticle;
      const body = text(article.text) ?? '';
      const hash = createHash('sha256').update(body).digest('hex');
      rows.push([text(article.id) ?? `line-${articles + 1}`, hash, body, text(article.published_at), text(article.source), text(article.lang)]);
      articles++;
      if (rows.length === FLOOR_TRANSACTION_ROWS) {
        flush(rows);
        rows = [];
      }
    }
    if (rows.length > 0) flush(rows);
    return { articles, seconds: (performance.now() - started) / 1000 };
  } finally {
    sqlite.close();
  }
}

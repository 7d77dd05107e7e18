import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createApp } from '../api/app.js';
import { claimQueued, storeArticles } from '../pipeline/db/articles.repo.js';
import { openDatabase } from '../pipeline/db/client.js';
import type { DbHandle } from '../pipeline/db/handle.js';
import { redactUrl } from '../pipeline/db/postgres.js';
import { startRun } from '../pipeline/db/runs.repo.js';
import { type AnalysedArticle, saveAnalyses } from '../pipeline/db/stances.repo.js';
import { ACTOR_CODES, benchActors, benchTopics, RECORDS_PER_ARTICLE } from './trend-database.js';
import { comparePath, percentile, seeded, timeRequests, trendPath } from './trends.bench.js';

/**
 * The PostgreSQL store beside SQLite (`npm run bench -- --db postgres://…`):
 *
 * - analysis: the archive ingested, then analysed by one `stance analyze` process, and again (in a
 *   fresh database) by two at once claiming from the same queue; the same single process on a
 *   SQLite file, for comparison. Articles per second from the analysers' start to the last one's end.
 * - bulk write: stance records stored by `saveAnalyses` in the batches the queue uses, on both stores.
 * - trend reads: the synthetic trend database of bench/trend-database.ts built on PostgreSQL
 *   (same actors, topics, days and spread), and the same requests timed as in trends.bench.ts.
 *
 * Every measurement uses a database of its own, created on the server named by the URL and
 * dropped afterwards: the URL's user needs the right to create databases.
 */

const CLI = fileURLToPath(new URL('../../bin/stance.js', import.meta.url));

interface PgBenchOptions {
  url: string;
  archive: string;
  dir: string;
  /** Stance records in the trend database. */
  records: number;
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Runs the command line; resolves with its standard output, rejects with its standard error. */
function cli(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`stance ${args[0]} exited ${code}: ${stderr.trim()}`))));
  });
}

/** Creates and later drops the scratch databases, through the database the URL names. */
class ScratchDatabases {
  private readonly made: string[] = [];
  constructor(private readonly url: string) {}

  private async admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: this.url });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }

  async create(label: string): Promise<string> {
    const name = `stance_bench_${process.pid}_${label}`;
    await this.admin(async (client) => {
      await client.query(`drop database if exists ${name}`);
      await client.query(`create database ${name}`);
    });
    this.made.push(name);
    const url = new URL(this.url);
    url.pathname = `/${name}`;
    return url.toString();
  }

  async dropAll(): Promise<void> {
    await this.admin(async (client) => {
      for (const name of this.made.splice(0)) await client.query(`drop database if exists ${name} with (force)`);
    });
  }
}

/** Seconds for `workers` analysers started together on a database holding the ingested archive. */
async function timeAnalysis(target: string, workers: number): Promise<{ seconds: number; analyzed: number }> {
  const started = performance.now();
  const reports = await Promise.all(Array.from({ length: workers }, () => cli(['analyze', '--db', target, '--scorer', 'lexicon', '--json', '--quiet'])));
  const seconds = (performance.now() - started) / 1000;
  return { seconds, analyzed: reports.reduce((sum, out) => sum + (JSON.parse(out) as { analyzed: number }).analyzed, 0) };
}

async function analysisFigures(scratch: ScratchDatabases, options: PgBenchOptions): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const sqlite = join(options.dir, 'pg-compare.db');
  const targets: Array<[string, string, number]> = [
    ['sqlite_analyse', sqlite, 1],
    ['pg_analyse_1w', await scratch.create('w1'), 1],
    ['pg_analyse_2w', await scratch.create('w2'), 2],
  ];
  for (const [key, target, workers] of targets) {
    await cli(['ingest', options.archive, '--db', target, '--json', '--quiet']);
    const { seconds, analyzed } = await timeAnalysis(target, workers);
    figures[`${key}_per_s`] = Math.round(analyzed / seconds);
    figures[`${key}_s`] = round(seconds);
  }
  return figures;
}

const BULK_ARTICLES = 20_000;
const BULK_RECORDS_PER_ARTICLE = 8;
/** The queue's own save batch (pipeline/run.ts `saveBatch`). */
const SAVE_BATCH = 256;

/** Records per second stored by `saveAnalyses` on `handle`, for articles stored and claimed first. */
async function timeBulkWrite(handle: DbHandle): Promise<number> {
  const articles = Array.from({ length: BULK_ARTICLES }, (_, i) => ({
    id: `bulk-${i}`,
    idGiven: true,
    contentHash: `bulk-hash-${i}`,
    text: `Synthetic text ${i}.`,
    lang: 'en',
    publishedAt: `2020-01-${String(1 + (i % 28)).padStart(2, '0')}`,
    source: `Source ${i % 30}`,
  }));
  for (let i = 0; i < articles.length; i += 1000) await storeArticles(handle.db, articles.slice(i, i + 1000));
  const run = await startRun(handle.db, 'analyze', 'lexicon', { pid: process.pid, host: 'bench' });
  while ((await claimQueued(handle.db, 5000, run)).length > 0);
  const topics = benchTopics();
  const analysed: AnalysedArticle[] = articles.map((article, i) => ({
    id: article.id,
    lang: 'en',
    stances: Array.from({ length: BULK_RECORDS_PER_ARTICLE }, (_, r) => {
      const score = (((i * 7 + r * 13) % 201) - 100) / 100;
      const actor = ACTOR_CODES[(i + r * 5) % ACTOR_CODES.length];
      const topic = topics[(i + r) % topics.length].id;
      return {
        actor,
        topic,
        score,
        label: score < -0.2 ? ('oppose' as const) : score > 0.2 ? ('support' as const) : ('neutral' as const),
        confidence: 0.7,
        evidence: [{ sentence: `${actor} on ${topic}.`, start: 0, end: 20, score, confidence: 0.7 }],
      };
    }),
  }));
  const scorer = { id: 'lexicon', model: 'lexicon', modelVersion: '1' };
  const started = performance.now();
  let stored = 0;
  for (let i = 0; i < analysed.length; i += SAVE_BATCH)
    stored += (await saveAnalyses(handle.db, scorer, analysed.slice(i, i + SAVE_BATCH), undefined, run)).stances;
  const seconds = (performance.now() - started) / 1000;
  if (stored !== BULK_ARTICLES * BULK_RECORDS_PER_ARTICLE)
    throw new Error(`bulk write stored ${stored} records, expected ${BULK_ARTICLES * BULK_RECORDS_PER_ARTICLE}`);
  return Math.round(stored / seconds);
}

async function bulkFigures(scratch: ScratchDatabases, options: PgBenchOptions): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  for (const [key, target] of [
    ['sqlite_bulk_rows_per_s', join(options.dir, 'bulk.db')],
    ['pg_bulk_rows_per_s', await scratch.create('bulk')],
  ] as const) {
    const handle = await openDatabase(target);
    try {
      figures[key] = await timeBulkWrite(handle);
    } finally {
      await handle.close();
    }
  }
  return figures;
}

/**
 * The trend database of bench/trend-database.ts, on PostgreSQL: the same counts and ranges, each
 * record's values from PostgreSQL's own integer hash of its number (the same spread, not the same
 * rows as the SQLite build). Filled with the indexes in place; then the trend rollup is built
 * and the tables analysed.
 */
async function buildPgTrendDatabase(target: string, records: number): Promise<void> {
  await (await openDatabase(target)).close();
  const client = new pg.Client({ connectionString: target });
  await client.connect();
  try {
    const articles = Math.ceil(records / RECORDS_PER_ARTICLE);
    const array = (values: string[]) => `(array[${values.map((v) => `'${v}'`).join(',')}])`;
    const h = (expression: string) => `abs(hashint8((${expression})::bigint)::bigint)`;
    // An article's date, source and language, as a function of its number: its records copy them.
    const lang = (a: string) => `${array(['en', 'ru', 'zh', 'de', 'fr', 'es', 'ar', 'tr'])}[1 + ${h(`${a} * 3 + 1`)} % 8]`;
    const day = (a: string) => `to_char(date '2015-01-01' + (${h(`${a} * 3`)} % 3650)::int, 'YYYY-MM-DD')`;
    const source = (a: string) => `'Source ' || (1 + ${h(`${a} * 3 + 2`)} % 30)`;
    const topics = benchTopics().map((t) => t.id);
    await client.query('set synchronous_commit = off');
    await client.query(`
      insert into articles (id, content_hash, title, text, lang, published_at, source, url, status)
      select 'art-' || a, 'hash-' || a, 'Story number ' || a || ' about world affairs', 'Synthetic text ' || a || '.',
        ${lang('a')}, ${day('a')}, ${source('a')}, 'https://news.example/' || a, 'done'
      from generate_series(0, ${articles - 1}) a`);
    // Four actors an article, first + r × step (mod 50) with step ≤ 12: never the same one twice.
    await client.query(`
      insert into stances (article_id, actor, topic, score, label, confidence, evidence, scorer, model, model_version, published_at, source, lang, cluster)
      select 'art-' || s.a, ${array(ACTOR_CODES)}[1 + (s.first + s.r * s.step) % ${ACTOR_CODES.length}],
        ${array(topics)}[1 + ${h('s.n * 5 + 3')} % ${topics.length}],
        s.score, case when s.score < -0.2 then 'oppose' when s.score > 0.2 then 'support' else 'neutral' end,
        (${h('s.n * 5 + 4')} % 1001) / 1000.0,
        json_build_array(json_build_object('sentence', 'bench', 'start', 0, 'end', 20, 'score', s.score, 'confidence', 0.7)),
        'lexicon', 'lexicon', '1', ${day('s.a')}, ${source('s.a')}, ${lang('s.a')}, s.a
      from (
        select a, r, a * ${RECORDS_PER_ARTICLE} + r as n, ${h('a * 7 + 5')} % ${ACTOR_CODES.length} as first, 1 + ${h('a * 7 + 6')} % 12 as step,
          ((${h(`(a * ${RECORDS_PER_ARTICLE} + r) * 5 + 2`)} % 2001) - 1000) / 1000.0 as score
        from generate_series(0, ${articles - 1}) a cross join generate_series(0, ${RECORDS_PER_ARTICLE - 1}) r
      ) s
      where s.n < ${records}`);
    // The triggers marked every record; one full build of the trend rollup replaces a million
    // marks, as for a database upgraded with records already in it (the next open builds it).
    await client.query(`delete from trend_dirty`);
    await client.query(`insert into trend_dirty (article_id, topic, actor, scorer, day) values ('*', '*', '*', '*', '*')`);
  } finally {
    await client.end();
  }
  await (await openDatabase(target)).close();
  const analyse = new pg.Client({ connectionString: target });
  await analyse.connect();
  try {
    await analyse.query('analyze');
  } finally {
    await analyse.end();
  }
}

async function trendFiguresPg(scratch: ScratchDatabases, records: number): Promise<Record<string, number>> {
  const target = await scratch.create('trends');
  const built = performance.now();
  await buildPgTrendDatabase(target, records);
  const buildSeconds = (performance.now() - built) / 1000;
  const handle = await openDatabase(target, { readonly: true, forQueries: true });
  try {
    const app = createApp({ db: handle.db, topics: benchTopics, actors: benchActors });
    const random = seeded(11);
    const inProcess = (path: string) => Promise.resolve(app.request(path));
    const trend = await timeRequests(200, () => trendPath(random), inProcess);
    const compare = await timeRequests(20, () => comparePath(random), inProcess);
    return {
      pg_trend_records: records,
      pg_trend_build_s: round(buildSeconds),
      pg_trend_p50_ms: round(percentile(trend, 50)),
      pg_trend_p95_ms: round(percentile(trend, 95)),
      pg_compare_p95_ms: round(percentile(compare, 95)),
    };
  } finally {
    await handle.close();
  }
}

export async function benchPostgres(options: PgBenchOptions): Promise<Record<string, number | string>> {
  const scratch = new ScratchDatabases(options.url);
  try {
    return {
      pg_server: redactUrl(options.url),
      ...(await analysisFigures(scratch, options)),
      ...(await bulkFigures(scratch, options)),
      ...(await trendFiguresPg(scratch, options.records)),
    };
  } finally {
    await scratch.dropAll();
  }
}

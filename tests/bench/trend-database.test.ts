import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TrendQuerySchema } from '../../api/params.js';
import { computeTrend, computeTrendFromRecords, resolveTrendQuery } from '../../api/routes/trends.route.js';
import { ACTOR_CODES, benchActors, benchTopics, buildTrendDatabase } from '../../bench/trend-database.js';
import { TEN_MILLION, type TrendBenchResult, trendFigures } from '../../bench/trends.bench.js';
import { openSqlite } from '../../pipeline/db/client.js';
import { rollupScorer } from '../../pipeline/db/rollup.repo.js';

describe('the trend benchmark database', () => {
  let dir: string;
  let file: string;
  const records = 1001;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'stance-trend-db-'));
    file = join(dir, 'bench.db');
    buildTrendDatabase(file, records);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('holds exactly the records asked for, four per article, with the indexes of a migrated database', () => {
    const sqlite = new Database(file, { readonly: true });
    const fresh = openSqlite(join(dir, 'fresh.db'));
    try {
      const counts = sqlite
        .prepare('select count(*) as records, count(distinct article_id) as articles, count(distinct cluster) as clusters from stances')
        .get();
      expect(counts).toEqual({ records, articles: 251, clusters: 251 });
      expect(sqlite.prepare('select count(*) as n from articles').get()).toEqual({ n: 251 });
      const indexes = (db: Database.Database) => db.prepare("select name, sql from sqlite_master where type = 'index' order by name").all();
      expect(indexes(sqlite)).toEqual(indexes(fresh.sqlite));
      expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      const spread = sqlite
        .prepare(
          'select count(distinct actor) as actors, count(distinct topic) as topics, min(score) >= -1 and max(score) <= 1 as scores, min(published_at) >= ? as dated from stances',
        )
        .get('2015-01-01');
      expect(spread).toEqual({ actors: ACTOR_CODES.length, topics: benchTopics().length, scores: 1, dated: 1 });
      // Every record agrees with its article, as the analyser would have stored it.
      const mismatched = sqlite
        .prepare(
          'select count(*) as n from stances s join articles a on a.id = s.article_id where s.published_at is not a.published_at or s.source is not a.source or s.lang is not a.lang',
        )
        .get();
      expect(mismatched).toEqual({ n: 0 });
    } finally {
      sqlite.close();
      fresh.close();
    }
  });

  it('carries a built trend rollup that gives the numbers the records give', async () => {
    const handle = openSqlite(file, { readonly: true });
    try {
      const deps = { db: handle.db, topics: benchTopics, actors: benchActors };
      const q = await resolveTrendQuery(
        deps,
        TrendQuerySchema.parse({
          topic: benchTopics()[0].id,
          actors: ACTOR_CODES.slice(0, 10).join(','),
          bucket: 'quarter',
          from: '2016-02-10',
          to: '2023-05-20',
        }),
      );
      expect(await rollupScorer(handle.db, q.filter)).toBe('lexicon');
      const fromRollup = await computeTrend(deps, q);
      expect(fromRollup.totals.n_records).toBeGreaterThan(0);
      expect(fromRollup).toEqual(await computeTrendFromRecords(deps, q));
    } finally {
      handle.close();
    }
  });

  it('names figures after ten million records only when the database held that many', () => {
    const result = { records: 1_000_000, trend_p95_ms: 14, compare_p95_ms: 130, http_rps: 90 } as TrendBenchResult;
    const small = trendFigures(result);
    expect(small).toMatchObject({ trend_records: 1_000_000, records: 1_000_000, trend_p95_ms: 14 });
    expect(Object.keys(small).filter((key) => key.endsWith('_10m'))).toEqual([]);
    expect(trendFigures({ ...result, records: TEN_MILLION })).toMatchObject({
      trend_records: TEN_MILLION,
      trend_p95_ms_10m: 14,
      compare_p95_ms_10m: 130,
      http_rps_10m: 90,
    });
  });
});

import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../../../api/deps.js';
import { CompareQuerySchema, filterOf, TrendQuerySchema } from '../../../api/params.js';
import { computeTrend, computeTrendFromRecords, resolveTrendQuery } from '../../../api/routes/trends.route.js';
import { builtinCatalogue } from '../../../pipeline/data/topic-catalogue.js';
import { claimQueued, storeArticles } from '../../../pipeline/db/articles.repo.js';
import { openDatabase } from '../../../pipeline/db/client.js';
import { type Db, query, rawRows, tables } from '../../../pipeline/db/handle.js';
import { rollupCompareMoments, rollupExclusions, rollupScorer } from '../../../pipeline/db/rollup.repo.js';
import { refreshRollup } from '../../../pipeline/db/rollup-refresh.js';
import { type AnalysedArticle, saveAnalyses } from '../../../pipeline/db/stances.repo.js';
import { type ActorMoments, compareExclusions, compareMoments, type StanceFilter } from '../../../pipeline/db/trends.repo.js';
import { summariseMoments } from '../../../pipeline/trends/trend-stats.js';
import { ACTORS } from '../trends/trend-fixture.js';
import { describeStores } from './stores.js';

/*
 * The rollup must give the numbers the records give, to the digit: a database written through
 * the real write paths (ingest, analysis by two scorers, re-analysis, a date filled in by a
 * duplicate, a deleted article), with duplicate clusters across sources, records without a
 * source, several languages, zero confidences and timestamps, is asked many trends and
 * comparisons both ways.
 */

/** Topic SINGLE has only lexicon records (the default pick reads the rollup); MIXED has two scorers. */
const SINGLE = 'nato-expansion';
const MIXED = 'russia-sanctions';
const LEXICON = { id: 'lexicon', model: 'lexicon', modelVersion: '1' };
const NLI = { id: 'nli:tiny', model: 'tiny', modelVersion: '1' };
const CODES = ACTORS.map((a) => a.code);
const SOURCES = ['Ledger', 'Courier', 'Wire Daily', null] as const;
const LANGS = ['en', 'ru', 'de'];

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

interface Article {
  id: string;
  title: string | null;
  publishedAt: string | null;
  source: string | null;
  lang: string;
}

/** 160 articles from mid-December 2021 to early 2023; every fifth a reprint of the one before (same title and day, another source). */
function makeArticles(): Article[] {
  const random = seeded(7);
  const list: Article[] = [];
  for (let i = 0; i < 160; i++) {
    const previous = list[i - 1];
    const reprint = i % 5 === 4 && previous.publishedAt !== null;
    const day = new Date(Date.UTC(2021, 11, 15) + Math.floor(random() * 430) * 86_400_000).toISOString().slice(0, 10);
    list.push({
      id: `r${i}`,
      title: reprint ? previous.title : i % 11 === 0 ? null : `Story ${i} on alliances and trade`,
      // Some timestamps, some undated articles (they never enter a trend).
      publishedAt: reprint ? previous.publishedAt : i % 23 === 0 ? null : i % 3 === 0 ? `${day}T0${i % 10}:15:00.000Z` : day,
      source: SOURCES[(i + (reprint ? 1 : 0)) % SOURCES.length],
      lang: LANGS[i % LANGS.length],
    });
  }
  return list;
}

function stanceOf(actor: string, topic: string, random: () => number) {
  const score = Math.round((random() * 2 - 1) * 1000) / 1000;
  // A tenth of the records have confidence 0: a cluster of them weighs nothing.
  const confidence = random() < 0.1 ? 0 : Math.round(random() * 1000) / 1000;
  return { actor, topic, score, label: 'neutral' as const, confidence, evidence: [] };
}

function analyse(list: Article[], seed: number, withMixed: boolean, single: boolean): AnalysedArticle[] {
  const random = seeded(seed);
  return list.map((a, i) => {
    const actors = CODES.filter((_, k) => (i + k) % 3 !== 0 || random() < 0.3);
    return {
      id: a.id,
      lang: a.lang,
      stances: [
        ...(single ? actors.map((actor) => stanceOf(actor, SINGLE, random)) : []),
        ...(withMixed ? actors.filter((_, k) => k % 2 === i % 2).map((actor) => stanceOf(actor, MIXED, random)) : []),
      ],
    };
  });
}

async function analyseAll(db: Db, scorer: typeof LEXICON, batch: AnalysedArticle[]): Promise<void> {
  const { articles } = tables(db);
  const ids = batch.map((b) => b.id);
  await query(db)
    .update(articles)
    .set({ status: 'queued' })
    .where(
      sql`${articles.id} in (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})`,
    );
  await claimQueued(db, ids.length);
  await saveAnalyses(db, scorer, batch);
}

function deps(db: Db): AppDeps {
  return { db, topics: builtinCatalogue, actors: () => ACTORS };
}

const TREND_QUERIES: Array<Record<string, string>> = [];
for (const bucket of ['day', 'week', 'month', 'quarter', 'year']) {
  for (const [from, to] of [
    ['2021-12-01', '2023-03-31'],
    ['2022-01-17', '2022-11-08'],
    ['2022-02-01', '2022-12-31'],
  ]) {
    TREND_QUERIES.push({ topic: SINGLE, actors: 'RU', bucket, from, to });
    TREND_QUERIES.push({ topic: SINGLE, actors: CODES.join(','), bucket, from, to, smooth: '3' });
  }
}
TREND_QUERIES.push(
  { topic: SINGLE, actors: 'RU,CN', bucket: 'month' },
  { topic: SINGLE, actors: 'CN,TR', bucket: 'week', scorer: 'lexicon', smooth: '2' },
  { topic: SINGLE, actors: 'RU,TR', bucket: 'month', min_confidence: '0' },
  { topic: MIXED, actors: CODES.join(','), bucket: 'month', scorer: 'lexicon' },
  { topic: MIXED, actors: 'RU,NATO', bucket: 'quarter', scorer: 'nli:tiny', from: '2022-01-05', to: '2022-12-20' },
  { topic: MIXED, actors: 'RU', bucket: 'year', scorer: 'nli:tiny', smooth: '2' },
);

/** Queries only the records answer: the rollup must step aside for them. */
const EXACT_ONLY: Array<Record<string, string>> = [
  { topic: MIXED, actors: 'RU,CN', bucket: 'month' },
  { topic: SINGLE, actors: 'RU,CN', bucket: 'month', min_confidence: '0.4' },
  { topic: SINGLE, actors: 'RU', bucket: 'month', source: 'Ledger' },
  { topic: SINGLE, actors: 'RU', bucket: 'month', lang: 'ru' },
  { topic: SINGLE, actors: 'RU,TR', bucket: 'quarter', group_by: 'source_country' },
];

const COMPARE_QUERIES: Array<Record<string, string>> = [
  { topic: SINGLE },
  { topic: SINGLE, from: '2022-01-17', to: '2022-11-08' },
  { topic: SINGLE, from: '2022-03-01' },
  { topic: SINGLE, to: '2022-06-30' },
  { topic: MIXED, scorer: 'lexicon' },
  { topic: MIXED, scorer: 'nli:tiny', from: '2022-02-10', to: '2023-01-31' },
];

/** A comparison's rows as the route shows them: the summary and counts, per actor. */
function compareView(rows: ActorMoments[]) {
  return rows
    .map((m) => ({ actor: m.actor, ...summariseMoments(m), n: m.n, records: m.records, articles: m.articles, sources: m.sources }))
    .sort((a, b) => a.actor.localeCompare(b.actor));
}

async function expectRollupMatchesRecords(db: Db): Promise<void> {
  const d = deps(db);
  for (const params of TREND_QUERIES) {
    const q = await resolveTrendQuery(d, TrendQuerySchema.parse(params));
    expect(await rollupScorer(db, q.filter), JSON.stringify(params)).not.toBeNull();
    expect(await computeTrend(d, q), JSON.stringify(params)).toEqual(await computeTrendFromRecords(d, q));
  }
  for (const params of COMPARE_QUERIES) {
    const parsed = CompareQuerySchema.parse(params);
    const { filter: base } = await filterOf(d, parsed, parsed.topic);
    const filter: StanceFilter = { ...base, from: parsed.from, to: parsed.to };
    const scorer = await rollupScorer(db, filter);
    expect(scorer, JSON.stringify(params)).not.toBeNull();
    expect(compareView(await rollupCompareMoments(db, filter, scorer!)), JSON.stringify(params)).toEqual(compareView(await compareMoments(db, filter)));
    // What the comparison leaves out (undated records among them), counted without the records' scorer probes.
    expect(await rollupExclusions(db, filter), JSON.stringify(params)).toEqual(await compareExclusions(db, filter));
  }
}

describeStores('trend rollup', (ctx) => {
  const db = () => ctx.handle.db;
  const list = makeArticles();

  beforeAll(async () => {
    // The first copies go in without their dates: the reprints fill them in at ingest, later.
    const batch = list.map((a) => ({ ...a, contentHash: `hash-${a.id}`, text: `Text of ${a.id}.`, idGiven: true }));
    await storeArticles(
      db(),
      batch.map((a, i) => (i === 7 || i === 12 ? { ...a, publishedAt: null } : a)),
    );
    await analyseAll(db(), LEXICON, analyse(list, 1, true, true));
    await analyseAll(db(), NLI, analyse(list, 2, true, false));
  });

  it('gives the numbers the records give, for every span, window, smoothing and scorer', async () => {
    await expectRollupMatchesRecords(db());
  });

  it('steps aside for the filters only the records answer', async () => {
    for (const params of EXACT_ONLY) {
      const parsed = TrendQuerySchema.parse(params);
      const q = await resolveTrendQuery(deps(db()), parsed);
      expect(await rollupScorer(db(), q.filter, q.scope.groupBy !== undefined), JSON.stringify(params)).toBeNull();
    }
  });

  it('stays exact through re-analysis, a date filled in by a duplicate, and a deleted article', async () => {
    // Re-analysis replaces a scorer's records with new scores and actors.
    await analyseAll(db(), LEXICON, analyse(list.slice(20, 70), 9, true, true));
    // A second copy of an undated article brings its date: its records move into the trend.
    const undated = list[7];
    const [outcome] = await storeArticles(db(), [
      { ...undated, id: 'copy-of-r7', contentHash: `hash-${undated.id}`, text: 'Text again.', idGiven: true, publishedAt: '2022-06-15' },
    ]);
    expect(outcome).toEqual({ kind: 'duplicate', id: undated.id, enriched: true });
    // Deleting an article removes its records by cascade; no write path of the application
    // deletes articles, so nothing refreshes the rollup in that transaction: reads go exact until a refresh.
    const { articles } = tables(db());
    await query(db()).delete(articles).where(sql`${articles.id} = 'r40'`);
    expect(await rollupScorer(db(), { topic: SINGLE })).toBeNull();
    await refreshRollup(db());
    await expectRollupMatchesRecords(db());
  });

  it('builds the whole rollup from the records when the migration marks it so (an upgraded database)', async () => {
    await rawRows(db(), sql`delete from trend_rollup returning 1`);
    await rawRows(db(), sql`insert into trend_dirty (article_id, topic, actor, scorer, day) values ('*', '*', '*', '*', '*') returning 1`);
    expect(await rollupScorer(db(), { topic: SINGLE })).toBeNull();
    if (ctx.handle.kind === 'sqlite') {
      // Opening the file for writing builds it, as `stance` does on any command.
      await (await openDatabase(ctx.handle.path)).close();
    } else {
      await refreshRollup(db());
    }
    await expectRollupMatchesRecords(db());
  });
});

/*
 * Analysis adds new records to the rollup's sums instead of recomputing their days, months and
 * years (pipeline/db/rollup-append.ts): the sums must stay those of the records when records
 * arrive in many small batches into the same days and months, when a reprint joins a cluster
 * stored by an earlier batch (or its original joins the reprint's), and when additions follow a
 * re-analysis and a deletion that were recomputed.
 */
describeStores('trend rollup, records added batch by batch', (ctx) => {
  const db = () => ctx.handle.db;
  const list = makeArticles();
  const lexicon = analyse(list, 3, true, true);
  const byId = new Map(lexicon.map((a) => [a.id, a]));
  const inBatches = async (ids: string[], size: number) => {
    for (let i = 0; i < ids.length; i += size)
      await analyseAll(
        db(),
        LEXICON,
        ids.slice(i, i + size).map((id) => byId.get(id)!),
      );
  };

  beforeAll(async () => {
    await storeArticles(
      db(),
      list.map((a) => ({ ...a, contentHash: `hash-${a.id}`, text: `Text of ${a.id}.`, idGiven: true })),
    );
  });

  it('stays exact when records arrive in small batches, reprints joining clusters stored earlier', async () => {
    const ids = list.map((a) => a.id);
    // Forward: an original, then its reprint in the next batch (batches of 4 split the pairs 3+4, 13+14…).
    await inBatches(ids.slice(0, 70), 4);
    // Backward: the reprint first, its original joining it later.
    await inBatches(ids.slice(70, 140).reverse(), 3);
    await analyseAll(db(), NLI, analyse(list.slice(0, 140), 4, true, false));
    await expectRollupMatchesRecords(db());
  });

  it('stays exact when additions follow a re-analysis and a deletion', async () => {
    await analyseAll(db(), LEXICON, analyse(list.slice(30, 50), 11, true, true));
    const { articles } = tables(db());
    await query(db()).delete(articles).where(sql`${articles.id} = 'r61'`);
    await refreshRollup(db());
    await inBatches(
      list.slice(140).map((a) => a.id),
      5,
    );
    await expectRollupMatchesRecords(db());
  });

  it('leaves the insert trigger marking every other writer: a save marks its own records and ends that before it commits', async () => {
    // The save's own-marks row (migrations/0008) never outlives its transaction.
    expect(await rawRows(db(), sql`select article_id from trend_dirty`)).toEqual([]);
    // A record written by another path (here plain SQL, as a script or a later feature might) is marked by the trigger…
    const { stances } = tables(db());
    const [{ id, publishedAt, source }] = list.filter((a) => a.publishedAt !== null && !a.publishedAt.includes('T'));
    await query(db()).insert(stances).values({
      articleId: id,
      actor: 'ZZ',
      topic: SINGLE,
      score: 0.25,
      label: 'support',
      confidence: 0.5,
      evidence: [],
      scorer: 'lexicon',
      model: 'lexicon',
      modelVersion: '1',
      publishedAt,
      source,
    });
    expect(await rawRows(db(), sql`select article_id, actor from trend_dirty`)).toEqual([{ article_id: id, actor: 'ZZ' }]);
    // …so reads take the records until a refresh, which brings the rollup level with them again.
    expect(await rollupScorer(db(), { topic: SINGLE })).toBeNull();
    await refreshRollup(db());
    await expectRollupMatchesRecords(db());
    // And a save after it adds to the sums again, its records unmarked once it commits.
    await analyseAll(db(), LEXICON, analyse(list.slice(150), 13, true, true));
    expect(await rawRows(db(), sql`select article_id from trend_dirty`)).toEqual([]);
    await expectRollupMatchesRecords(db());
  });
});

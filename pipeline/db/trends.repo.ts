import { and, asc, count, countDistinct, eq, gte, inArray, isNotNull, lt, max, min, ne, or, type SQL, sql } from 'drizzle-orm';
import { addDays } from '../../core/dates.js';
import type { Moments } from '../trends/trend-stats.js';
import type { Db } from './handle.js';
import { stanceJson } from './json.js';
import { articles, stances } from './schema.js';

/** The filters every trend-like read shares. Dates are UTC days `YYYY-MM-DD`, both inclusive. */
export interface StanceFilter {
  topic: string;
  actors?: string[];
  from?: string;
  to?: string;
  minConfidence?: number;
  sources?: string[];
  langs?: string[];
  /** Exactly this scorer; absent means the best record per article (see `scorerRank`). */
  scorer?: string;
}

/** One stance record as the trend statistics read it. */
export interface TrendRow {
  actor: string;
  articleId: string;
  /** The article's duplicate cluster; null only for records no data step has reached. */
  cluster: number | null;
  /** The UTC publication day, `YYYY-MM-DD`. */
  publishedAt: string;
  score: number;
  confidence: number;
  scorer: string;
  source: string | null;
}

/** Lower is better: a model's judgement beats the cue lexicon when both scored an article. */
const SCORER_RANKS: ReadonlyArray<[prefix: string, rank: number]> = [
  ['ensemble', 0],
  ['nli', 1],
  ['lexicon', 3],
];
/** Any other scorer (a researcher's own) ranks between the models and the lexicon. */
const OTHER_SCORER_RANK = 2;

export function scorerRank(scorer: string): number {
  return SCORER_RANKS.find(([prefix]) => scorer.startsWith(prefix))?.[1] ?? OTHER_SCORER_RANK;
}

/** The same ranking as `scorerRank`, as an SQL expression over a scorer column. */
const scorerRankSql = (column: SQL | typeof stances.scorer) =>
  sql`(case ${sql.join(
    SCORER_RANKS.map(([prefix, rank]) => sql`when ${column} like ${`${prefix}%`} then ${sql.raw(String(rank))}`),
    sql` `,
  )} else ${sql.raw(String(OTHER_SCORER_RANK))} end)`;

/** The WHERE conditions of a filter; `withConfidence` is off when the best-per-article pick must come first. */
function conditions(filter: StanceFilter, withConfidence: boolean): SQL[] {
  const where: (SQL | undefined)[] = [eq(stances.topic, filter.topic), isNotNull(stances.publishedAt)];
  if (filter.actors?.length) where.push(inArray(stances.actor, filter.actors));
  if (filter.from) where.push(gte(stances.publishedAt, filter.from.slice(0, 10)));
  if (filter.to) where.push(lt(stances.publishedAt, addDays(filter.to.slice(0, 10), 1)));
  if (filter.sources?.length) where.push(inArray(stances.source, filter.sources));
  if (filter.langs?.length) where.push(inArray(stances.lang, filter.langs));
  if (filter.scorer) where.push(eq(stances.scorer, filter.scorer));
  if (withConfidence && filter.minConfidence !== undefined) where.push(gte(stances.confidence, filter.minConfidence));
  return where.filter((w): w is SQL => w !== undefined);
}

/** Keeps one record per (article, actor): the explicit scorer's, or the best-ranked one. */
function bestPerArticle(rows: TrendRow[], filter: StanceFilter): TrendRow[] {
  if (filter.scorer) return rows;
  // One scorer in the rows means one record per (article, actor, topic): the unique index says so.
  if (rows.every((r) => r.scorer === rows[0].scorer)) return withConfidenceFloor(rows, filter);
  const best = new Map<string, TrendRow>();
  for (const row of rows) {
    const key = `${row.actor}\u0000${row.articleId}`;
    const held = best.get(key);
    if (!held || scorerRank(row.scorer) < scorerRank(held.scorer)) best.set(key, row);
  }
  return withConfidenceFloor([...best.values()], filter);
}

function withConfidenceFloor(rows: TrendRow[], filter: StanceFilter): TrendRow[] {
  const floor = filter.minConfidence;
  return floor === undefined ? rows : rows.filter((r) => r.confidence >= floor);
}

/**
 * The records behind a trend, one per (article, actor). The confidence floor
 * applies after the best record is chosen, so a weak model record is not swapped for a
 * confident lexicon one. Reads only the covering index `stances_trend_cover_idx`.
 */
export function trendRows(db: Db, filter: StanceFilter): TrendRow[] {
  // Arrays, not objects: at a million records the per-row object mapping is most of the cost.
  const values = db
    .select({
      actor: stances.actor,
      articleId: stances.articleId,
      publishedAt: sql<string>`substr(${stances.publishedAt}, 1, 10)`,
      score: stances.score,
      confidence: stances.confidence,
      scorer: stances.scorer,
      source: stances.source,
      cluster: stances.cluster,
    })
    .from(stances)
    .where(and(...conditions(filter, Boolean(filter.scorer))))
    .orderBy(asc(stances.actor), asc(stances.publishedAt))
    .values() as Array<[string, string, string, number, number, string, string | null, number | null]>;
  const rows = values.map(
    ([actor, articleId, publishedAt, score, confidence, scorer, source, cluster]): TrendRow => ({
      actor,
      articleId,
      cluster,
      publishedAt,
      score,
      confidence,
      scorer,
      source,
    }),
  );
  return bestPerArticle(rows, filter);
}

/** The first and last publication day with data for (topic, actors), or null when there is none. */
export function dataSpan(db: Db, topic: string, actors: string[]): { from: string; to: string } | null {
  const [row] = db
    .select({ first: min(stances.publishedAt), last: max(stances.publishedAt) })
    .from(stances)
    .where(and(eq(stances.topic, topic), inArray(stances.actor, actors), isNotNull(stances.publishedAt)))
    .all();
  return row?.first && row.last ? { from: row.first.slice(0, 10), to: row.last.slice(0, 10) } : null;
}

/** A stance record with its article's title and link, as the evidence listing shows it. */
export type StanceItem = { id: number } & ReturnType<typeof stanceJson> & { title: string | null; url: string | null };

export interface StanceCursor {
  publishedAt: string;
  id: number;
}

export interface StancePage {
  items: StanceItem[];
  next: StanceCursor | null;
}

/** The record is its article's best for (actor, topic): no other scorer's outranks it. */
const noBetterRecord = sql`not exists (select 1 from stances b where b.article_id = ${stances.articleId}
  and b.actor = ${stances.actor} and b.topic = ${stances.topic}
  and ${scorerRankSql(sql`b.scorer`)} < ${scorerRankSql(stances.scorer)})`;

/** Whether records of more than one scorer exist for the topic (an index-only probe). */
function severalScorers(db: Db, topic: string): boolean {
  const [first] = db.select({ scorer: stances.scorer }).from(stances).where(eq(stances.topic, topic)).limit(1).all();
  if (!first) return false;
  return (
    db
      .select({ one: sql`1` })
      .from(stances)
      .where(and(eq(stances.topic, topic), ne(stances.scorer, first.scorer)))
      .limit(1)
      .all().length > 0
  );
}

/** Per actor: the sums over its duplicate-cluster observations, and the plain counts. */
export interface ActorMoments extends Moments {
  actor: string;
  records: number;
  articles: number;
  sources: number;
}

/**
 * Everything `/v1/compare` needs, aggregated in SQLite: one observation per (actor, duplicate
 * cluster), the members' confidence-weighted mean weighted by their mean confidence, as the
 * trend statistics do in code (api/trend-stats.ts); then their sums per actor. The best record
 * per article is picked first, and the confidence floor applies after, as in `trendRows`.
 */
export function compareMoments(db: Db, filter: StanceFilter): ActorMoments[] {
  const where = conditions(filter, true);
  if (!filter.scorer && severalScorers(db, filter.topic)) where.push(noBetterRecord);
  return db.all<ActorMoments>(sql`
    with picked as (
      select ${stances.actor} as actor, ${stances.articleId} as article_id, ${stances.source} as source,
        ${stances.score} as score, ${stances.confidence} as confidence, coalesce(${stances.cluster}, ${stances.articleId}) as cluster
      from ${stances} where ${and(...where)}
    ),
    clusters as (
      select actor, case when sum(confidence) > 0 then sum(score * confidence) / sum(confidence) else avg(score) end as x,
        avg(confidence) as w
      from picked group by actor, cluster
    ),
    moments as (
      select actor, count(*) as n, sum(w) as w1, sum(w * w) as w2, sum(w * x) as wx, sum(w * x * x) as wx2,
        sum(x) as x1, sum(x * x) as x2
      from clusters group by actor
    ),
    counts as (
      select actor, count(*) as records, count(distinct article_id) as articles, count(distinct source) as sources
      from picked group by actor
    )
    select * from moments join counts using (actor)`);
}

/**
 * One page of the evidence behind a trend, ordered by (publication date, id), continuing after
 * `cursor`. Without an explicit scorer only each article's best record shows, as in the trend.
 */
export function stancePage(db: Db, filter: StanceFilter, page: { cursor?: StanceCursor; limit: number }): StancePage {
  const where = conditions(filter, true);
  if (!filter.scorer) where.push(noBetterRecord);
  if (page.cursor) {
    const { publishedAt, id } = page.cursor;
    where.push(or(sql`${stances.publishedAt} > ${publishedAt}`, and(eq(stances.publishedAt, publishedAt), sql`${stances.id} > ${id}`))!);
  }
  const rows = db
    .select({ stance: stances, title: articles.title, url: articles.url })
    .from(stances)
    .innerJoin(articles, eq(articles.id, stances.articleId))
    .where(and(...where))
    .orderBy(asc(stances.publishedAt), asc(stances.id))
    .limit(page.limit + 1)
    .all();
  const items = rows.slice(0, page.limit).map(({ stance, title, url }) => ({ id: stance.id, ...stanceJson(stance), title, url }));
  const last = items[items.length - 1];
  const next = rows.length > page.limit && last ? { publishedAt: last.published_at!, id: last.id } : null;
  return { items, next };
}

export interface CountRow {
  key: string;
  n_records: number;
  n_articles: number;
}

/** Stance records and distinct articles per actor. */
export function actorCounts(db: Db): CountRow[] {
  return db
    .select({ key: stances.actor, n_records: count(), n_articles: countDistinct(stances.articleId) })
    .from(stances)
    .groupBy(stances.actor)
    .all();
}

/** Stance records and distinct articles per topic. */
export function topicCounts(db: Db): CountRow[] {
  return db
    .select({ key: stances.topic, n_records: count(), n_articles: countDistinct(stances.articleId) })
    .from(stances)
    .groupBy(stances.topic)
    .all();
}

export interface FacetCount {
  value: string;
  n_records: number;
}

/** The values the trend filters can take for a topic, each with its number of records. */
export interface Facets {
  scorers: FacetCount[];
  sources: FacetCount[];
  langs: FacetCount[];
}

function ranked(counts: Map<string, number>): FacetCount[] {
  return [...counts].map(([value, n_records]) => ({ value, n_records })).sort((a, b) => b.n_records - a.n_records || a.value.localeCompare(b.value));
}

/**
 * The scorers, sources and languages of a topic's records, most records first. One grouped pass
 * over the covering index: the combinations are few (scorers × sources × languages), so they
 * are summed per facet here rather than in three scans.
 */
export function topicFacets(db: Db, topic: string): Facets {
  const rows = db
    .select({ scorer: stances.scorer, source: stances.source, lang: stances.lang, n: count() })
    .from(stances)
    .where(eq(stances.topic, topic))
    .groupBy(stances.scorer, stances.source, stances.lang)
    .all();
  const sums = { scorers: new Map<string, number>(), sources: new Map<string, number>(), langs: new Map<string, number>() };
  const add = (map: Map<string, number>, key: string | null, n: number) => key && map.set(key, (map.get(key) ?? 0) + n);
  for (const row of rows) {
    add(sums.scorers, row.scorer, row.n);
    add(sums.sources, row.source, row.n);
    add(sums.langs, row.lang, row.n);
  }
  return { scorers: ranked(sums.scorers), sources: ranked(sums.sources), langs: ranked(sums.langs) };
}

/**
 * A stamp that changes whenever the database does: SQLite's data_version moves when another
 * connection commits, total_changes() when this one writes. Equal stamps mean equal data, so an
 * answer computed under one stamp can be reused until it changes.
 */
export function changeStamp(db: Db): string {
  const [{ version }] = db.all<{ version: number }>(sql`select data_version as version from pragma_data_version`);
  const [{ changes }] = db.all<{ changes: number }>(sql`select total_changes() as changes`);
  return `${version}:${changes}`;
}

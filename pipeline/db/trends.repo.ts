import { and, asc, count, countDistinct, eq, gte, inArray, isNotNull, isNull, lt, max, min, ne, or, type SQL, sql } from 'drizzle-orm';
import { addDays } from '../../core/dates.js';
import type { Moments } from '../trends/trend-stats.js';
import { type Db, isPostgres, query, tables } from './handle.js';
import { stanceJson } from './json.js';
import type { stances as sqliteStances } from './schema.js';
import type { StanceWithArticle } from './stances.repo.js';

/** The filters every trend-like read shares. Dates are UTC days `YYYY-MM-DD`, both inclusive. */
export interface StanceFilter {
  topic: string;
  actors?: string[];
  from?: string;
  to?: string;
  minConfidence?: number;
  /** Only these sources; `null` stands for records without a source, and an empty list matches nothing. */
  sources?: Array<string | null>;
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
const scorerRankSql = (column: SQL | Stances['scorer']) =>
  sql`(case ${sql.join(
    SCORER_RANKS.map(([prefix, rank]) => sql`when ${column} like ${`${prefix}%`} then ${sql.raw(String(rank))}`),
    sql` `,
  )} else ${sql.raw(String(OTHER_SCORER_RANK))} end)`;

type Stances = typeof sqliteStances;

function sourceCondition(stances: Stances, sources: Array<string | null>): SQL {
  const named = sources.filter((s): s is string => s !== null);
  const parts = [named.length ? inArray(stances.source, named) : undefined, sources.includes(null) ? isNull(stances.source) : undefined].filter(
    (p): p is SQL => p !== undefined,
  );
  return parts.length ? or(...parts)! : sql`1 = 0`;
}

/** The WHERE conditions of a filter; `withConfidence` is off when the best-per-article pick must come first. */
function conditions(stances: Stances, filter: StanceFilter, withConfidence: boolean, dated = true): SQL[] {
  const where: (SQL | undefined)[] = [eq(stances.topic, filter.topic), dated ? isNotNull(stances.publishedAt) : isNull(stances.publishedAt)];
  if (filter.actors?.length) where.push(inArray(stances.actor, filter.actors));
  if (dated && filter.from) where.push(gte(stances.publishedAt, filter.from.slice(0, 10)));
  if (dated && filter.to) where.push(lt(stances.publishedAt, addDays(filter.to.slice(0, 10), 1)));
  if (filter.sources) where.push(sourceCondition(stances, filter.sources));
  if (filter.langs?.length) where.push(inArray(stances.lang, filter.langs));
  if (filter.scorer) where.push(eq(stances.scorer, filter.scorer));
  if (withConfidence && filter.minConfidence !== undefined) where.push(gte(stances.confidence, filter.minConfidence));
  return where.filter((w): w is SQL => w !== undefined);
}

/** Records a trend or comparison left out, by reason: the caller's filters aside, nothing is dropped without a count. */
export interface Exclusions {
  /** Records without a publication date: they fall in no bucket and no window. */
  noDate: number;
  /** Records below the confidence floor. */
  belowMinConfidence: number;
  /** Records of a scorer that another scorer outranks on the same article (its best record counts instead). */
  lowerRankedScorer: number;
}

/** One record per (article, actor): the explicit scorer's, or the best-ranked one; then the confidence floor. */
function bestPerArticle(rows: TrendRow[], filter: StanceFilter): { rows: TrendRow[]; lowerRanked: number; belowFloor: number } {
  let kept = rows;
  // One scorer in the rows means one record per (article, actor, topic): the unique index says so.
  if (!filter.scorer && !rows.every((r) => r.scorer === rows[0].scorer)) {
    const best = new Map<string, TrendRow>();
    for (const row of rows) {
      const key = `${row.actor}\u0000${row.articleId}`;
      const held = best.get(key);
      if (!held || scorerRank(row.scorer) < scorerRank(held.scorer)) best.set(key, row);
    }
    kept = [...best.values()];
  }
  const floor = filter.minConfidence;
  const confident = floor === undefined ? kept : kept.filter((r) => r.confidence >= floor);
  return { rows: confident, lowerRanked: rows.length - kept.length, belowFloor: kept.length - confident.length };
}

/**
 * The records behind a trend, one per (article, actor), and what was left out. The confidence
 * floor applies after the best record is chosen, so a weak model record is not swapped for a
 * confident lexicon one. Reads only the covering index `stances_trend_cover_idx`.
 */
export async function trendSlice(db: Db, filter: StanceFilter): Promise<{ rows: TrendRow[]; excluded: Exclusions }> {
  const { stances } = tables(db);
  const select = query(db)
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
    .where(and(...conditions(stances, filter, false)))
    .orderBy(asc(stances.actor), asc(stances.publishedAt));
  // Arrays, not objects: at a million records the per-row object mapping is most of the cost.
  // (node-postgres builds objects anyway, so there the plain rows are read.)
  const values = isPostgres(db)
    ? (await select).map((r) => [r.actor, r.articleId, r.publishedAt, r.score, r.confidence, r.scorer, r.source, r.cluster] as const)
    : (select.values() as Array<[string, string, string, number, number, string, string | null, number | null]>);
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
  const best = bestPerArticle(rows, filter);
  return { rows: best.rows, excluded: { noDate: await countUndated(db, filter), belowMinConfidence: best.belowFloor, lowerRankedScorer: best.lowerRanked } };
}

/** The records behind a trend, one per (article, actor); see `trendSlice`. */
export async function trendRows(db: Db, filter: StanceFilter): Promise<TrendRow[]> {
  return (await trendSlice(db, filter)).rows;
}

/** Records the filter would take but for their missing publication date (any window). */
export async function countUndated(db: Db, filter: StanceFilter): Promise<number> {
  const { stances } = tables(db);
  const [row] = await query(db)
    .select({ n: count() })
    .from(stances)
    .where(and(...conditions(stances, filter, true, false)));
  return row?.n ?? 0;
}

/** Records matching the filter (dated, in its window), before any best-per-article pick. */
export async function countRecords(db: Db, filter: StanceFilter): Promise<number> {
  const { stances } = tables(db);
  const [row] = await query(db)
    .select({ n: count() })
    .from(stances)
    .where(and(...conditions(stances, filter, true)));
  return row?.n ?? 0;
}

/** Every source with records on the topic, `null` for records without one: what a source registry is matched against. */
export async function distinctSources(db: Db, topic: string): Promise<Array<string | null>> {
  const { stances } = tables(db);
  const rows = await query(db).selectDistinct({ source: stances.source }).from(stances).where(eq(stances.topic, topic));
  return rows.map((r) => r.source);
}

/** The first and last publication day with data for (topic, actors), or null when there is none. */
export async function dataSpan(db: Db, topic: string, actors: string[]): Promise<{ from: string; to: string } | null> {
  const { stances } = tables(db);
  const [row] = await query(db)
    .select({ first: min(stances.publishedAt), last: max(stances.publishedAt) })
    .from(stances)
    .where(and(eq(stances.topic, topic), inArray(stances.actor, actors), isNotNull(stances.publishedAt)));
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
const noBetterRecord = (stances: Stances) => sql`not exists (select 1 from stances b where b.article_id = ${stances.articleId}
  and b.actor = ${stances.actor} and b.topic = ${stances.topic}
  and ${scorerRankSql(sql`b.scorer`)} < ${scorerRankSql(stances.scorer)})`;

/** Whether records of more than one scorer exist for the topic (an index-only probe). */
async function severalScorers(db: Db, topic: string): Promise<boolean> {
  const { stances } = tables(db);
  const [first] = await query(db).select({ scorer: stances.scorer }).from(stances).where(eq(stances.topic, topic)).limit(1);
  if (!first) return false;
  const other = await query(db)
    .select({ one: sql`1` })
    .from(stances)
    .where(and(eq(stances.topic, topic), ne(stances.scorer, first.scorer)))
    .limit(1);
  return other.length > 0;
}

/** Per actor (and group): the sums over its duplicate-cluster observations, and the plain counts. */
export interface ActorMoments extends Moments {
  actor: string;
  /** The group of the record's source when grouping (`groupOf`); null for sources in none. */
  grp: string | null;
  records: number;
  articles: number;
  sources: number;
}

/** `case source when 'Xinhua' then 'CN' … end`: a source's group, computed where the rows are. */
function groupExpression(stances: Stances, groupOf: ReadonlyMap<string, string>): SQL {
  if (groupOf.size === 0) return sql`null`;
  const arms = [...groupOf].map(([source, group]) => sql`when ${source} then ${group}`);
  return sql`(case ${stances.source} ${sql.join(arms, sql` `)} else null end)`;
}

/**
 * Everything `/v1/compare` needs, aggregated in SQLite: one observation per (actor, group,
 * duplicate cluster), the members' confidence-weighted mean weighted by their mean confidence,
 * as the trend statistics do in code (pipeline/trends/trend-stats.ts); then their sums per actor
 * and group. The best record per article is picked first, and the confidence floor applies
 * after, as in `trendSlice`. Without `groupOf` every record is in one group (null).
 */
export async function compareMoments(db: Db, filter: StanceFilter, groupOf?: ReadonlyMap<string, string>): Promise<ActorMoments[]> {
  const { stances } = tables(db);
  const pg = isPostgres(db);
  const where = conditions(stances, filter, true);
  if (!filter.scorer && (await severalScorers(db, filter.topic))) where.push(noBetterRecord(stances));
  const group = groupOf ? groupExpression(stances, groupOf) : sql`null`;
  // PostgreSQL wants one type per coalesce and a null-safe comparison spelled out; it counts in bigint, which node-postgres returns as text.
  const cluster = pg ? sql`coalesce(${stances.cluster}::text, ${stances.articleId})` : sql`coalesce(${stances.cluster}, ${stances.articleId})`;
  const sameGroup = pg ? sql`c.grp is not distinct from m.grp` : sql`c.grp is m.grp`;
  const statement = sql`
    with picked as (
      select ${stances.actor} as actor, ${group} as grp, ${stances.articleId} as article_id, ${stances.source} as source,
        ${stances.score} as score, ${stances.confidence} as confidence, ${cluster} as cluster
      from ${stances} where ${and(...where)}
    ),
    clusters as (
      select actor, grp, case when sum(confidence) > 0 then sum(score * confidence) / sum(confidence) else avg(score) end as x,
        avg(confidence) as w
      from picked group by actor, grp, cluster
    ),
    moments as (
      select actor, grp, count(*) as n, sum(w) as w1, sum(w * w) as w2, sum(w * x) as wx, sum(w * x * x) as wx2,
        sum(x) as x1, sum(x * x) as x2
      from clusters group by actor, grp
    ),
    counts as (
      select actor, grp, count(*) as records, count(distinct article_id) as articles, count(distinct source) as sources
      from picked group by actor, grp
    )
    select m.*, c.records, c.articles, c.sources from moments m join counts c on c.actor = m.actor and ${sameGroup}`;
  if (!pg) return query(db).all<ActorMoments>(statement);
  const { rows } = await db.execute<ActorMoments & Record<string, unknown>>(statement);
  return rows.map((r) => ({ ...r, n: Number(r.n), records: Number(r.records), articles: Number(r.articles), sources: Number(r.sources) }));
}

/** What `compareMoments` leaves out for the same filter, by reason. */
export async function compareExclusions(db: Db, filter: StanceFilter): Promise<Exclusions> {
  const { stances } = tables(db);
  const several = !filter.scorer && (await severalScorers(db, filter.topic));
  const countWhere = async (where: SQL[]) => {
    const [row] = await query(db)
      .select({ n: count() })
      .from(stances)
      .where(and(...where));
    return row?.n ?? 0;
  };
  const better = noBetterRecord(stances);
  const lowerRankedScorer = several ? await countWhere([...conditions(stances, filter, false), sql`not ${better}`]) : 0;
  const belowMinConfidence =
    filter.minConfidence === undefined
      ? 0
      : await countWhere([...conditions(stances, filter, false), lt(stances.confidence, filter.minConfidence), ...(several ? [better] : [])]);
  return { noDate: await countUndated(db, filter), belowMinConfidence, lowerRankedScorer };
}

/** The records of one page, with their article's title and link, continuing after `cursor`. */
async function stancePageRows(db: Db, filter: StanceFilter, cursor: StanceCursor | undefined, limit: number): Promise<StanceWithArticle[]> {
  const { stances, articles } = tables(db);
  const where = conditions(stances, filter, true);
  if (!filter.scorer) where.push(noBetterRecord(stances));
  if (cursor) {
    const { publishedAt, id } = cursor;
    where.push(or(sql`${stances.publishedAt} > ${publishedAt}`, and(eq(stances.publishedAt, publishedAt), sql`${stances.id} > ${id}`))!);
  }
  const rows = await query(db)
    .select({ stance: stances, title: articles.title, url: articles.url })
    .from(stances)
    .innerJoin(articles, eq(articles.id, stances.articleId))
    .where(and(...where))
    .orderBy(asc(stances.publishedAt), asc(stances.id))
    .limit(limit);
  return rows.map(({ stance, title, url }) => ({ ...stance, title, url }));
}

/**
 * One page of the evidence behind a trend, ordered by (publication date, id), continuing after
 * `cursor`. Without an explicit scorer only each article's best record shows, as in the trend.
 */
export async function stancePage(db: Db, filter: StanceFilter, page: { cursor?: StanceCursor; limit: number }): Promise<StancePage> {
  const rows = await stancePageRows(db, filter, page.cursor, page.limit + 1);
  const items = rows.slice(0, page.limit).map(({ title, url, ...stance }) => ({ id: stance.id, ...stanceJson(stance), title, url }));
  const last = items[items.length - 1];
  const next = rows.length > page.limit && last ? { publishedAt: last.published_at!, id: last.id } : null;
  return { items, next };
}

/** Every record `stancePage` would list from `cursor` on (at most `limit`), streamed page by page. */
export async function* stanceSlice(db: Db, filter: StanceFilter, options: { cursor?: StanceCursor; limit?: number } = {}): AsyncGenerator<StanceWithArticle> {
  let cursor = options.cursor;
  let left = options.limit ?? Infinity;
  while (left > 0) {
    const rows = await stancePageRows(db, filter, cursor, Math.min(1000, left));
    yield* rows;
    if (rows.length === 0) return;
    const last = rows[rows.length - 1];
    cursor = { publishedAt: last.publishedAt!, id: last.id };
    left -= rows.length;
  }
}

export interface CountRow {
  key: string;
  n_records: number;
  n_articles: number;
}

/** Stance records and distinct articles per actor. */
export async function actorCounts(db: Db): Promise<CountRow[]> {
  const { stances } = tables(db);
  return query(db)
    .select({ key: stances.actor, n_records: count(), n_articles: countDistinct(stances.articleId) })
    .from(stances)
    .groupBy(stances.actor);
}

/** Stance records and distinct articles per topic. */
export async function topicCounts(db: Db): Promise<CountRow[]> {
  const { stances } = tables(db);
  return query(db)
    .select({ key: stances.topic, n_records: count(), n_articles: countDistinct(stances.articleId) })
    .from(stances)
    .groupBy(stances.topic);
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
export async function topicFacets(db: Db, topic: string): Promise<Facets> {
  const { stances } = tables(db);
  const rows = await query(db)
    .select({ scorer: stances.scorer, source: stances.source, lang: stances.lang, n: count() })
    .from(stances)
    .where(eq(stances.topic, topic))
    .groupBy(stances.scorer, stances.source, stances.lang);
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
export async function changeStamp(db: Db): Promise<string> {
  if (isPostgres(db)) {
    // The write-ahead log's position moves with every commit (on any connection, any machine);
    // it also moves for other reasons, which only costs a recomputation.
    const { rows } = await db.execute<{ lsn: string }>(sql`select pg_current_wal_lsn()::text as lsn`);
    return rows[0].lsn;
  }
  const [{ version }] = query(db).all<{ version: number }>(sql`select data_version as version from pragma_data_version`);
  const [{ changes }] = query(db).all<{ changes: number }>(sql`select total_changes() as changes`);
  return `${version}:${changes}`;
}

import { sql } from 'drizzle-orm';
import { combineSpans } from '../trends/rollup-series.js';
import { type Segment, segmentsOf } from '../trends/rollup-spans.js';
import type { Moments } from '../trends/trend-stats.js';
import { type Db, isPostgres, rawRows, type SqliteDb } from './handle.js';
import { placeholders, preparedRaw } from './prepared.js';
import { REBUILD } from './rollup-refresh.js';
import { type ActorMoments, countUndated, type Exclusions, type StanceFilter } from './trends.repo.js';

/*
 * Reads of the trend rollup (kept up to date by rollup-refresh.ts, which says what it holds):
 * what a trend or comparison reads instead of the records when the rollup answers its filter.
 */

/**
 * The scorer whose rollup rows answer `filter`, or null when only the records can: a confidence
 * floor, a source or language filter, marks not yet refreshed on the topic, or no scorer asked
 * for while the topic has records of several (each article's best record is picked per article).
 * A topic without any rollup row gets '' (its answer is empty either way).
 */
export async function rollupScorer(db: Db, filter: StanceFilter, grouped = false): Promise<string | null> {
  // A floor of 0 leaves every record in (confidences lie in [0, 1]): the dashboard's empty field.
  const floor = filter.minConfidence !== undefined && filter.minConfidence > 0;
  if (grouped || floor || filter.sources !== undefined || filter.langs?.length) return null;
  if (await markedTopic(db, filter.topic)) return null;
  if (filter.scorer) return filter.scorer;
  // Two probes of the key's prefix (topic, scorer): the first scorer and the last.
  const first = await edgeScorer(db, filter.topic, 'asc');
  if (first === undefined) return '';
  const last = await edgeScorer(db, filter.topic, 'desc');
  return first === last ? first : null;
}

/** Whether marks wait for a refresh on the topic (or the whole rollup). */
async function markedTopic(db: Db, topic: string): Promise<boolean> {
  if (!isPostgres(db)) return preparedRaw(db, 'select 1 from trend_dirty where topic = ? or article_id = ? limit 1').get(topic, REBUILD) !== undefined;
  const marked = await rawRows(db, sql`select 1 as one from trend_dirty where topic = ${topic} or article_id = ${REBUILD} limit 1`);
  return marked.length > 0;
}

/** The topic's first or last scorer in the rollup, undefined when it has no rows. */
async function edgeScorer(db: Db, topic: string, order: 'asc' | 'desc'): Promise<string | undefined> {
  if (!isPostgres(db)) {
    const row = preparedRaw(db, `select scorer from trend_rollup where topic = ? order by scorer ${order} limit 1`).get(topic) as [string] | undefined;
    return row?.[0];
  }
  const [row] = await rawRows<{ scorer: string }>(db, sql`select scorer from trend_rollup where topic = ${topic} order by scorer ${sql.raw(order)} limit 1`);
  return row?.scorer;
}

/** One rollup row as the readers use it. */
export interface RollupCell extends Moments {
  actor: string;
  /** The first day of the row's span. */
  start: string;
  records: number;
  sources: string[];
}

type CellRow = Omit<RollupCell, 'sources'> & { sources: string };

function cellOf(row: CellRow): RollupCell {
  return { ...row, n: Number(row.n), records: Number(row.records), sources: JSON.parse(row.sources) as string[] };
}

/** The columns of a cell after its actor, in the order `cellOfValues` reads them. */
const CELL_COLUMNS = 'start, records, n, w1, w2, wx, wx2, x1, x2, sources';
type CellValues = [start: string, records: number, n: number, w1: number, w2: number, wx: number, wx2: number, x1: number, x2: number, sources: string];

/**
 * Source lists by their JSON text. Rows of the same actor often list the same sources (every
 * outlet that covers it, month after month): each distinct text is parsed once and its rows share
 * one array, which `combineSpans` then unites once.
 */
type SourceLists = Map<string, string[]>;

function cellOfValues(actor: string, [start, records, n, w1, w2, wx, wx2, x1, x2, text]: CellValues, lists: SourceLists): RollupCell {
  let sources = lists.get(text);
  if (!sources) lists.set(text, (sources = JSON.parse(text) as string[]));
  return { actor, start, records, n, w1, w2, wx, wx2, x1, x2, sources };
}

/** The rows covering `segments` for these actors (all actors when absent). */
export async function rollupCells(db: Db, topic: string, scorer: string, segments: Segment[], actors?: string[]): Promise<RollupCell[]> {
  if (!isPostgres(db)) return rollupCellsSqlite(db, topic, scorer, segments, actors);
  const cells: RollupCell[] = [];
  const actorList =
    actors &&
    sql.join(
      actors.map((a) => sql`${a}`),
      sql`, `,
    );
  for (const segment of segments) {
    const rows = await rawRows<CellRow>(
      db,
      sql`select actor, start, records, n, w1, w2, wx, wx2, x1, x2, sources from trend_rollup
        where topic = ${topic} and scorer = ${scorer} and span = ${segment.span} ${actorList ? sql`and actor in (${actorList})` : sql``}
          and start >= ${segment.first} and start <= ${segment.last}`,
    );
    for (const row of rows) cells.push(cellOf(row));
  }
  return cells;
}

/** `rollupCells` on SQLite: one seek of the key per actor and segment, rows read as arrays. */
function rollupCellsSqlite(db: SqliteDb, topic: string, scorer: string, segments: Segment[], actors?: string[]): RollupCell[] {
  const cells: RollupCell[] = [];
  const lists: SourceLists = new Map();
  const byActor = preparedRaw(
    db,
    `select ${CELL_COLUMNS} from trend_rollup where topic = ? and scorer = ? and span = ? and actor = ? and start >= ? and start <= ?`,
  );
  const all = preparedRaw(db, `select actor, ${CELL_COLUMNS} from trend_rollup where topic = ? and scorer = ? and span = ? and start >= ? and start <= ?`);
  for (const { span, first, last } of segments) {
    if (actors) {
      for (const actor of actors)
        for (const row of byActor.all(topic, scorer, span, actor, first, last)) cells.push(cellOfValues(actor, row as CellValues, lists));
    } else {
      for (const [actor, ...row] of all.all(topic, scorer, span, first, last)) cells.push(cellOfValues(actor as string, row as CellValues, lists));
    }
  }
  return cells;
}

/** Every actor with rollup rows on the topic for the scorer. */
export async function rollupActors(db: Db, topic: string, scorer: string): Promise<string[]> {
  if (!isPostgres(db)) {
    const rows = preparedRaw(db, "select distinct actor from trend_rollup where topic = ? and scorer = ? and span = 'year'").all(topic, scorer);
    return rows.map((r) => r[0] as string);
  }
  const rows = await rawRows<{ actor: string }>(
    db,
    sql`select distinct actor from trend_rollup where topic = ${topic} and scorer = ${scorer} and span = 'year'`,
  );
  return rows.map((r) => r.actor);
}

/** The first and last year row's start for (topic, scorer). */
async function yearSpan(db: Db, topic: string, scorer: string): Promise<{ first: string | null; last: string | null } | undefined> {
  if (!isPostgres(db)) {
    const row = preparedRaw(db, "select min(start), max(start) from trend_rollup where topic = ? and scorer = ? and span = 'year'").get(topic, scorer);
    const [first, last] = (row ?? []) as Array<string | null>;
    return { first, last };
  }
  const [span] = await rawRows<{ first: string | null; last: string | null }>(
    db,
    sql`select min(start) as first, max(start) as last from trend_rollup where topic = ${topic} and scorer = ${scorer} and span = 'year'`,
  );
  return span;
}

/**
 * The segments of a comparison's window. An open end stops at the first or last year with rows
 * (the year rows are few), so no day or month beyond the data is visited.
 */
async function windowSegments(db: Db, topic: string, scorer: string, from: string | undefined, to: string | undefined): Promise<Segment[]> {
  if (!from && !to) return [{ span: 'year', first: '0000-01-01', last: '9999-12-31' }];
  const span = await yearSpan(db, topic, scorer);
  if (!span?.first || !span.last) return [];
  const first = from && from > span.first ? from : span.first;
  const last = to && to < `${span.last.slice(0, 4)}-12-31` ? to : `${span.last.slice(0, 4)}-12-31`;
  return segmentsOf(first, last, 'year');
}

/**
 * Articles counted more than once when the records of `actors` are counted per actor: an article
 * with records for k of them counts k times, once in an overall total.
 */
export async function sharedArticleSurplus(db: Db, topic: string, scorer: string, actors: string[], from: string, to: string): Promise<number> {
  if (actors.length < 2) return 0;
  // k actors give k(k−1)/2 pairs.
  let surplus = 0;
  for (const pairs of await sharedPairs(db, topic, scorer, actors, from, to)) surplus += (1 + Math.sqrt(1 + 8 * pairs)) / 2 - 1;
  return Math.round(surplus);
}

/** Per article with records for two or more of `actors` in [from, to]: its pairs of them. */
async function sharedPairs(db: Db, topic: string, scorer: string, actors: string[], from: string, to: string): Promise<number[]> {
  if (!isPostgres(db)) {
    // Counted here rather than grouped in SQL, which sorts the rows into a temporary b-tree first.
    const list = placeholders(actors.length);
    const statement = preparedRaw(
      db,
      `select article_id from trend_shared where topic = ? and scorer = ? and actor_a in (${list}) and actor_b in (${list}) and day >= ? and day <= ?`,
    );
    const pairs = new Map<string, number>();
    for (const [article] of statement.all(topic, scorer, ...actors, ...actors, from, to) as Array<[string]>) pairs.set(article, (pairs.get(article) ?? 0) + 1);
    return [...pairs.values()];
  }
  const list = sql.join(
    actors.map((a) => sql`${a}`),
    sql`, `,
  );
  const rows = await rawRows<{ pairs: number | string }>(
    db,
    sql`select count(*) as pairs from trend_shared where topic = ${topic} and scorer = ${scorer} and actor_a in (${list}) and actor_b in (${list})
      and day >= ${from} and day <= ${to} group by article_id`,
  );
  return rows.map((r) => Number(r.pairs));
}

/** `compareMoments` from the rollup: per actor, the sums over the window's spans (one group, null). */
export async function rollupCompareMoments(db: Db, filter: StanceFilter, scorer: string): Promise<ActorMoments[]> {
  const segments = await windowSegments(db, filter.topic, scorer, filter.from?.slice(0, 10), filter.to?.slice(0, 10));
  // A bounded window has day and month rows at its edges: reading them per actor keeps to the key.
  const bounded = segments.length > 1 || segments[0]?.span !== 'year';
  const actors = bounded ? await rollupActors(db, filter.topic, scorer) : undefined;
  const cells = await rollupCells(db, filter.topic, scorer, segments, actors);
  const byActor = new Map<string, RollupCell[]>();
  for (const cell of cells) {
    const list = byActor.get(cell.actor);
    if (list) list.push(cell);
    else byActor.set(cell.actor, [cell]);
  }
  return [...byActor].map(([actor, spans]) => {
    const { moments, records, sources } = combineSpans(spans);
    // One record per article within an actor (see rollup-series.ts).
    return { actor, grp: null, ...moments, records, articles: records, sources: sources.size };
  });
}

/**
 * What a read that the rollup answers leaves out, as `compareExclusions` and `trendSlice` count
 * it from the records: the undated records alone. The rollup answers no confidence floor above
 * 0 (and 0 drops nothing), and it answers only for one scorer, named or the topic's only one, so
 * no record is outranked by another scorer's on its article.
 */
export async function rollupExclusions(db: Db, filter: StanceFilter): Promise<Exclusions> {
  return { noDate: await undatedRecords(db, filter), belowMinConfidence: 0, lowerRankedScorer: 0 };
}

/**
 * `countUndated` for the filters the rollup answers (topic, actors, scorer), prepared once on
 * SQLite. Without actors the topic's actors are stepped through on the trend index, one seek
 * each, and each one's undated records counted: left to itself SQLite may walk the index's
 * whole topic instead, tens of milliseconds at ten million records.
 */
async function undatedRecords(db: Db, filter: StanceFilter): Promise<number> {
  if (isPostgres(db)) return countUndated(db, filter);
  const scorer = filter.scorer ? ' and s.scorer = @scorer' : '';
  const params = { topic: filter.topic, ...(filter.scorer ? { scorer: filter.scorer } : {}) };
  if (filter.actors?.length) {
    const actors = Object.fromEntries(filter.actors.map((actor, i) => [`a${i}`, actor]));
    const list = Object.keys(actors).map((name) => `@${name}`);
    const text = `select count(*) from stances s where s.topic = @topic and s.published_at is null and s.actor in (${list.join(', ')})${scorer}`;
    return (preparedRaw(db, text).get({ ...params, ...actors }) as [number])[0];
  }
  const text = `with recursive a(actor) as (
      select (select min(actor) from stances where topic = @topic)
      union all select (select min(actor) from stances where topic = @topic and actor > a.actor) from a where a.actor is not null
    )
    select count(*) from a join stances s on s.topic = @topic and s.actor = a.actor and s.published_at is null${scorer}`;
  return (preparedRaw(db, text).get(params) as [number])[0];
}

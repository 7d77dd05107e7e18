import { sql } from 'drizzle-orm';
import { combineSpans } from '../trends/rollup-series.js';
import { type Segment, segmentsOf } from '../trends/rollup-spans.js';
import type { Moments } from '../trends/trend-stats.js';
import { type Db, rawRows } from './handle.js';
import { REBUILD } from './rollup-refresh.js';
import type { ActorMoments, StanceFilter } from './trends.repo.js';

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
  const marked = await rawRows(db, sql`select 1 as one from trend_dirty where topic = ${filter.topic} or article_id = ${REBUILD} limit 1`);
  if (marked.length > 0) return null;
  if (filter.scorer) return filter.scorer;
  // Two probes of the key's prefix (topic, scorer): the first scorer and the last.
  const [first] = await rawRows<{ scorer: string }>(db, sql`select scorer from trend_rollup where topic = ${filter.topic} order by scorer limit 1`);
  if (!first) return '';
  const [last] = await rawRows<{ scorer: string }>(db, sql`select scorer from trend_rollup where topic = ${filter.topic} order by scorer desc limit 1`);
  return first.scorer === last.scorer ? first.scorer : null;
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

/** The rows covering `segments` for these actors (all actors when absent). */
export async function rollupCells(db: Db, topic: string, scorer: string, segments: Segment[], actors?: string[]): Promise<RollupCell[]> {
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

/** Every actor with rollup rows on the topic for the scorer. */
export async function rollupActors(db: Db, topic: string, scorer: string): Promise<string[]> {
  const rows = await rawRows<{ actor: string }>(
    db,
    sql`select distinct actor from trend_rollup where topic = ${topic} and scorer = ${scorer} and span = 'year'`,
  );
  return rows.map((r) => r.actor);
}

/**
 * The segments of a comparison's window. An open end stops at the first or last year with rows
 * (the year rows are few), so no day or month beyond the data is visited.
 */
async function windowSegments(db: Db, topic: string, scorer: string, from: string | undefined, to: string | undefined): Promise<Segment[]> {
  if (!from && !to) return [{ span: 'year', first: '0000-01-01', last: '9999-12-31' }];
  const [span] = await rawRows<{ first: string | null; last: string | null }>(
    db,
    sql`select min(start) as first, max(start) as last from trend_rollup where topic = ${topic} and scorer = ${scorer} and span = 'year'`,
  );
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
  const list = sql.join(
    actors.map((a) => sql`${a}`),
    sql`, `,
  );
  const rows = await rawRows<{ pairs: number | string }>(
    db,
    sql`select count(*) as pairs from trend_shared where topic = ${topic} and scorer = ${scorer} and actor_a in (${list}) and actor_b in (${list})
      and day >= ${from} and day <= ${to} group by article_id`,
  );
  // k actors give k(k−1)/2 pairs.
  let surplus = 0;
  for (const { pairs } of rows) surplus += (1 + Math.sqrt(1 + 8 * Number(pairs))) / 2 - 1;
  return Math.round(surplus);
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

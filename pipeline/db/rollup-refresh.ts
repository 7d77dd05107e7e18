import { type SQL, sql } from 'drizzle-orm';
import type { Span } from '../trends/rollup-spans.js';
import { type Db, isPostgres, type PgDb, type SqliteDb } from './handle.js';

/*
 * The trend rollup: what a trend or comparison reads instead of the records, so that its cost
 * grows with buckets × actors, not with the archive.
 *
 * `trend_rollup` holds, per (topic, scorer, actor) and per day, month and year, the record count,
 * the sums over the span's duplicate-cluster observations (`Moments`: each cluster's
 * confidence-weighted mean score, weighted by its mean confidence, as
 * pipeline/trends/trend-stats.ts computes them) and the span's distinct sources. A cluster's key
 * holds its publication day (pipeline/trends/clusters.ts), so it never straddles two days and
 * the sums of a month are the sums of its days: the statistics come out as the record-level
 * computation gives them. `trend_shared` lists the articles with records for several actors, for
 * the overall article count of a multi-actor trend.
 *
 * Maintenance: triggers on `stances` (migrations/0007, migrations-pg/0001) mark every record
 * written, changed or deleted, whatever the path (analysis, re-analysis, a date filled in later,
 * a deleted article's cascade); only the SQLite analysis save marks the records it inserts itself
 * (rollup-append.ts, migrations/0008). `refreshRollup` recomputes the marked days from their records,
 * then their months and years, and clears the marks; the analysis writes call it in the
 * transaction that stored the records, so readers never see records without their rollup. A read
 * that finds marks left on its topic (a writer that did not refresh) takes the exact path instead.
 * On SQLite, an analysis that only adds records first adds them to the sums (rollup-append.ts)
 * and leaves marked only what that cannot answer.
 *
 * What the rollup does not answer, and the exact path does: a confidence floor, a source or
 * language filter, grouping by source, and the best-record-per-article pick when the topic has
 * records of more than one scorer and none is asked for (`rollupScorer`).
 */

/** The mark the migration leaves: the records predate the rollup, so the next refresh builds all of it. */
export const REBUILD = '*';

/** Dialect pieces of the refresh statements. */
interface Dialect {
  /** The day after `day` (a `YYYY-MM-DD` expression), and the same for a month and a year. */
  next(day: SQL, span: Span): SQL;
  /** A JSON array text of the values of `value` in the group. */
  array(value: SQL): SQL;
  /** `from` item: the elements of the JSON array text `sources` as rows of a `value` column, aliased `j`. */
  elements(sources: SQL): SQL;
  /**
   * `stances` read by article (its unique index), for the joins that find an article's other
   * records. Without statistics (the application never runs ANALYZE) SQLite prefers the trend
   * index's (topic, actor) prefix there, which reads every record of the topic for each record.
   */
  byArticle(alias: string): SQL;
  /** `trend_shared` read by article, likewise (its key leads with the topic). */
  sharedByArticle: SQL;
  /** A record's duplicate cluster, its article when it has none (as `compareMoments` keys it). */
  cluster: SQL;
  /** Removes the marks this refresh has dealt with. */
  clearMarks: SQL;
}

const SQLITE: Dialect = {
  next: (day, span) => sql`date(${day}, ${`+1 ${span}`})`,
  array: (value) => sql`json_group_array(${value})`,
  elements: (sources) => sql`json_each(${sources}) j`,
  byArticle: (alias) => sql`stances ${sql.raw(alias)} indexed by stances_unique_idx`,
  sharedByArticle: sql`trend_shared indexed by trend_shared_article_idx`,
  cluster: sql`coalesce(cluster, article_id)`,
  clearMarks: sql`delete from trend_dirty`,
};

const POSTGRES: Dialect = {
  next: (day, span) => sql`to_char(${day}::date + ${sql.raw(`interval '1 ${span}'`)}, 'YYYY-MM-DD')`,
  array: (value) => sql`json_agg(${value})::text`,
  elements: (sources) => sql`json_array_elements_text(${sources}::json) as j(value)`,
  // A mark another transaction holds (it wrote records it has not committed) stays for that
  // transaction's own refresh; waiting for it here would wait for a transaction that waits for us.
  byArticle: (alias) => sql`stances ${sql.raw(alias)}`,
  sharedByArticle: sql`trend_shared`,
  cluster: sql`coalesce(cluster::text, article_id)`,
  clearMarks: sql`delete from trend_dirty where ctid in (select ctid from trend_dirty for update skip locked)`,
};

/**
 * The statements that bring the rollup up to date with the marks, in order. `full` rebuilds
 * everything from the records (the first refresh after the migration).
 */
function refreshStatements(d: Dialect, full: boolean): SQL[] {
  const statements: SQL[] = [];
  if (full) {
    statements.push(sql`delete from trend_rollup`, sql`delete from trend_shared`);
  } else {
    statements.push(
      sql`delete from trend_rollup where span = 'day' and (topic, scorer, actor, start) in (select topic, scorer, actor, day from trend_dirty)`,
      sql`delete from ${d.sharedByArticle} where (article_id, topic, scorer) in (select article_id, topic, scorer from trend_dirty)`,
    );
  }
  // Days: one observation per duplicate cluster (a record without a cluster is its own), summed.
  const picked = full
    ? sql`select s.topic, s.scorer, s.actor, substr(s.published_at, 1, 10) as day, s.article_id, s.cluster, s.score, s.confidence, s.source
        from stances s where s.published_at is not null`
    : sql`select k.topic, k.scorer, k.actor, k.day, s.article_id, s.cluster, s.score, s.confidence, s.source
        from (select distinct topic, scorer, actor, day from trend_dirty) k
        join stances s on s.topic = k.topic and s.actor = k.actor and s.published_at >= k.day and s.published_at < ${d.next(sql`k.day`, 'day')}
          and s.scorer = k.scorer`;
  // Sources: distinct values grouped first and listed after, one sort rather than a set per group.
  statements.push(sql`
    with picked as materialized (${picked}),
    clusters as (
      select topic, scorer, actor, day, count(*) as records,
        case when sum(confidence) > 0 then sum(score * confidence) / sum(confidence) else avg(score) end as x, avg(confidence) as w
      from picked group by topic, scorer, actor, day, ${d.cluster}
    ),
    moments as (
      select topic, scorer, actor, day, sum(records) as records, count(*) as n, sum(w) as w1, sum(w * w) as w2, sum(w * x) as wx,
        sum(w * x * x) as wx2, sum(x) as x1, sum(x * x) as x2
      from clusters group by topic, scorer, actor, day
    ),
    named as (select topic, scorer, actor, day, source from picked where source is not null group by topic, scorer, actor, day, source),
    sources as (select topic, scorer, actor, day, ${d.array(sql`source`)} as list from named group by topic, scorer, actor, day)
    insert into trend_rollup (topic, scorer, span, actor, start, records, n, w1, w2, wx, wx2, x1, x2, sources)
    select m.topic, m.scorer, 'day', m.actor, m.day, m.records, m.n, m.w1, m.w2, m.wx, m.wx2, m.x1, m.x2, coalesce(s.list, '[]')
    from moments m left join sources s on s.topic = m.topic and s.scorer = m.scorer and s.actor = m.actor and s.day = m.day`);
  // Months from days, then years from months: the same sums, the union of the sources.
  for (const [span, part, startOf] of [
    ['month', 'day', (day: SQL) => sql`substr(${day}, 1, 7) || '-01'`],
    ['year', 'month', (day: SQL) => sql`substr(${day}, 1, 4) || '-01-01'`],
  ] as const) {
    const keys = full
      ? sql`select distinct topic, scorer, actor, ${startOf(sql`start`)} as start from trend_rollup where span = ${part}`
      : sql`select distinct topic, scorer, actor, ${startOf(sql`day`)} as start from trend_dirty`;
    if (!full) statements.push(sql`delete from trend_rollup where span = ${span} and (topic, scorer, actor, start) in (${keys})`);
    statements.push(sql`
      with keys as materialized (${keys}),
      parts as materialized (
        select k.topic, k.scorer, k.actor, k.start, r.records, r.n, r.w1, r.w2, r.wx, r.wx2, r.x1, r.x2, r.sources
        from keys k join trend_rollup r on r.topic = k.topic and r.scorer = k.scorer and r.span = ${part} and r.actor = k.actor
          and r.start >= k.start and r.start < ${d.next(sql`k.start`, span)}
      ),
      moments as (
        select topic, scorer, actor, start, sum(records) as records, sum(n) as n, sum(w1) as w1, sum(w2) as w2, sum(wx) as wx,
          sum(wx2) as wx2, sum(x1) as x1, sum(x2) as x2
        from parts group by topic, scorer, actor, start
      ),
      named as (
        select p.topic, p.scorer, p.actor, p.start, j.value as source from parts p cross join ${d.elements(sql`p.sources`)}
        group by p.topic, p.scorer, p.actor, p.start, j.value
      ),
      sources as (select topic, scorer, actor, start, ${d.array(sql`source`)} as list from named group by topic, scorer, actor, start)
      insert into trend_rollup (topic, scorer, span, actor, start, records, n, w1, w2, wx, wx2, x1, x2, sources)
      select m.topic, m.scorer, ${span}, m.actor, m.start, m.records, m.n, m.w1, m.w2, m.wx, m.wx2, m.x1, m.x2, coalesce(s.list, '[]')
      from moments m left join sources s on s.topic = m.topic and s.scorer = m.scorer and s.actor = m.actor and s.start = m.start`);
  }
  // Articles with records for several actors: one row per pair of them.
  const articles = full
    ? sql`select s.article_id, s.topic, s.scorer, s.actor, s.published_at from stances s where s.published_at is not null`
    : sql`select s.article_id, s.topic, s.scorer, s.actor, s.published_at from (select distinct article_id, topic, scorer from trend_dirty) k
        join ${d.byArticle('s')} on s.article_id = k.article_id and s.topic = k.topic and s.scorer = k.scorer where s.published_at is not null`;
  statements.push(sql`
    insert into trend_shared (topic, scorer, actor_a, actor_b, day, article_id)
    select a.topic, a.scorer, a.actor, b.actor, substr(a.published_at, 1, 10), a.article_id
    from (${articles}) a join ${d.byArticle('b')} on b.article_id = a.article_id and b.topic = a.topic and b.scorer = a.scorer and b.actor > a.actor`);
  statements.push(d.clearMarks);
  return statements;
}

/**
 * Brings the rollup up to date on SQLite; call it inside the transaction that wrote the records
 * (it runs at once: better-sqlite3 is synchronous).
 */
export function refreshRollupSqlite(db: SqliteDb): void {
  if (db.all(sql`select 1 from trend_dirty limit 1`).length === 0) return;
  const rebuild = db.all(sql`select 1 from trend_dirty where article_id = ${REBUILD} limit 1`).length > 0;
  for (const statement of refreshStatements(SQLITE, rebuild)) db.run(statement);
}

/** The PostgreSQL key of the refresh lock (any constant the other advisory locks do not use). */
const REFRESH_LOCK = 7_146_023_511;

/**
 * Brings the rollup up to date on PostgreSQL, inside the caller's transaction. Refreshes take
 * turns (a transaction-scoped advisory lock): each statement of the later one then sees the
 * earlier one's records committed, so the last to commit leaves sums over every record.
 */
export async function refreshRollupPg(tx: Pick<PgDb, 'execute'>): Promise<void> {
  const marks = await tx.execute<{ article_id: string }>(sql`select article_id from trend_dirty limit 1`);
  if (marks.rows.length === 0) return;
  await tx.execute(sql`select pg_advisory_xact_lock(${REFRESH_LOCK})`);
  const rebuild = await tx.execute(sql`select 1 from trend_dirty where article_id = ${REBUILD} limit 1`);
  for (const statement of refreshStatements(POSTGRES, rebuild.rows.length > 0)) await tx.execute(statement);
}

/** Brings the rollup up to date in a transaction of its own (on open, and after writes that do not refresh themselves). */
export async function refreshRollup(db: Db): Promise<void> {
  if (isPostgres(db)) return db.transaction((tx) => refreshRollupPg(tx));
  db.transaction(() => refreshRollupSqlite(db), { behavior: 'immediate' });
}

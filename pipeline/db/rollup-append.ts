import type Database from 'better-sqlite3';
import { addDays } from '../../core/dates.js';
import type { Span } from '../trends/rollup-spans.js';
import { addMoments, addObservation, type Moments } from '../trends/trend-stats.js';
import { type SqliteDb, sqliteClient } from './handle.js';

/*
 * The rollup's fast path on SQLite, for the write that dominates a run: new records of articles
 * the scorer had not analysed, into a rollup that was up to date when the transaction began.
 *
 * `refreshRollupSqlite` recomputes every marked day from all its records and every marked month
 * and year from all its parts, re-uniting their JSON source lists: per batch that re-reads most
 * of the archive's recent days and re-parses every touched month's and year's sources, a large
 * share of a run's time when articles arrive in no order of date. When the records are only added, the rollup rows need
 * only the new observations added to them: a new record whose duplicate cluster has no stored
 * records is a new observation of its day, and the sums of a day, a month and a year all gain
 * it. The result is the sum of the same terms as a recomputation (in another order), and the
 * sources the union of the same sets.
 *
 * A new record that joins a cluster with stored records changes that cluster's observation
 * instead of adding one: its day (and the day's month and year) is left marked, for
 * `refreshRollupSqlite` to recompute from the records as before.
 */

/** A record the transaction inserted, with its article's day and source as stored on it. */
export interface AddedRecord {
  articleId: string;
  topic: string;
  scorer: string;
  actor: string;
  /** The stored `published_at` (a day or a timestamp); records without one are not in the rollup. */
  publishedAt: string;
  cluster: number;
  /** The cluster is the article alone (no usable title): no stored record can be in it. */
  ownCluster: boolean;
  score: number;
  confidence: number;
  source: string | null;
}

/** What one rollup row gains: the sums of its new observations, its records and sources. */
interface Gain extends Moments {
  records: number;
  sources: Set<string>;
}

/** A row's key: topic, scorer, actor and start, joined by a character no id holds. */
type Key = string;
const SEP = '\u0000';
const keyOf = (topic: string, scorer: string, actor: string, start: string): Key => [topic, scorer, actor, start].join(SEP);

/** Pairs per multi-row insert into `trend_shared`: as for the records (stances.repo.ts), one statement's call costs about a row's write. */
const SHARED_PER_INSERT = 64;

function sharedRows(client: Database.Database, rows: number) {
  const values = Array.from({ length: rows }, () => '(?, ?, ?, ?, ?, ?)').join(', ');
  return client.prepare(`insert into trend_shared (topic, scorer, actor_a, actor_b, day, article_id) values ${values}`);
}

function prepareStatements(client: Database.Database) {
  client.function(UNITED_SOURCES, { deterministic: true }, unitedSources as (...args: unknown[]) => unknown);
  const own = `'${OWN_MARKS}', '${OWN_MARKS}', '${OWN_MARKS}', '${OWN_MARKS}', '${OWN_MARKS}'`;
  return {
    anyMark: client.prepare('select 1 from trend_dirty limit 1').pluck(),
    // The stored records of a cluster on its day, read from the trend index as the refresh reads them.
    clusterRecords: client
      .prepare(
        `select count(*) from stances indexed by stances_trend_cover_idx
        where topic = ? and actor = ? and published_at >= ? and published_at < ? and scorer = ? and cluster = ?`,
      )
      .pluck(),
    // A row gains the new sums in one statement, its sources the new ones it did not list,
    // appended in order (`unitedSources`): the same additions as reading the row and writing it back.
    add: client.prepare(
      `insert into trend_rollup (topic, scorer, span, actor, start, records, n, w1, w2, wx, wx2, x1, x2, sources)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      on conflict (topic, scorer, span, actor, start) do update set records = records + excluded.records, n = n + excluded.n,
        w1 = w1 + excluded.w1, w2 = w2 + excluded.w2, wx = wx + excluded.wx, wx2 = wx2 + excluded.wx2, x1 = x1 + excluded.x1,
        x2 = x2 + excluded.x2, sources = ${UNITED_SOURCES}(sources, excluded.sources)`,
    ),
    shared: sharedRows(client, 1),
    sharedMany: sharedRows(client, SHARED_PER_INSERT),
    mark: client.prepare('insert or ignore into trend_dirty (article_id, topic, actor, scorer, day) values (?, ?, ?, ?, ?)'),
    ownMarksBegin: client.prepare(`insert into trend_dirty (article_id, topic, actor, scorer, day) values (${own})`),
    ownMarksEnd: client.prepare(`delete from trend_dirty where (article_id, topic, actor, scorer, day) = (${own})`),
  };
}

// Built once per database. Plain better-sqlite3 statements: a batch runs thousands of them, and
// Drizzle's mapping of each one's parameters and row cost more than SQLite's work here.
const statements = new WeakMap<SqliteDb, ReturnType<typeof prepareStatements>>();

function statementsOf(db: SqliteDb): ReturnType<typeof prepareStatements> {
  let st = statements.get(db);
  if (!st) statements.set(db, (st = prepareStatements(sqliteClient(db))));
  return st;
}

/** Whether the rollup is up to date with the records (no marks): the fast path's precondition, checked when a write begins. */
export function rollupUpToDateSqlite(db: SqliteDb): boolean {
  return statementsOf(db).anyMark.get() === undefined;
}

function groupBy<T>(items: Iterable<T>, keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function emptyGain(): Gain {
  return { records: 0, n: 0, w1: 0, w2: 0, wx: 0, wx2: 0, x1: 0, x2: 0, sources: new Set() };
}

/** Adds one cluster's records as one observation, as the refresh's `clusters` step computes it. */
function addCluster(gain: Gain, records: AddedRecord[]): void {
  let sc = 0;
  let c = 0;
  let s = 0;
  for (const r of records) {
    sc += r.score * r.confidence;
    c += r.confidence;
    s += r.score;
    if (r.source !== null) gain.sources.add(r.source);
  }
  // The confidence-weighted mean score, the plain mean when every confidence is 0; weighed by the mean confidence.
  const x = c > 0 ? sc / c : s / records.length;
  const w = c / records.length;
  gain.records += records.length;
  addObservation(gain, x, w);
}

function addGain(into: Gain, gain: Gain): void {
  into.records += gain.records;
  addMoments(into, gain);
  for (const source of gain.sources) into.sources.add(source);
}

const START_OF: Record<Span, (day: string) => string> = {
  day: (day) => day,
  month: (day) => `${day.slice(0, 7)}-01`,
  year: (day) => `${day.slice(0, 4)}-01-01`,
};

/**
 * While a write's own marks are on (between `beginOwnMarks` and `endOwnMarks`, inside its
 * transaction), the insert trigger on `stances` (migrations/0008) leaves that write's new records
 * unmarked: the write marks them itself, with `markAdded` or through `addToRollupSqlite`, which
 * marks only what the sums cannot take in. The row that says so is removed before the
 * transaction commits, so no other transaction ever sees it.
 */
const OWN_MARKS = '+';

export function beginOwnMarks(db: SqliteDb): void {
  statementsOf(db).ownMarksBegin.run();
}

export function endOwnMarks(db: SqliteDb): void {
  statementsOf(db).ownMarksEnd.run();
}

/** Marks `added` as the insert trigger would have: one mark per record, for the refresh to recompute. */
export function markAdded(db: SqliteDb, added: AddedRecord[]): void {
  const { mark } = statementsOf(db);
  for (const r of added) mark.run(r.articleId, r.topic, r.actor, r.scorer, r.publishedAt.slice(0, 10));
}

/**
 * Adds `added`, the records this transaction inserted with its own marks on (and then ended), to
 * the rollup, and marks only those of days where a new record joined a cluster with stored
 * records. When anything else is marked (this transaction did more than add), it marks them all
 * and leaves every sum to the refresh. Call it only when `rollupUpToDateSqlite` held as the
 * transaction began and no record was removed or changed in it; call `refreshRollupSqlite` after it.
 */
export function addToRollupSqlite(db: SqliteDb, added: AddedRecord[]): void {
  const st = statementsOf(db);
  if (added.length === 0) return;
  if (st.anyMark.get() !== undefined) {
    markAdded(db, added);
    return;
  }

  // Days whose new records are all new observations; the others stay for the refresh.
  const days = groupBy(added, (r) => keyOf(r.topic, r.scorer, r.actor, r.publishedAt.slice(0, 10)));
  const gains = new Map<Key, Gain>();
  const left: AddedRecord[] = [];
  for (const [key, records] of days) {
    const clusters = groupBy(records, (r) => String(r.cluster));
    const day = records[0].publishedAt.slice(0, 10);
    const next = addDays(day, 1);
    const joined = [...clusters.values()].some((members) => {
      const { topic, actor, scorer, cluster, ownCluster } = members[0];
      return !ownCluster && st.clusterRecords.get(topic, actor, day, next, scorer, cluster) !== members.length;
    });
    if (joined) {
      left.push(...records);
      continue;
    }
    const gain = emptyGain();
    for (const members of clusters.values()) addCluster(gain, members);
    gains.set(key, gain);
  }

  // The same gains for each day's month and year.
  for (const span of ['day', 'month', 'year'] as const) {
    const byRow = new Map<Key, Gain>();
    for (const [key, gain] of gains) {
      const [topic, scorer, actor, day] = key.split(SEP);
      const rowKey = keyOf(topic, scorer, actor, START_OF[span](day));
      const total = byRow.get(rowKey);
      if (total) addGain(total, gain);
      else byRow.set(rowKey, span === 'day' ? gain : { ...gain, sources: new Set(gain.sources) });
    }
    // In key order: neighbouring rows share index pages.
    for (const rowKey of [...byRow.keys()].sort()) {
      const [topic, scorer, actor, start] = rowKey.split(SEP);
      const { records, n, w1, w2, wx, wx2, x1, x2, sources } = byRow.get(rowKey)!;
      st.add.run(topic, scorer, span, actor, start, records, n, w1, w2, wx, wx2, x1, x2, JSON.stringify([...sources]));
    }
  }

  // Pairs of actors within each new article (all its records of the scorer are new), in the
  // order found, SHARED_PER_INSERT to a statement.
  const pairs: unknown[] = [];
  for (const records of groupBy(added, (r) => keyOf(r.articleId, r.topic, r.scorer, '')).values()) {
    // Ordered as SQLite compares text (its bytes), as the refresh's `b.actor > a.actor` pairs them.
    const actors = records.map((r) => r.actor).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    const { articleId, topic, scorer, publishedAt } = records[0];
    for (let i = 0; i < actors.length; i++) {
      for (let j = i + 1; j < actors.length; j++) pairs.push(topic, scorer, actors[i], actors[j], publishedAt.slice(0, 10), articleId);
    }
  }
  const width = 6;
  let at = 0;
  for (; pairs.length - at >= width * SHARED_PER_INSERT; at += width * SHARED_PER_INSERT) st.sharedMany.run(pairs.slice(at, at + width * SHARED_PER_INSERT));
  for (; at < pairs.length; at += width) st.shared.run(pairs.slice(at, at + width));

  markAdded(db, left);
}

/** The SQL function, defined on the connection, that unites a row's JSON source list with a gain's. */
const UNITED_SOURCES = 'stance_united_sources';

/** `known` (a JSON array text) with the values of `added` it lacks appended, in their order; `known` itself when it lacks none. */
function unitedSources(known: string, added: string): string {
  const fresh = JSON.parse(added) as string[];
  if (fresh.length === 0) return known;
  const list = JSON.parse(known) as string[];
  const have = new Set(list);
  const missing = fresh.filter((s) => !have.has(s));
  return missing.length > 0 ? JSON.stringify([...list, ...missing]) : known;
}

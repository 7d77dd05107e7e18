import { and, count, eq, getTableColumns, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { ScorerIdentity } from '../../models/scorer.js';
import type { RecordProvenance } from '../provenance.js';
import { type AnalysedArticle, evidenceText } from '../stored-stance.js';
import { clusterId, isOwnCluster } from '../trends/clusters.js';
import { inPages } from './articles.repo.js';
import { type Db, isPostgres, type PgDb, query, type SqliteDb, sqliteClient, tables } from './handle.js';
import { type AddedRecord, addToRollupSqlite, beginOwnMarks, endOwnMarks, markAdded, rollupUpToDateSqlite } from './rollup-append.js';
import { refreshRollupPg, refreshRollupSqlite } from './rollup-refresh.js';
import { articles, type Stance, stances } from './schema.js';
import { writeTransaction } from './transaction.js';

type Tables = ReturnType<typeof tables>;

export type { AnalysedArticle };

/*
 * Plain better-sqlite3 statements with positional parameters: a batch runs several per record,
 * and Drizzle's mapping of each one's named parameters cost about as much as SQLite's work.
 * The columns and defaults are the schema's (schema.ts); `evidence` is its JSON text.
 */
const STANCE_COLUMNS = [
  'article_id',
  'actor',
  'topic',
  'score',
  'label',
  'confidence',
  'evidence',
  'scorer',
  'model',
  'model_version',
  'published_at',
  'source',
  'lang',
  'cluster',
  'topic_hash',
  'tool_version',
  'lexicon_version',
  'gazetteer_version',
] as const;

/**
 * Records per multi-row insert: one statement's call and its parameters' binding cost about as
 * much as the row's own write, and 64 rows × 18 columns stay far under SQLite's 32,766 parameters.
 */
const ROWS_PER_INSERT = 64;

function insertRows(client: ReturnType<typeof sqliteClient>, rows: number) {
  const row = `(${STANCE_COLUMNS.map(() => '?').join(', ')})`;
  return client.prepare(`insert into stances (${STANCE_COLUMNS.join(', ')}) values ${Array.from({ length: rows }, () => row).join(', ')}`);
}

function prepareStatements(db: SqliteDb) {
  const client = sqliteClient(db);
  return {
    article: client.prepare('select published_at, source, title from articles where id = ?').raw(),
    clear: client.prepare('delete from stances where article_id = ? and scorer = ?'),
    insert: insertRows(client, 1),
    insertMany: insertRows(client, ROWS_PER_INSERT),
    finished: client.prepare(
      `insert into analyses (article_id, scorer, records) values (?, ?, ?)
      on conflict (article_id, scorer) do update set records = excluded.records, finished_at = excluded.finished_at`,
    ),
    done: client.prepare(`update articles set status = 'done', lang = ?, last_error = null where id = ?`),
  };
}

// Built once per database.
const statements = new WeakMap<SqliteDb, ReturnType<typeof prepareStatements>>();

/** What a save stored: the articles marked done, and their stance records. */
export interface SavedAnalyses {
  articles: number;
  stances: number;
}

/**
 * Stores a batch of analysed articles in one transaction: a scorer's earlier records for these
 * articles are replaced (re-analysis is idempotent), other scorers' records stay beside them, and
 * each article is marked done for this scorer. `provenance` says what else made the records.
 * An article that is gone, or (on PostgreSQL) no longer held by `run`, is not stored nor counted.
 */
export async function saveAnalyses(
  db: Db,
  scorer: ScorerIdentity,
  batch: AnalysedArticle[],
  provenance?: RecordProvenance,
  run: number | null = null,
): Promise<SavedAnalyses> {
  if (batch.length === 0) return { articles: 0, stances: 0 };
  if (isPostgres(db)) return saveAnalysesPg(db, scorer, batch, provenance, run);
  return saveAnalysesSqlite(db, scorer, batch, provenance);
}

function saveAnalysesSqlite(db: SqliteDb, scorer: ScorerIdentity, batch: AnalysedArticle[], provenance?: RecordProvenance): SavedAnalyses {
  let st = statements.get(db);
  if (!st) statements.set(db, (st = prepareStatements(db)));
  const { article: articleOf, clear, insert, insertMany, finished, done } = st;
  return writeTransaction(db, () => {
    // Each record's column values, one after another, written ROWS_PER_INSERT at a time.
    let values: unknown[] = [];
    const flush = (all: boolean) => {
      const width = STANCE_COLUMNS.length;
      let at = 0;
      for (; values.length - at >= width * ROWS_PER_INSERT; at += width * ROWS_PER_INSERT) insertMany.run(values.slice(at, at + width * ROWS_PER_INSERT));
      if (all) for (; at < values.length; at += width) insert.run(values.slice(at, at + width));
      values = values.slice(at);
    };
    const seen = new Set<string>();
    let written = 0;
    let stored = 0;
    // Records only added to an up-to-date rollup are added to its sums (rollup-append.ts); a
    // re-analysis, which removes records, has its days recomputed. Either way, into an up-to-date
    // rollup this save marks its new records itself rather than by trigger, and only those left
    // to recompute.
    const ownMarks = rollupUpToDateSqlite(db);
    if (ownMarks) beginOwnMarks(db);
    let onlyAdded = ownMarks;
    const added: AddedRecord[] = [];
    const { toolVersion = null, lexiconVersion = null, gazetteerVersion = null } = provenance ?? {};
    for (const result of batch) {
      const article = articleOf.get(result.id) as [publishedAt: string | null, source: string | null, title: string | null] | undefined;
      if (!article) continue;
      const [publishedAt, source, title] = article;
      stored++;
      // An article twice in one batch: its first records are written before the second clears them.
      if (seen.has(result.id)) flush(true);
      seen.add(result.id);
      if (clear.run(result.id, scorer.id).changes > 0) onlyAdded = false;
      const cluster = clusterId(result.id, title, publishedAt);
      const ownCluster = isOwnCluster(result.id, title, publishedAt);
      for (const s of result.stances) {
        if (ownMarks && publishedAt !== null) {
          const { actor, topic, score, confidence } = s;
          added.push({ articleId: result.id, topic, scorer: scorer.id, actor, publishedAt, cluster, ownCluster, score, confidence, source });
        }
        values.push(
          result.id,
          s.actor,
          s.topic,
          s.score,
          s.label,
          s.confidence,
          evidenceText(s),
          scorer.id,
          scorer.model,
          scorer.modelVersion,
          publishedAt,
          source,
          result.lang,
          cluster,
          provenance?.topicHashes[s.topic] ?? null,
          toolVersion,
          lexiconVersion,
          gazetteerVersion,
        );
        written++;
      }
      finished.run(result.id, scorer.id, result.stances.length);
      done.run(result.lang, result.id);
      if (values.length >= STANCE_COLUMNS.length * ROWS_PER_INSERT) flush(false);
    }
    flush(true);
    // The trend rollup follows the records in the same transaction: no reader sees one without the other.
    if (ownMarks) {
      endOwnMarks(db);
      if (onlyAdded) addToRollupSqlite(db, added);
      else markAdded(db, added);
    }
    refreshRollupSqlite(db);
    return { articles: stored, stances: written };
  });
}

/**
 * The PostgreSQL path, for workers sharing one database. The done marks, the old records'
 * removal and the new records commit in one transaction, and only for the articles this run
 * still holds (`claimed_by` is the claim's token): a worker whose claim was given back after its
 * lease ran out (its run stopped beating) stores nothing, so no article is scored twice. The
 * records go in as one `INSERT … SELECT FROM unnest(…)` of column arrays: one statement for
 * the whole batch rather than one per record.
 */
async function saveAnalysesPg(
  db: PgDb,
  scorer: ScorerIdentity,
  batch: AnalysedArticle[],
  provenance: RecordProvenance | undefined,
  run: number | null,
): Promise<SavedAnalyses> {
  return db.transaction(async (tx) => {
    const held = await tx.execute<{ id: string; title: string | null; published_at: string | null; source: string | null }>(sql`
      update articles a set status = 'done', lang = v.lang, last_error = null
      from unnest(${sql.param(batch.map((r) => r.id))}::text[], ${sql.param(batch.map((r) => r.lang))}::text[]) as v(id, lang)
      where a.id = v.id and a.status = 'processing' and a.claimed_by is not distinct from ${run}::integer
      returning a.id, a.title, a.published_at, a.source`);
    const articlesHeld = new Map(held.rows.map((r) => [r.id, r]));
    const kept = batch.filter((r) => articlesHeld.has(r.id));
    if (kept.length === 0) return { articles: 0, stances: 0 };
    const ids = kept.map((r) => r.id);
    await tx.execute(sql`delete from stances where article_id = any(${sql.param(ids)}::text[]) and scorer = ${scorer.id}`);
    const rows = kept.flatMap((result) => {
      const article = articlesHeld.get(result.id)!;
      const cluster = clusterId(result.id, article.title, article.published_at);
      return result.stances.map((s) => ({ result, article, cluster, s }));
    });
    if (rows.length > 0) {
      const col = <T>(pick: (row: (typeof rows)[number]) => T) => rows.map(pick);
      await tx.execute(sql`
        insert into stances (article_id, actor, topic, score, label, confidence, evidence, scorer, model, model_version,
          published_at, source, lang, cluster, topic_hash, tool_version, lexicon_version, gazetteer_version)
        select v.article_id, v.actor, v.topic, v.score, v.label, v.confidence, v.evidence::json, ${scorer.id}, ${scorer.model},
          ${scorer.modelVersion}, v.published_at, v.source, v.lang, v.cluster, v.topic_hash,
          ${provenance?.toolVersion ?? null}::text, ${provenance?.lexiconVersion ?? null}::text, ${provenance?.gazetteerVersion ?? null}::text
        from unnest(${sql.param(col((r) => r.result.id))}::text[], ${sql.param(col((r) => r.s.actor))}::text[], ${sql.param(col((r) => r.s.topic))}::text[],
          ${sql.param(col((r) => r.s.score))}::float8[], ${sql.param(col((r) => r.s.label))}::text[], ${sql.param(col((r) => r.s.confidence))}::float8[],
          ${sql.param(col((r) => evidenceText(r.s)))}::text[], ${sql.param(col((r) => r.article.published_at))}::text[],
          ${sql.param(col((r) => r.article.source))}::text[], ${sql.param(col((r) => r.result.lang))}::text[], ${sql.param(col((r) => String(r.cluster)))}::bigint[],
          ${sql.param(col((r) => provenance?.topicHashes[r.s.topic] ?? null))}::text[])
          as v(article_id, actor, topic, score, label, confidence, evidence, published_at, source, lang, cluster, topic_hash)`);
    }
    await tx.execute(sql`
      insert into analyses (article_id, scorer, records)
      select v.id, ${scorer.id}, v.records from unnest(${sql.param(ids)}::text[], ${sql.param(kept.map((r) => r.stances.length))}::integer[]) as v(id, records)
      on conflict (article_id, scorer) do update set records = excluded.records, finished_at = excluded.finished_at`);
    await refreshRollupPg(tx);
    return { articles: kept.length, stances: rows.length };
  });
}

/** An analysis that failed: back to the queue for another attempt, or failed for good. */
export async function recordFailure(db: Db, ids: string[], error: string, retry: boolean): Promise<void> {
  if (ids.length === 0) return;
  const { articles } = tables(db);
  await query(db)
    .update(articles)
    .set({ status: retry ? 'queued' : 'failed', attempts: sql`${articles.attempts} + 1`, lastError: error.slice(0, 2000) })
    .where(inArray(articles.id, ids));
}

export interface StanceListFilter {
  topic?: string;
  actor?: string;
  scorer?: string;
  articleId?: string;
}

function conditions(stances: Tables['stances'], filter: StanceListFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (filter.topic) parts.push(eq(stances.topic, filter.topic));
  if (filter.actor) parts.push(eq(stances.actor, filter.actor));
  if (filter.scorer) parts.push(eq(stances.scorer, filter.scorer));
  if (filter.articleId) parts.push(eq(stances.articleId, filter.articleId));
  return parts.length > 0 ? and(...parts) : undefined;
}

/** A stance record with its article's title and link, as listings and exports show it. */
export type StanceWithArticle = Stance & { title: string | null; url: string | null };

/** Matching records in storage order with their article's title and link, streamed page by page: what `stance export` writes. */
export function iterateStancesWithArticles(db: Db, filter: StanceListFilter, limit?: number): AsyncGenerator<StanceWithArticle> {
  const { stances, articles } = tables(db);
  const where = conditions(stances, filter);
  return inPages<StanceWithArticle, number>(
    (after, size) =>
      query(db)
        .select({ ...getTableColumns(stances), title: articles.title, url: articles.url, rowid: stances.id })
        .from(stances)
        .innerJoin(articles, eq(articles.id, stances.articleId))
        .where(and(sql`${stances.id} > ${after ?? 0}`, where))
        .orderBy(stances.id)
        .limit(size),
    limit,
  );
}

/** Matching records in storage order, streamed page by page. */
export function iterateStances(db: Db, filter: StanceListFilter, limit?: number): AsyncGenerator<Stance> {
  const { stances } = tables(db);
  const where = conditions(stances, filter);
  return inPages<Stance, number>(
    (after, size) =>
      query(db)
        .select({ ...getTableColumns(stances), rowid: stances.id })
        .from(stances)
        .where(and(sql`${stances.id} > ${after ?? 0}`, where))
        .orderBy(stances.id)
        .limit(size),
    limit,
  );
}

export async function stancesOfArticle(db: Db, articleId: string): Promise<Stance[]> {
  const { stances } = tables(db);
  return query(db).select().from(stances).where(eq(stances.articleId, articleId)).orderBy(stances.topic, stances.actor, stances.scorer);
}

/** Articles with records on `topic` (of `scorer`, or of any scorer). */
export async function articlesWithRecords(db: Db, topic: string, scorer?: string): Promise<string[]> {
  const { stances } = tables(db);
  const rows = await query(db)
    .selectDistinct({ id: stances.articleId })
    .from(stances)
    .where(and(eq(stances.topic, topic), scorer ? eq(stances.scorer, scorer) : undefined));
  return rows.map((r) => r.id);
}

export async function countStances(db: Db): Promise<number> {
  const { stances } = tables(db);
  const [row] = await query(db).select({ n: count() }).from(stances);
  return row?.n ?? 0;
}

/**
 * Gives records stored before clusters were kept their article's cluster: a data step that SQL
 * cannot express (titles are normalised in code), run once after the SQLite migration adding the
 * column (the PostgreSQL store had clusters from its first migration).
 */
export function fillMissingClusters(db: SqliteDb): number {
  const missing = db
    .selectDistinct({ id: articles.id, title: articles.title, publishedAt: articles.publishedAt })
    .from(stances)
    .innerJoin(articles, eq(articles.id, stances.articleId))
    .where(isNull(stances.cluster))
    .all();
  const update = db
    .update(stances)
    .set({ cluster: sql`${sql.placeholder('cluster')}` })
    .where(eq(stances.articleId, sql.placeholder('id')))
    .prepare();
  writeTransaction(db, () => {
    for (const article of missing) update.run({ id: article.id, cluster: clusterId(article.id, article.title, article.publishedAt) });
  });
  return missing.length;
}

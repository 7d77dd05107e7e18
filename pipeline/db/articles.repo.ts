import { and, count, eq, getTableColumns, gte, inArray, isNotNull, isNull, not, or, sql } from 'drizzle-orm';
import { clusterId } from '../trends/clusters.js';
import { changed, type Db, isPostgres, type PgDb, query, type SqliteDb, tables } from './handle.js';
import { refreshRollupPg, refreshRollupSqlite } from './rollup-refresh.js';
import { type Article, articleSources, articles, type NewArticle, stances } from './schema.js';
import * as pgSchema from './schema.pg.js';
import { writeTransaction } from './transaction.js';

export interface ArticleToStore extends NewArticle {
  id: string;
  contentHash: string;
  /** Whether `id` came from the input (and so must not silently change meaning) or was generated. */
  idGiven: boolean;
}

export type StoreOutcome =
  | { kind: 'inserted'; id: string }
  | { kind: 'duplicate'; id: string; enriched: boolean }
  | { kind: 'id-taken'; id: string; by: { file: string | null; line: number | null } };

/* One mapping from an article to its rows, for both stores and for the row-by-row and bulk paths. */

/** What a copy of a stored text may fill in where the stored article lacks it. */
function fillRow(article: ArticleToStore) {
  return {
    title: article.title ?? null,
    publishedAt: article.publishedAt ?? null,
    lang: article.lang ?? null,
    source: article.source ?? null,
    url: article.url ?? null,
  };
}

/** The `articles` row, under `id`: a generated id taken by another text moves on to `<id>-2`, … */
function articleRow(article: ArticleToStore, id = article.id) {
  return {
    id,
    contentHash: article.contentHash,
    text: article.text,
    ...fillRow(article),
    originFile: article.originFile ?? null,
    originLine: article.originLine ?? null,
  };
}

/** The `article_sources` row of this copy of the text, filed under the stored article `articleId`. */
function sourceRow(article: ArticleToStore, articleId: string) {
  return {
    articleId,
    source: article.source ?? '',
    url: article.url ?? '',
    inputId: article.idGiven ? article.id : null,
    file: article.originFile ?? null,
    line: article.originLine ?? null,
  };
}

type SourceRow = ReturnType<typeof sourceRow>;

function prepareStatements(db: SqliteDb) {
  const p = (name: string) => sql.placeholder(name);
  return {
    byHash: db
      .select({ id: articles.id })
      .from(articles)
      .where(eq(articles.contentHash, p('hash')))
      .prepare(),
    byId: db
      .select({ file: articles.originFile, line: articles.originLine })
      .from(articles)
      .where(eq(articles.id, p('id')))
      .prepare(),
    insertArticle: db
      .insert(articles)
      .values({
        id: p('id'),
        contentHash: p('contentHash'),
        title: p('title'),
        text: p('text'),
        lang: p('lang'),
        publishedAt: p('publishedAt'),
        source: p('source'),
        url: p('url'),
        originFile: p('originFile'),
        originLine: p('originLine'),
      })
      .prepare(),
    // A copy of a known text fills what the stored article lacks (a saved page after a bare body).
    enrich: db
      .update(articles)
      .set({
        title: sql`coalesce(${articles.title}, ${p('title')})`,
        publishedAt: sql`coalesce(${articles.publishedAt}, ${p('publishedAt')})`,
        lang: sql`coalesce(${articles.lang}, ${p('lang')})`,
        source: sql`coalesce(${articles.source}, ${p('source')})`,
        url: sql`coalesce(${articles.url}, ${p('url')})`,
      })
      .where(
        and(
          eq(articles.id, p('id')),
          or(
            sql`${articles.title} is null and ${p('title')} is not null`,
            sql`${articles.publishedAt} is null and ${p('publishedAt')} is not null`,
            sql`${articles.lang} is null and ${p('lang')} is not null`,
            sql`${articles.source} is null and ${p('source')} is not null`,
            sql`${articles.url} is null and ${p('url')} is not null`,
          ),
        ),
      )
      .returning({ title: articles.title, publishedAt: articles.publishedAt, source: articles.source })
      .prepare(),
    // Records copy the article's date, source and cluster (for trend reads without joins): they follow it.
    refreshStances: db
      .update(stances)
      .set({ publishedAt: sql`${p('publishedAt')}`, source: sql`${p('source')}`, cluster: sql`${p('cluster')}` })
      .where(eq(stances.articleId, p('id')))
      .prepare(),
    insertSource: db
      .insert(articleSources)
      .values({ articleId: p('articleId'), source: p('source'), url: p('url'), inputId: p('inputId'), file: p('file'), line: p('line') })
      .onConflictDoNothing()
      .prepare(),
  };
}

// Statements are built once per database: building Drizzle queries per row costs more than running them.
const statements = new WeakMap<SqliteDb, ReturnType<typeof prepareStatements>>();

/**
 * Inserts new articles in one transaction. A known text adds its source to the article it
 * duplicates, and fills what that article lacks (title, date, language, source, URL) without
 * replacing anything it has; its stance records take the new date and source.
 */
export async function storeArticles(db: Db, batch: ArticleToStore[]): Promise<StoreOutcome[]> {
  if (isPostgres(db)) return storeArticlesPg(db, batch);
  return storeArticlesSqlite(db, batch);
}

/** The SQLite path: prepared statements, one synchronous transaction for the batch. */
function storeArticlesSqlite(db: SqliteDb, batch: ArticleToStore[]): StoreOutcome[] {
  let st = statements.get(db);
  if (!st) statements.set(db, (st = prepareStatements(db)));
  const { byHash, byId, insertArticle, insertSource, enrich, refreshStances } = st;
  return writeTransaction(db, () => {
    const outcomes = batch.map((article): StoreOutcome => {
      const same = byHash.get({ hash: article.contentHash });
      if (same) {
        insertSource.run(sourceRow(article, same.id));
        const filled = enrich.get({ id: same.id, ...fillRow(article) });
        if (filled) {
          const cluster = clusterId(same.id, filled.title, filled.publishedAt);
          refreshStances.run({ id: same.id, publishedAt: filled.publishedAt, source: filled.source, cluster });
        }
        return { kind: 'duplicate', id: same.id, enriched: filled !== undefined };
      }
      // A generated id is only a name for the text: when an input already uses it for another
      // text, the next free `<id>-2`, `<id>-3`, … names this one. A given id is the user's and is kept.
      let id = article.id;
      let taken = byId.get({ id });
      for (let n = 2; taken && !article.idGiven; n++) taken = byId.get({ id: (id = `${article.id}-${n}`) });
      if (taken) return { kind: 'id-taken', id, by: taken };
      insertArticle.run(articleRow(article, id));
      insertSource.run(sourceRow(article, id));
      return { kind: 'inserted', id };
    });
    // A filled-in date or source moved records between trend days.
    refreshRollupSqlite(db);
    return outcomes;
  });
}

/**
 * The PostgreSQL path. The batch goes in as one `INSERT … SELECT FROM unnest(…) ON CONFLICT DO
 * NOTHING`; the few rows it skips (a known text, a taken id) are then settled one by one as on
 * SQLite. Several `stance ingest` processes may load overlapping archives at once: the unique
 * content hash decides (ON CONFLICT waits for the other transaction, then sees its row). Two
 * batches holding each other's rows are a deadlock PostgreSQL breaks by failing one: it is run
 * again.
 */
async function storeArticlesPg(db: PgDb, batch: ArticleToStore[]): Promise<StoreOutcome[]> {
  if (batch.length === 0) return [];
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(async (tx) => {
        const rows = batch.map((article) => articleRow(article));
        const col = (key: keyof ArticleRow) => sql.param(rows.map((row) => row[key]));
        const inserted = await tx.execute<{ id: string; content_hash: string }>(sql`
          insert into articles (id, content_hash, title, text, lang, published_at, source, url, origin_file, origin_line)
          select * from unnest(${col('id')}::text[], ${col('contentHash')}::text[], ${col('title')}::text[],
            ${col('text')}::text[], ${col('lang')}::text[], ${col('publishedAt')}::text[],
            ${col('source')}::text[], ${col('url')}::text[], ${col('originFile')}::text[], ${col('originLine')}::integer[])
          on conflict do nothing
          returning id, content_hash`);
        // Inserted rows are known by id and text together: a skipped row may share either with one inserted.
        const stored = new Set(inserted.rows.map((r) => `${r.id}\u0000${r.content_hash}`));
        const done = batch.map((a) => stored.has(`${a.id}\u0000${a.contentHash}`) && stored.delete(`${a.id}\u0000${a.contentHash}`));
        await insertSourcesPg(
          tx,
          batch.flatMap((article, i) => (done[i] ? [sourceRow(article, article.id)] : [])),
        );
        const outcomes: Array<StoreOutcome | undefined> = batch.map((a, i) => (done[i] ? { kind: 'inserted', id: a.id } : undefined));
        await settleDuplicatesPg(tx, batch, outcomes);
        // What is left (a taken id, a second copy within the batch) is settled one by one, in order.
        for (const [i, article] of batch.entries()) outcomes[i] ??= await storeOnePg(tx, article);
        await refreshRollupPg(tx);
        return outcomes as StoreOutcome[];
      });
    } catch (error) {
      if (attempt >= 5 || !isRetryable(error)) throw error;
    }
  }
}

/**
 * Copies of stored texts (a re-ingested archive is all copies), settled in three statements
 * rather than four per article: their sources added, what the stored article lacks filled in,
 * and the records of the filled articles given the new date and source. One copy per stored
 * article here; further copies in the batch are left for the one-by-one path.
 */
async function settleDuplicatesPg(tx: PgTx, batch: ArticleToStore[], outcomes: Array<StoreOutcome | undefined>): Promise<void> {
  const open = batch.flatMap((_, i) => (outcomes[i] ? [] : [i]));
  if (open.length === 0) return;
  const found = await tx.execute<{ id: string; content_hash: string }>(
    sql`select id, content_hash from articles where content_hash = any(${sql.param(open.map((i) => batch[i].contentHash))}::text[])`,
  );
  const byHash = new Map(found.rows.map((r) => [r.content_hash, r.id]));
  const taken = new Set<string>();
  const copies = open.filter((i) => {
    const id = byHash.get(batch[i].contentHash);
    if (id === undefined || taken.has(id)) return false;
    taken.add(id);
    return true;
  });
  if (copies.length === 0) return;
  await insertSourcesPg(
    tx,
    copies.map((i) => sourceRow(batch[i], byHash.get(batch[i].contentHash)!)),
  );
  const fills = copies.map((i) => ({ id: byHash.get(batch[i].contentHash)!, ...fillRow(batch[i]) }));
  const col = (key: keyof (typeof fills)[number]) => sql.param(fills.map((fill) => fill[key]));
  const filled = await tx.execute<{ id: string; title: string | null; published_at: string | null; source: string | null }>(sql`
    update articles a set title = coalesce(a.title, v.title), published_at = coalesce(a.published_at, v.published_at),
      lang = coalesce(a.lang, v.lang), source = coalesce(a.source, v.source), url = coalesce(a.url, v.url)
    from unnest(${col('id')}::text[], ${col('title')}::text[], ${col('publishedAt')}::text[],
      ${col('lang')}::text[], ${col('source')}::text[], ${col('url')}::text[])
      as v(id, title, published_at, lang, source, url)
    where a.id = v.id and ((a.title is null and v.title is not null) or (a.published_at is null and v.published_at is not null)
      or (a.lang is null and v.lang is not null) or (a.source is null and v.source is not null) or (a.url is null and v.url is not null))
    returning a.id, a.title, a.published_at, a.source`);
  if (filled.rows.length > 0) {
    const rows = filled.rows;
    await tx.execute(sql`
      update stances s set published_at = v.published_at, source = v.source, cluster = v.cluster
      from unnest(${sql.param(rows.map((r) => r.id))}::text[], ${sql.param(rows.map((r) => r.published_at))}::text[],
        ${sql.param(rows.map((r) => r.source))}::text[], ${sql.param(rows.map((r) => String(clusterId(r.id, r.title, r.published_at))))}::bigint[])
        as v(id, published_at, source, cluster)
      where s.article_id = v.id`);
  }
  const enriched = new Set(filled.rows.map((r) => r.id));
  for (const i of copies) {
    const id = byHash.get(batch[i].contentHash)!;
    outcomes[i] = { kind: 'duplicate', id, enriched: enriched.has(id) };
  }
}

type PgTx = Parameters<Parameters<PgDb['transaction']>[0]>[0];

type ArticleRow = ReturnType<typeof articleRow>;

/** Sources in one statement; one already recorded (the same file and line loaded again) is kept. */
async function insertSourcesPg(tx: PgTx, rows: SourceRow[]): Promise<void> {
  if (rows.length === 0) return;
  const col = (key: keyof SourceRow) => sql.param(rows.map((row) => row[key]));
  await tx.execute(sql`
    insert into article_sources (article_id, source, url, input_id, file, line)
    select * from unnest(${col('articleId')}::text[], ${col('source')}::text[], ${col('url')}::text[],
      ${col('inputId')}::text[], ${col('file')}::text[], ${col('line')}::integer[])
    on conflict do nothing`);
}

async function storeOnePg(tx: PgTx, article: ArticleToStore): Promise<StoreOutcome> {
  const a = pgSchema.articles;
  let id = article.id;
  for (let n = 2; ; n++) {
    const inserted = await tx.insert(a).values(articleRow(article, id)).onConflictDoNothing().returning({ id: a.id });
    if (inserted.length > 0) {
      await tx.insert(pgSchema.articleSources).values(sourceRow(article, id)).onConflictDoNothing();
      return { kind: 'inserted', id };
    }
    const [same] = await tx.select({ id: a.id }).from(a).where(eq(a.contentHash, article.contentHash));
    if (same) return duplicatePg(tx, same.id, article);
    // The id is another text's: a generated one moves on to `<id>-2`, … ; a given one is the user's.
    if (article.idGiven) {
      const [by] = await tx.select({ file: a.originFile, line: a.originLine }).from(a).where(eq(a.id, id));
      return { kind: 'id-taken', id, by: by ?? { file: null, line: null } };
    }
    id = `${article.id}-${n}`;
  }
}

async function duplicatePg(tx: PgTx, id: string, article: ArticleToStore): Promise<StoreOutcome> {
  const a = pgSchema.articles;
  await tx.insert(pgSchema.articleSources).values(sourceRow(article, id)).onConflictDoNothing();
  const fill = fillRow(article);
  const [filled] = await tx
    .update(a)
    .set({
      title: sql`coalesce(${a.title}, ${fill.title})`,
      publishedAt: sql`coalesce(${a.publishedAt}, ${fill.publishedAt})`,
      lang: sql`coalesce(${a.lang}, ${fill.lang})`,
      source: sql`coalesce(${a.source}, ${fill.source})`,
      url: sql`coalesce(${a.url}, ${fill.url})`,
    })
    .where(
      and(
        eq(a.id, id),
        or(
          ...Object.entries(fill)
            .filter(([, value]) => value !== null)
            .map(([key]) => isNull(a[key as keyof typeof fill])),
          sql`false`,
        ),
      ),
    )
    .returning({ title: a.title, publishedAt: a.publishedAt, source: a.source });
  if (filled) {
    const cluster = clusterId(id, filled.title, filled.publishedAt);
    await tx.update(pgSchema.stances).set({ publishedAt: filled.publishedAt, source: filled.source, cluster }).where(eq(pgSchema.stances.articleId, id));
  }
  return { kind: 'duplicate', id, enriched: filled !== undefined };
}

/** Articles left `processing` by runs that are gone go back to the queue; `liveRuns` keep theirs. */
export async function requeueInterrupted(db: Db, liveRuns: number[], goneRuns: number[] = []): Promise<number> {
  const { articles, runs } = tables(db);
  if (isPostgres(db)) {
    // Many workers start and stop at any time, so the caller's list of live runs may already be
    // old: a claim is kept while its run is recorded as running, read in this statement, and a
    // run that started since keeps its claims. Everything else goes back: the claims of runs
    // found dead, and a mark no running run holds (no run named, a run that ended or was marked
    // interrupted by a process killed before it re-queued, a run no longer recorded), which no
    // lease would ever free. (A claim taken while this statement runs, by a run it cannot see
    // yet, may be put back too: its save then finds the claim gone and stores nothing twice.)
    const heldByRunning = sql`exists (select 1 from ${runs} where ${runs.id} = ${articles.claimedBy} and ${runs.status} = 'running')`;
    const orphaned = or(isNull(articles.claimedBy), not(heldByRunning), goneRuns.length > 0 ? inArray(articles.claimedBy, goneRuns) : undefined);
    return changed(
      await query(db)
        .update(articles)
        .set({ status: 'queued', claimedBy: null })
        .where(and(eq(articles.status, 'processing'), orphaned)),
    );
  }
  const heldByLive = liveRuns.length > 0 ? and(isNotNull(articles.claimedBy), inArray(articles.claimedBy, liveRuns)) : undefined;
  return changed(
    await query(db)
      .update(articles)
      .set({ status: 'queued', claimedBy: null })
      .where(and(eq(articles.status, 'processing'), heldByLive ? not(heldByLive) : undefined)),
  );
}

/** A run gives back the articles it holds (it stops early): they are queued again, attempts unchanged. */
export async function releaseClaims(db: Db, run: number): Promise<number> {
  const { articles } = tables(db);
  return changed(
    await query(db)
      .update(articles)
      .set({ status: 'queued', claimedBy: null })
      .where(and(eq(articles.status, 'processing'), eq(articles.claimedBy, run))),
  );
}

/** How many articles these runs hold (claimed, not yet stored). */
export async function countHeldBy(db: Db, runs: number[]): Promise<number> {
  if (runs.length === 0) return 0;
  const { articles } = tables(db);
  const [row] = await query(db)
    .select({ n: count() })
    .from(articles)
    .where(and(eq(articles.status, 'processing'), inArray(articles.claimedBy, runs)));
  return row.n;
}

/** How many articles each of these runs holds; a run holding none is absent. */
export async function countHeldByEach(db: Db, runs: number[]): Promise<Map<number, number>> {
  if (runs.length === 0) return new Map();
  const { articles } = tables(db);
  const rows = await query(db)
    .select({ run: articles.claimedBy, n: count() })
    .from(articles)
    .where(and(eq(articles.status, 'processing'), inArray(articles.claimedBy, runs)))
    .groupBy(articles.claimedBy);
  return new Map(rows.map((row) => [row.run!, row.n]));
}

/** Articles that another scorer finished but `scorer` has not seen are queued for it. */
export async function queueForScorer(db: Db, scorer: string, retryFailed: boolean): Promise<number> {
  const { articles, analyses } = tables(db);
  const missing = sql`not exists (select 1 from ${analyses} where ${analyses.articleId} = ${articles.id} and ${analyses.scorer} = ${scorer})`;
  const statuses = retryFailed ? (['done', 'failed'] as const) : (['done'] as const);
  return changed(
    await query(db)
      .update(articles)
      .set({ status: 'queued', attempts: 0, lastError: null })
      .where(and(inArray(articles.status, [...statuses]), missing)),
  );
}

export interface ReanalysisScope {
  /** Only articles published on or after this day. */
  since?: string;
  /** Only these articles. */
  ids?: readonly string[];
}

/**
 * Queues for re-analysis by `scorer` the articles in `scope` that it has not finished after
 * `cutoff` (the moment the re-analysis was asked for): a resumed re-analysis skips what the
 * interrupted one already did. Returns how many were queued.
 */
export async function queueForReanalysis(db: Db, scorer: string, cutoff: string, scope: ReanalysisScope): Promise<number> {
  const { articles, analyses } = tables(db);
  const redone = sql`exists (select 1 from ${analyses} where ${analyses.articleId} = ${articles.id} and ${analyses.scorer} = ${scorer} and ${analyses.finishedAt} > ${cutoff})`;
  const where = [inArray(articles.status, ['done', 'failed']), sql`not ${redone}`];
  if (scope.since) where.push(gte(articles.publishedAt, scope.since));
  if (scope.ids) {
    if (scope.ids.length === 0) return 0;
    where.push(inArray(articles.id, [...scope.ids]));
  }
  return changed(
    await query(db)
      .update(articles)
      .set({ status: 'queued', attempts: 0, lastError: null })
      .where(and(...where)),
  );
}

export async function countByStatus(db: Db): Promise<Record<string, number>> {
  const { articles } = tables(db);
  const rows = await query(db).select({ status: articles.status, n: count() }).from(articles).groupBy(articles.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

export type ClaimedArticle = Pick<Article, 'id' | 'text' | 'lang' | 'publishedAt' | 'source' | 'title' | 'attempts'>;

/** Marks up to `limit` queued articles as processing by `run` and returns them: nothing is claimed twice. */
export async function claimQueued(db: Db, limit: number, run: number | null = null): Promise<ClaimedArticle[]> {
  if (isPostgres(db)) return claimQueuedPg(db, limit, run);
  return writeTransaction(db, (tx) => {
    const ids = tx
      .select({ id: articles.id })
      .from(articles)
      .where(eq(articles.status, 'queued'))
      .orderBy(sql`rowid`)
      .limit(limit)
      .all()
      .map((r) => r.id);
    if (ids.length === 0) return [];
    return tx.update(articles).set({ status: 'processing', claimedBy: run }).where(inArray(articles.id, ids)).returning(claimedColumns(articles)).all();
  });
}

function claimedColumns(a: typeof articles) {
  return { id: a.id, text: a.text, lang: a.lang, publishedAt: a.publishedAt, source: a.source, title: a.title, attempts: a.attempts };
}

/**
 * Workers on many machines claim from one table: SKIP LOCKED lets each take rows no other
 * claim holds, without waiting, over the partial index of queued rows. The claim is one
 * statement, so it commits at once; the run id it writes is the claim's token (see saveAnalyses).
 */
async function claimQueuedPg(db: PgDb, limit: number, run: number | null): Promise<ClaimedArticle[]> {
  const a = pgSchema.articles;
  const picked = db.select({ id: a.id }).from(a).where(eq(a.status, 'queued')).orderBy(a.id).limit(limit).for('update', { skipLocked: true });
  return db
    .update(a)
    .set({ status: 'processing', claimedBy: run })
    .where(inArray(a.id, picked))
    .returning({ id: a.id, text: a.text, lang: a.lang, publishedAt: a.publishedAt, source: a.source, title: a.title, attempts: a.attempts });
}

export async function getArticle(db: Db, id: string): Promise<Article | undefined> {
  const { articles } = tables(db);
  const [row] = await query(db).select().from(articles).where(eq(articles.id, id)).limit(1);
  return row;
}

export async function sourcesOf(db: Db, id: string) {
  const { articleSources } = tables(db);
  return query(db).select().from(articleSources).where(eq(articleSources.articleId, id));
}

/** Streams rows page by page (keyset on a key that grows), so a million rows never sit in memory at once. */
export async function* inPages<T, K extends number | string>(
  fetch: (after: K | undefined, pageSize: number) => Promise<Array<T & { rowid: K }>>,
  limit = Infinity,
): AsyncGenerator<T> {
  let after: K | undefined;
  let left = limit;
  while (left > 0) {
    const page = await fetch(after, Math.min(1000, left));
    for (const row of page) yield row as T;
    if (page.length === 0) return;
    after = page[page.length - 1].rowid;
    left -= page.length;
  }
}

/** Articles in ingest order (by id on PostgreSQL, which keeps no insertion order), streamed. */
export function iterateArticles(db: Db, limit?: number): AsyncGenerator<Article> {
  const { articles } = tables(db);
  // SQLite's rowid is the order of ingest; PostgreSQL has none, so its listing runs by id.
  const key = isPostgres(db) ? sql<string>`${articles.id}` : sql<number>`${articles}.rowid`;
  return inPages<Article, number | string>(
    (after, size) =>
      query(db)
        .select({ ...getTableColumns(articles), rowid: key })
        .from(articles)
        .where(after === undefined ? undefined : sql`${key} > ${after}`)
        .orderBy(key)
        .limit(size),
    limit,
  );
}

function isRetryable(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    // deadlock_detected, serialization_failure
    if (code === '40P01' || code === '40001') return true;
  }
  return false;
}

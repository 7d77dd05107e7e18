import { and, eq, getTableColumns, gte, inArray, isNotNull, not, or, sql } from 'drizzle-orm';
import { clusterId } from '../trends/clusters.js';
import type { Db } from './handle.js';
import { type Article, analyses, articleSources, articles, type NewArticle, stances } from './schema.js';
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

function prepareStatements(db: Db) {
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
const statements = new WeakMap<Db, ReturnType<typeof prepareStatements>>();

/**
 * Inserts new articles in one transaction. A known text adds its source to the article it
 * duplicates, and fills what that article lacks (title, date, language, source, URL) without
 * replacing anything it has; its stance records take the new date and source.
 */
export function storeArticles(db: Db, batch: ArticleToStore[]): StoreOutcome[] {
  let st = statements.get(db);
  if (!st) statements.set(db, (st = prepareStatements(db)));
  const { byHash, byId, insertArticle, insertSource, enrich, refreshStances } = st;
  return writeTransaction(db, () =>
    batch.map((article): StoreOutcome => {
      const source = {
        source: article.source ?? '',
        url: article.url ?? '',
        inputId: article.idGiven ? article.id : null,
        file: article.originFile ?? null,
        line: article.originLine ?? null,
      };
      const same = byHash.get({ hash: article.contentHash });
      if (same) {
        insertSource.run({ articleId: same.id, ...source });
        const filled = enrich.get({
          id: same.id,
          title: article.title ?? null,
          publishedAt: article.publishedAt ?? null,
          lang: article.lang ?? null,
          source: article.source ?? null,
          url: article.url ?? null,
        });
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
      insertArticle.run({
        id,
        contentHash: article.contentHash,
        title: article.title ?? null,
        text: article.text,
        lang: article.lang ?? null,
        publishedAt: article.publishedAt ?? null,
        source: article.source ?? null,
        url: article.url ?? null,
        originFile: article.originFile ?? null,
        originLine: article.originLine ?? null,
      });
      insertSource.run({ articleId: id, ...source });
      return { kind: 'inserted', id };
    }),
  );
}

/** Articles left `processing` by runs that are gone (any run but `liveRuns`) go back to the queue. */
export function requeueInterrupted(db: Db, liveRuns: number[]): number {
  const heldByLive = liveRuns.length > 0 ? and(isNotNull(articles.claimedBy), inArray(articles.claimedBy, liveRuns)) : undefined;
  return db
    .update(articles)
    .set({ status: 'queued', claimedBy: null })
    .where(and(eq(articles.status, 'processing'), heldByLive ? not(heldByLive) : undefined))
    .run().changes;
}

/** A run gives back the articles it holds (it stops early): they are queued again, attempts unchanged. */
export function releaseClaims(db: Db, run: number): number {
  return db
    .update(articles)
    .set({ status: 'queued', claimedBy: null })
    .where(and(eq(articles.status, 'processing'), eq(articles.claimedBy, run)))
    .run().changes;
}

/** Articles that another scorer finished but `scorer` has not seen are queued for it. */
export function queueForScorer(db: Db, scorer: string, retryFailed: boolean): number {
  const missing = sql`not exists (select 1 from ${analyses} where ${analyses.articleId} = ${articles.id} and ${analyses.scorer} = ${scorer})`;
  const statuses = retryFailed ? (['done', 'failed'] as const) : (['done'] as const);
  return db
    .update(articles)
    .set({ status: 'queued', attempts: 0, lastError: null })
    .where(and(inArray(articles.status, [...statuses]), missing))
    .run().changes;
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
export function queueForReanalysis(db: Db, scorer: string, cutoff: string, scope: ReanalysisScope): number {
  const redone = sql`exists (select 1 from ${analyses} where ${analyses.articleId} = ${articles.id} and ${analyses.scorer} = ${scorer} and ${analyses.finishedAt} > ${cutoff})`;
  const where = [inArray(articles.status, ['done', 'failed']), sql`not ${redone}`];
  if (scope.since) where.push(gte(articles.publishedAt, scope.since));
  if (scope.ids) {
    if (scope.ids.length === 0) return 0;
    where.push(inArray(articles.id, [...scope.ids]));
  }
  return db
    .update(articles)
    .set({ status: 'queued', attempts: 0, lastError: null })
    .where(and(...where))
    .run().changes;
}

export function countByStatus(db: Db): Record<string, number> {
  const rows = db.select({ status: articles.status, n: sql<number>`count(*)` }).from(articles).groupBy(articles.status).all();
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

export type ClaimedArticle = Pick<Article, 'id' | 'text' | 'lang' | 'publishedAt' | 'source' | 'title' | 'attempts'>;

/** Marks up to `limit` queued articles as processing by `run` and returns them: nothing is claimed twice. */
export function claimQueued(db: Db, limit: number, run: number | null = null): ClaimedArticle[] {
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
    return tx
      .update(articles)
      .set({ status: 'processing', claimedBy: run })
      .where(inArray(articles.id, ids))
      .returning({
        id: articles.id,
        text: articles.text,
        lang: articles.lang,
        publishedAt: articles.publishedAt,
        source: articles.source,
        title: articles.title,
        attempts: articles.attempts,
      })
      .all();
  });
}

export function getArticle(db: Db, id: string): Article | undefined {
  return db.select().from(articles).where(eq(articles.id, id)).get();
}

export function sourcesOf(db: Db, id: string) {
  return db.select().from(articleSources).where(eq(articleSources.articleId, id)).all();
}

/** Streams rows page by page (keyset on rowid), so a million rows never sit in memory at once. */
export function* inPages<T>(fetch: (afterRowid: number, pageSize: number) => Array<T & { rowid: number }>, limit = Infinity): Generator<T> {
  let after = 0;
  let left = limit;
  while (left > 0) {
    const page = fetch(after, Math.min(1000, left));
    for (const row of page) yield row;
    if (page.length === 0) return;
    after = page[page.length - 1].rowid;
    left -= page.length;
  }
}

/** Articles in ingest order, streamed. */
export function iterateArticles(db: Db, limit?: number): Generator<Article> {
  return inPages(
    (after, size) =>
      db
        .select({ ...getTableColumns(articles), rowid: sql<number>`${articles}.rowid` })
        .from(articles)
        .where(sql`${articles}.rowid > ${after}`)
        .orderBy(sql`${articles}.rowid`)
        .limit(size)
        .all(),
    limit,
  );
}

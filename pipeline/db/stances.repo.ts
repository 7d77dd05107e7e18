import { and, eq, getTableColumns, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { ScorerIdentity } from '../../models/scorer.js';
import type { RecordProvenance } from '../provenance.js';
import type { ArticleStance } from '../stages/aggregate.js';
import { clusterId } from '../trends/clusters.js';
import { inPages } from './articles.repo.js';
import type { Db } from './handle.js';
import { analyses, articles, type Stance, stances } from './schema.js';
import { writeTransaction } from './transaction.js';

export interface AnalysedArticle {
  id: string;
  lang: string;
  stances: ArticleStance[];
}

function prepareStatements(db: Db) {
  const p = (name: string) => sql.placeholder(name);
  return {
    article: db
      .select({ publishedAt: articles.publishedAt, source: articles.source, title: articles.title })
      .from(articles)
      .where(eq(articles.id, p('id')))
      .prepare(),
    clear: db
      .delete(stances)
      .where(and(eq(stances.articleId, p('id')), eq(stances.scorer, p('scorer'))))
      .prepare(),
    insert: db
      .insert(stances)
      .values({
        articleId: p('articleId'),
        actor: p('actor'),
        topic: p('topic'),
        score: p('score'),
        label: p('label'),
        confidence: p('confidence'),
        evidence: p('evidence'),
        scorer: p('scorer'),
        model: p('model'),
        modelVersion: p('modelVersion'),
        publishedAt: p('publishedAt'),
        source: p('source'),
        lang: p('lang'),
        cluster: p('cluster'),
        topicHash: p('topicHash'),
        toolVersion: p('toolVersion'),
        lexiconVersion: p('lexiconVersion'),
        gazetteerVersion: p('gazetteerVersion'),
      })
      .prepare(),
    finished: db
      .insert(analyses)
      .values({ articleId: p('id'), scorer: p('scorer'), records: p('records') })
      .onConflictDoUpdate({ target: [analyses.articleId, analyses.scorer], set: { records: sql`excluded.records`, finishedAt: sql`excluded.finished_at` } })
      .prepare(),
    done: db
      .update(articles)
      .set({ status: 'done', lang: sql`${p('lang')}`, lastError: null })
      .where(eq(articles.id, p('id')))
      .prepare(),
  };
}

// Built once per database: building Drizzle queries per row costs more than running them.
const statements = new WeakMap<Db, ReturnType<typeof prepareStatements>>();

/**
 * Stores a batch of analysed articles in one transaction: a scorer's earlier records for these
 * articles are replaced (re-analysis is idempotent), other scorers' records stay beside them, and
 * each article is marked done for this scorer. `provenance` says what else made the records.
 */
export function saveAnalyses(db: Db, scorer: ScorerIdentity, batch: AnalysedArticle[], provenance?: RecordProvenance): number {
  if (batch.length === 0) return 0;
  let st = statements.get(db);
  if (!st) statements.set(db, (st = prepareStatements(db)));
  const { article: articleOf, clear, insert, finished, done } = st;
  return writeTransaction(db, () => {
    let written = 0;
    for (const result of batch) {
      const article = articleOf.get({ id: result.id });
      if (!article) continue;
      clear.run({ id: result.id, scorer: scorer.id });
      const cluster = clusterId(result.id, article.title, article.publishedAt);
      for (const s of result.stances) {
        insert.run({
          articleId: result.id,
          actor: s.actor,
          topic: s.topic,
          score: s.score,
          label: s.label,
          confidence: s.confidence,
          evidence: s.evidence,
          scorer: scorer.id,
          model: scorer.model,
          modelVersion: scorer.modelVersion,
          publishedAt: article.publishedAt,
          source: article.source,
          lang: result.lang,
          cluster,
          topicHash: provenance?.topicHashes[s.topic] ?? null,
          toolVersion: provenance?.toolVersion ?? null,
          lexiconVersion: provenance?.lexiconVersion ?? null,
          gazetteerVersion: provenance?.gazetteerVersion ?? null,
        });
        written++;
      }
      finished.run({ id: result.id, scorer: scorer.id, records: result.stances.length });
      done.run({ id: result.id, lang: result.lang });
    }
    return written;
  });
}

/** An analysis that failed: back to the queue for another attempt, or failed for good. */
export function recordFailure(db: Db, ids: string[], error: string, retry: boolean): void {
  if (ids.length === 0) return;
  db.update(articles)
    .set({ status: retry ? 'queued' : 'failed', attempts: sql`${articles.attempts} + 1`, lastError: error.slice(0, 2000) })
    .where(inArray(articles.id, ids))
    .run();
}

export interface StanceListFilter {
  topic?: string;
  actor?: string;
  scorer?: string;
  articleId?: string;
}

function conditions(filter: StanceListFilter): SQL | undefined {
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
export function iterateStancesWithArticles(db: Db, filter: StanceListFilter, limit?: number): Generator<StanceWithArticle> {
  const where = conditions(filter);
  return inPages(
    (after, size) =>
      db
        .select({ ...getTableColumns(stances), title: articles.title, url: articles.url, rowid: stances.id })
        .from(stances)
        .innerJoin(articles, eq(articles.id, stances.articleId))
        .where(and(sql`${stances.id} > ${after}`, where))
        .orderBy(stances.id)
        .limit(size)
        .all(),
    limit,
  );
}

/** Matching records in storage order, streamed page by page. */
export function iterateStances(db: Db, filter: StanceListFilter, limit?: number): Generator<Stance> {
  const where = conditions(filter);
  return inPages(
    (after, size) =>
      db
        .select({ ...getTableColumns(stances), rowid: stances.id })
        .from(stances)
        .where(and(sql`${stances.id} > ${after}`, where))
        .orderBy(stances.id)
        .limit(size)
        .all(),
    limit,
  );
}

export function stancesOfArticle(db: Db, articleId: string): Stance[] {
  return db.select().from(stances).where(eq(stances.articleId, articleId)).orderBy(stances.topic, stances.actor, stances.scorer).all();
}

/** Articles with records on `topic` (of `scorer`, or of any scorer). */
export function articlesWithRecords(db: Db, topic: string, scorer?: string): string[] {
  return db
    .selectDistinct({ id: stances.articleId })
    .from(stances)
    .where(and(eq(stances.topic, topic), scorer ? eq(stances.scorer, scorer) : undefined))
    .all()
    .map((r) => r.id);
}

export function countStances(db: Db): number {
  return db.select({ n: sql<number>`count(*)` }).from(stances).get()?.n ?? 0;
}

/**
 * Gives records stored before clusters were kept their article's cluster: a data step that SQL
 * cannot express (titles are normalised in code), run once after the migration adding the column.
 */
export function fillMissingClusters(db: Db): number {
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

import { sql } from 'drizzle-orm';
import { bigint, doublePrecision, index, integer, json, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import type { EvidenceSpan } from '../stages/aggregate.js';
import { ARTICLE_STATUSES, ROLLUP_SPANS } from './schema.js';

/*
 * The PostgreSQL twin of `schema.ts`: the same tables, columns and row types (checked at compile
 * time in `schema-check.ts`), so one repository query serves both stores. drizzle-kit reads this
 * file to generate `migrations-pg/`. Column types keep the SQLite values exactly: timestamps are
 * ISO 8601 text, as SQLite stores them; scores are double precision (SQLite's REAL is 8 bytes, a
 * PostgreSQL `real` is 4 and would round them); JSON is `json`, which keeps the text as written
 * (`jsonb` reorders keys).
 */

const now = sql`(to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`;

export const articles = pgTable(
  'articles',
  {
    id: text('id').primaryKey(),
    contentHash: text('content_hash').notNull(),
    title: text('title'),
    text: text('text').notNull(),
    lang: text('lang'),
    publishedAt: text('published_at'),
    source: text('source'),
    url: text('url'),
    originFile: text('origin_file'),
    originLine: integer('origin_line'),
    ingestedAt: text('ingested_at').notNull().default(now),
    status: text('status', { enum: ARTICLE_STATUSES }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    claimedBy: integer('claimed_by'),
  },
  (t) => [
    uniqueIndex('articles_content_hash_idx').on(t.contentHash),
    index('articles_status_idx').on(t.status),
    index('articles_published_at_idx').on(t.publishedAt),
    // What workers claim from: only the queued rows, so a claim never walks the finished millions.
    index('articles_queued_idx').on(t.id).where(sql`${t.status} = 'queued'`),
  ],
);

export const articleSources = pgTable(
  'article_sources',
  {
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    source: text('source').notNull().default(''),
    url: text('url').notNull().default(''),
    inputId: text('input_id'),
    file: text('file'),
    line: integer('line'),
    seenAt: text('seen_at').notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.source, t.url] })],
);

export const stances = pgTable(
  'stances',
  {
    /** Archives of tens of millions of articles may pass 2^31 records. */
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    actor: text('actor').notNull(),
    topic: text('topic').notNull(),
    score: doublePrecision('score').notNull(),
    label: text('label', { enum: ['oppose', 'neutral', 'support'] }).notNull(),
    confidence: doublePrecision('confidence').notNull(),
    evidence: json('evidence').$type<EvidenceSpan[]>().notNull(),
    scorer: text('scorer').notNull(),
    model: text('model').notNull(),
    modelVersion: text('model_version').notNull(),
    publishedAt: text('published_at'),
    source: text('source'),
    lang: text('lang'),
    /** 48-bit cluster hashes (`pipeline/trends/clusters.ts`) overflow `integer`. */
    cluster: bigint('cluster', { mode: 'number' }),
    topicHash: text('topic_hash'),
    toolVersion: text('tool_version'),
    lexiconVersion: text('lexicon_version'),
    gazetteerVersion: text('gazetteer_version'),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [
    uniqueIndex('stances_unique_idx').on(t.articleId, t.actor, t.topic, t.scorer),
    index('stances_trend_cover_idx').on(t.topic, t.actor, t.publishedAt, t.articleId, t.score, t.confidence, t.scorer, t.source, t.lang, t.cluster),
  ],
);

export const analyses = pgTable(
  'analyses',
  {
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    scorer: text('scorer').notNull(),
    records: integer('records').notNull(),
    finishedAt: text('finished_at').notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.scorer] })],
);

export const topics = pgTable('topics', {
  id: text('id').primaryKey(),
  definition: json('definition').$type<Record<string, unknown>>().notNull(),
  createdAt: text('created_at').notNull().default(now),
});

export const customActors = pgTable('custom_actors', {
  code: text('code').primaryKey(),
  definition: json('definition').$type<Record<string, unknown>>().notNull(),
  createdAt: text('created_at').notNull().default(now),
});

export const customPeople = pgTable(
  'custom_people',
  {
    actor: text('actor').notNull(),
    person: text('person').notNull(),
    from: text('from').notNull(),
    definition: json('definition').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.actor, t.person, t.from] })],
);

export const runs = pgTable('runs', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  command: text('command').notNull(),
  scorer: text('scorer'),
  status: text('status', { enum: ['running', 'finished', 'failed', 'interrupted'] }).notNull(),
  startedAt: text('started_at').notNull().default(now),
  finishedAt: text('finished_at'),
  stats: json('stats').$type<Record<string, unknown>>(),
  pid: integer('pid'),
  host: text('host'),
  heartbeatAt: text('heartbeat_at'),
});

export const nliCache = pgTable('nli_cache', {
  key: text('key').primaryKey(),
  entailment: doublePrecision('entailment').notNull(),
  neutral: doublePrecision('neutral').notNull(),
  contradiction: doublePrecision('contradiction').notNull(),
});

/** The trend rollup: see `schema.ts`. */
export const trendRollup = pgTable(
  'trend_rollup',
  {
    topic: text('topic').notNull(),
    scorer: text('scorer').notNull(),
    span: text('span', { enum: ROLLUP_SPANS }).notNull(),
    actor: text('actor').notNull(),
    start: text('start').notNull(),
    records: integer('records').notNull(),
    n: integer('n').notNull(),
    w1: doublePrecision('w1').notNull(),
    w2: doublePrecision('w2').notNull(),
    wx: doublePrecision('wx').notNull(),
    wx2: doublePrecision('wx2').notNull(),
    x1: doublePrecision('x1').notNull(),
    x2: doublePrecision('x2').notNull(),
    sources: text('sources').notNull(),
  },
  (t) => [primaryKey({ columns: [t.topic, t.scorer, t.span, t.actor, t.start] })],
);

export const trendShared = pgTable(
  'trend_shared',
  {
    topic: text('topic').notNull(),
    scorer: text('scorer').notNull(),
    actorA: text('actor_a').notNull(),
    actorB: text('actor_b').notNull(),
    day: text('day').notNull(),
    articleId: text('article_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.topic, t.scorer, t.actorA, t.actorB, t.day, t.articleId] }), index('trend_shared_article_idx').on(t.articleId)],
);

export const trendDirty = pgTable(
  'trend_dirty',
  {
    articleId: text('article_id').notNull(),
    topic: text('topic').notNull(),
    actor: text('actor').notNull(),
    scorer: text('scorer').notNull(),
    day: text('day').notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.topic, t.actor, t.scorer, t.day] })],
);

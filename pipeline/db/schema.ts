import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { EvidenceSpan } from '../stages/aggregate.js';

/** Every table of the database. drizzle-kit reads this file to generate `migrations/`. */

export const ARTICLE_STATUSES = ['queued', 'processing', 'done', 'failed'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export const articles = sqliteTable(
  'articles',
  {
    /** The input's own id when it has one, so results join back to the user's archive. */
    id: text('id').primaryKey(),
    /** sha256 of the normalised cleaned text: the same text never lands twice. */
    contentHash: text('content_hash').notNull(),
    title: text('title'),
    /** The cleaned text; evidence offsets point into it. */
    text: text('text').notNull(),
    lang: text('lang'),
    /** UTC, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS.sssZ`: both sort and compare as text. */
    publishedAt: text('published_at'),
    source: text('source'),
    url: text('url'),
    originFile: text('origin_file'),
    originLine: integer('origin_line'),
    ingestedAt: text('ingested_at').notNull().default(now),
    status: text('status', { enum: ARTICLE_STATUSES }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    /** The run (`runs.id`) holding the article while it is `processing`: another run leaves it alone while that run lives. */
    claimedBy: integer('claimed_by'),
  },
  (t) => [
    uniqueIndex('articles_content_hash_idx').on(t.contentHash),
    index('articles_status_idx').on(t.status),
    index('articles_published_at_idx').on(t.publishedAt),
  ],
);

/** Every place an article's text was seen: the first and any later copies from other sources. */
export const articleSources = sqliteTable(
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

export const stances = sqliteTable(
  'stances',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    actor: text('actor').notNull(),
    topic: text('topic').notNull(),
    score: real('score').notNull(),
    label: text('label', { enum: ['oppose', 'neutral', 'support'] }).notNull(),
    confidence: real('confidence').notNull(),
    evidence: text('evidence', { mode: 'json' }).$type<EvidenceSpan[]>().notNull(),
    /** Which scorer made the record (`lexicon`, `nli:<model>`, …): records of different scorers sit side by side. */
    scorer: text('scorer').notNull(),
    model: text('model').notNull(),
    modelVersion: text('model_version').notNull(),
    /** Copied from the article so trend queries never join: they filter and group on this table alone. */
    publishedAt: text('published_at'),
    source: text('source'),
    lang: text('lang'),
    /** The article's duplicate cluster (`pipeline/clusters.ts`): syndicated copies share it. */
    cluster: integer('cluster'),
    /**
     * Provenance: what made the record besides the scorer. Null on records stored before it was
     * kept. The topic hash names the definition the record was scored against, so a changed
     * topic shows which records predate the change (`pipeline/provenance.ts`).
     */
    topicHash: text('topic_hash'),
    toolVersion: text('tool_version'),
    lexiconVersion: text('lexicon_version'),
    gazetteerVersion: text('gazetteer_version'),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [
    uniqueIndex('stances_unique_idx').on(t.articleId, t.actor, t.topic, t.scorer),
    /** Covers the trend and compare reads, so they never touch the table rows; its prefix serves (topic, actor, date) lookups. */
    index('stances_trend_cover_idx').on(t.topic, t.actor, t.publishedAt, t.articleId, t.score, t.confidence, t.scorer, t.source, t.lang, t.cluster),
  ],
);

/** Which scorers have finished with which article, so a second scorer adds its records beside the first. */
export const analyses = sqliteTable(
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

/** Researchers' own topics; the built-in catalogue lives in `pipeline/data/topics.json`. */
export const topics = sqliteTable('topics', {
  id: text('id').primaryKey(),
  definition: text('definition', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  createdAt: text('created_at').notNull().default(now),
});

/** Researchers' own actors (organisations and groupings), validated by `pipeline/data/custom-actors.ts`. */
export const customActors = sqliteTable('custom_actors', {
  code: text('code').primaryKey(),
  definition: text('definition', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  createdAt: text('created_at').notNull().default(now),
});

/** Researchers' own office holders, of their actors or of the gazetteer's; one row per person and period. */
export const customPeople = sqliteTable(
  'custom_people',
  {
    actor: text('actor').notNull(),
    person: text('person').notNull(),
    from: text('from').notNull(),
    definition: text('definition', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.actor, t.person, t.from] })],
);

export const runs = sqliteTable('runs', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  command: text('command').notNull(),
  scorer: text('scorer'),
  status: text('status', { enum: ['running', 'finished', 'failed', 'interrupted'] }).notNull(),
  startedAt: text('started_at').notNull().default(now),
  finishedAt: text('finished_at'),
  stats: text('stats', { mode: 'json' }).$type<Record<string, unknown>>(),
  /** The process running it, and when it last said it was alive: a run whose process is gone was interrupted. */
  pid: integer('pid'),
  host: text('host'),
  heartbeatAt: text('heartbeat_at'),
});

/** NLI probabilities by `pairKey(model, version, premise, hypothesis)`: a re-run skips inference. */
export const nliCache = sqliteTable('nli_cache', {
  key: text('key').primaryKey(),
  entailment: real('entailment').notNull(),
  neutral: real('neutral').notNull(),
  contradiction: real('contradiction').notNull(),
});

/** The spans the trend rollup keeps: a row covers one UTC day, one calendar month or one year. */
export const ROLLUP_SPANS = ['day', 'month', 'year'] as const;
export type RollupSpan = (typeof ROLLUP_SPANS)[number];

/**
 * The trend rollup (`pipeline/db/rollup.repo.ts`): per topic, scorer, actor and span (a day, a
 * month, a year starting at `start`), the sums the trend statistics need over the duplicate-
 * cluster observations of its records (`pipeline/trends/trend-stats.ts`). A cluster never spans
 * two days (its key holds the day), so the sums of a longer span are the sums of its days.
 */
export const trendRollup = sqliteTable(
  'trend_rollup',
  {
    topic: text('topic').notNull(),
    scorer: text('scorer').notNull(),
    span: text('span', { enum: ROLLUP_SPANS }).notNull(),
    actor: text('actor').notNull(),
    /** The span's first day, `YYYY-MM-DD`. */
    start: text('start').notNull(),
    records: integer('records').notNull(),
    /** Observations (duplicate clusters) and their sums: see `Moments`. */
    n: integer('n').notNull(),
    w1: real('w1').notNull(),
    w2: real('w2').notNull(),
    wx: real('wx').notNull(),
    wx2: real('wx2').notNull(),
    x1: real('x1').notNull(),
    x2: real('x2').notNull(),
    /** The distinct sources of the span's records, a JSON array: counts of distinct sources do not add up across spans. */
    sources: text('sources').notNull(),
  },
  (t) => [primaryKey({ columns: [t.topic, t.scorer, t.span, t.actor, t.start] })],
);

/**
 * Articles with records for two or more actors on a topic (one row per pair of actors): what a
 * trend's overall article count subtracts, as an article naming three requested actors is one
 * article, not three.
 */
export const trendShared = sqliteTable(
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

/**
 * Records written since the rollup was last brought up to date, marked by triggers on `stances`
 * (every write path, cascades included; the analysis save marks its own inserts, rollup-append.ts). Trend reads that find a topic here take the exact path.
 */
export const trendDirty = sqliteTable(
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

export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;
export type Stance = typeof stances.$inferSelect;
export type NewStance = typeof stances.$inferInsert;
export type Run = typeof runs.$inferSelect;

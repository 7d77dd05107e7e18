import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createApp } from '../../../api/app.js';
import type { AppDeps } from '../../../api/deps.js';
import type { ActorInfo } from '../../../pipeline/data/gazetteer.js';
import { builtinCatalogue } from '../../../pipeline/data/topic-catalogue.js';
import { openSqlite } from '../../../pipeline/db/client.js';
import { type Db, query, type SqliteHandle, tables } from '../../../pipeline/db/handle.js';
import { articles, stances } from '../../../pipeline/db/schema.js';
import { clusterId } from '../../../pipeline/trends/clusters.js';

export const ACTORS: ActorInfo[] = [
  { code: 'RU', kind: 'country', name: 'Russia', names: { en: 'Russia', ru: 'Россия' } },
  { code: 'CN', kind: 'country', name: 'China', names: { en: 'China', zh: '中国' } },
  { code: 'TR', kind: 'country', name: 'Turkey', names: { en: 'Turkey' } },
  { code: 'NATO', kind: 'organisation', name: 'NATO', names: { en: 'NATO' } },
];

export interface FixtureStance {
  article: string;
  actor: string;
  score: number;
  confidence: number;
  scorer?: string;
  topic?: string;
}

export interface FixtureArticle {
  id: string;
  title: string | null;
  publishedAt: string;
  source: string;
  lang?: string;
}

/**
 * RU on nato-expansion, month by month in 2022 (hand-computed in the tests):
 * January: a1 (-0.8 @ 0.9) and a2 (lexicon -0.4 @ 0.5, nli -0.6 @ 0.8: nli wins);
 * February: nothing; March: a3 and a4, one syndicated story (same title, same day) from two
 * sources (-1.0 @ 1.0 and -0.5 @ 0.5). CN: a5 (+0.2 @ 0.6) in January.
 */
export const SAMPLE_ARTICLES: FixtureArticle[] = [
  { id: 'a1', title: 'Moscow condemns alliance plans', publishedAt: '2022-01-10', source: 'Ledger' },
  { id: 'a2', title: 'Lavrov speaks on security guarantees', publishedAt: '2022-01-20T09:30:00.000Z', source: 'Courier' },
  { id: 'a3', title: 'Kremlin warns against NATO enlargement', publishedAt: '2022-03-05', source: 'Ledger' },
  { id: 'a4', title: 'Kremlin warns against NATO enlargement!', publishedAt: '2022-03-05T18:00:00.000Z', source: 'Wire Daily', lang: 'ru' },
  { id: 'a5', title: 'Beijing comments on Europe', publishedAt: '2022-01-15', source: 'Ledger' },
];

export const SAMPLE_STANCES: FixtureStance[] = [
  { article: 'a1', actor: 'RU', score: -0.8, confidence: 0.9 },
  { article: 'a2', actor: 'RU', score: -0.4, confidence: 0.5 },
  { article: 'a2', actor: 'RU', score: -0.6, confidence: 0.8, scorer: 'nli:tiny' },
  { article: 'a3', actor: 'RU', score: -1.0, confidence: 1.0 },
  { article: 'a4', actor: 'RU', score: -0.5, confidence: 0.5 },
  { article: 'a5', actor: 'CN', score: 0.2, confidence: 0.6 },
];

export interface Fixture {
  handle: SqliteHandle;
  app: OpenAPIHono;
  deps: AppDeps;
  cleanup(): void;
}

/** The stored article row of a sample article. */
function articleRowOf(a: FixtureArticle) {
  return {
    id: a.id,
    contentHash: `hash-${a.id}`,
    title: a.title,
    text: `text of ${a.id}`,
    lang: a.lang ?? 'en',
    publishedAt: a.publishedAt,
    source: a.source,
    url: `https://news.example/${a.id}`,
    status: 'done' as const,
  };
}

/** The stored stance row of a sample record, with what it copies from its article. */
function stanceRowOf(s: FixtureStance, article: FixtureArticle) {
  const label = s.score < -0.2 ? ('oppose' as const) : s.score > 0.2 ? ('support' as const) : ('neutral' as const);
  return {
    articleId: s.article,
    actor: s.actor,
    topic: s.topic ?? 'nato-expansion',
    score: s.score,
    label,
    confidence: s.confidence,
    evidence: [{ sentence: `${s.actor} said something about NATO.`, start: 0, end: 30, score: s.score, confidence: s.confidence }],
    scorer: s.scorer ?? 'lexicon',
    model: s.scorer ? 'tiny' : 'lexicon',
    modelVersion: '1',
    publishedAt: article.publishedAt,
    source: article.source,
    lang: article.lang ?? 'en',
    cluster: clusterId(s.article, article.title, article.publishedAt),
  };
}

export function insertSample(handle: SqliteHandle, list: FixtureArticle[], records: FixtureStance[]): void {
  const byId = new Map(list.map((a) => [a.id, a]));
  handle.db.insert(articles).values(list.map(articleRowOf)).run();
  handle.db
    .insert(stances)
    .values(records.map((s) => stanceRowOf(s, byId.get(s.article)!)))
    .run();
}

/** A fresh migrated SQLite file holding the sample, and the app over it. */
export function createFixture(options: Partial<AppDeps> = {}): Fixture {
  const dir = mkdtempSync(join(tmpdir(), 'stance-api-'));
  const handle = openSqlite(join(dir, 'test.db'));
  insertSample(handle, SAMPLE_ARTICLES, SAMPLE_STANCES);
  const deps: AppDeps = { db: handle.db, topics: builtinCatalogue, actors: () => ACTORS, ...options };
  return {
    handle,
    app: createApp(deps),
    deps,
    cleanup: () => {
      handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The sample written through the shared query builder, so one fixture serves both stores. */
export async function storeSample(db: Db, list: FixtureArticle[] = SAMPLE_ARTICLES, records: FixtureStance[] = SAMPLE_STANCES): Promise<void> {
  const { articles, stances } = tables(db);
  const byId = new Map(list.map((a) => [a.id, a]));
  await query(db).insert(articles).values(list.map(articleRowOf));
  await query(db)
    .insert(stances)
    .values(records.map((s) => stanceRowOf(s, byId.get(s.article)!)));
}

import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../api/app.js';
import { builtinCatalogue } from '../../../pipeline/data/topic-catalogue.js';
import { actorCounts, compareMoments, dataSpan, scorerRank, stancePage, topicCounts, topicFacets, trendRows } from '../../../pipeline/db/trends.repo.js';
import { PG_SKIP, PG_URL } from '../../pg-helpers.js';
import { ACTORS, storeSample } from '../trends/trend-fixture.js';
import { describeStores, type StoreName } from './stores.js';

/** What the API answered on each store, compared at the end: the statistics must agree to the digit. */
const answers = new Map<StoreName, unknown[]>();

const API_PATHS = [
  '/v1/trends?topic=nato-expansion&actors=RU,CN&bucket=month&from=2022-01-01&to=2022-03-31',
  '/v1/trends?topic=nato-expansion&actors=RU&bucket=week&smooth=2&min_confidence=0.55',
  '/v1/trends?topic=nato-expansion&actors=RU,CN&bucket=month&group_by=source_country',
  '/v1/compare?topic=nato-expansion',
  '/v1/compare?topic=nato-expansion&scorer=lexicon&from=2022-01-01&to=2022-02-28',
  '/v1/stances?topic=nato-expansion&limit=3',
  '/v1/facets?topic=nato-expansion',
];

describe('scorer ranks', () => {
  it('ranks scorers: ensemble, nli, others, lexicon', () => {
    expect(['lexicon', 'custom', 'nli:x', 'ensemble:y'].sort((a, b) => scorerRank(a) - scorerRank(b))).toEqual(['ensemble:y', 'nli:x', 'custom', 'lexicon']);
  });
});

describeStores('trend reads', (ctx) => {
  const db = () => ctx.handle.db;
  beforeAll(() => storeSample(ctx.handle.db));

  it('keeps the best scorer per article, ordered by actor and date', async () => {
    const rows = await trendRows(db(), { topic: 'nato-expansion', actors: ['RU'] });
    expect(rows.map((r) => [r.articleId, r.scorer])).toEqual([
      ['a1', 'lexicon'],
      ['a2', 'nli:tiny'],
      ['a3', 'lexicon'],
      ['a4', 'lexicon'],
    ]);
  });

  it('carries the duplicate cluster of each article: the syndicated pair shares one', async () => {
    const rows = await trendRows(db(), { topic: 'nato-expansion', actors: ['RU'] });
    const cluster = (id: string) => rows.find((r) => r.articleId === id)!.cluster;
    expect(cluster('a3')).toBe(cluster('a4'));
    expect(typeof cluster('a1')).toBe('number');
    expect(new Set(['a1', 'a2', 'a3'].map(cluster)).size).toBe(3);
  });

  it('applies min_confidence after choosing the best record', async () => {
    // a2's nli record (0.8) is chosen and survives 0.75; its lexicon record (0.5) never shows.
    const rows = await trendRows(db(), { topic: 'nato-expansion', actors: ['RU'], minConfidence: 0.75 });
    expect(rows.map((r) => r.articleId)).toEqual(['a1', 'a2', 'a3']);
    const lexicon = await trendRows(db(), { topic: 'nato-expansion', actors: ['RU'], scorer: 'lexicon', minConfidence: 0.45 });
    expect(lexicon.map((r) => r.articleId)).toEqual(['a1', 'a2', 'a3', 'a4']);
  });

  it('includes the whole last day when it is given as a date', async () => {
    const rows = await trendRows(db(), { topic: 'nato-expansion', actors: ['RU'], from: '2022-01-20', to: '2022-03-05' });
    expect(rows.map((r) => r.articleId)).toEqual(['a2', 'a3', 'a4']);
  });

  it('finds the data span and the counts', async () => {
    expect(await dataSpan(db(), 'nato-expansion', ['RU', 'CN'])).toEqual({ from: '2022-01-10', to: '2022-03-05' });
    expect(await dataSpan(db(), 'aukus', ['RU'])).toBeNull();
    expect((await actorCounts(db())).find((c) => c.key === 'RU')).toEqual({ key: 'RU', n_records: 5, n_articles: 4 });
    expect(await topicCounts(db())).toEqual([{ key: 'nato-expansion', n_records: 6, n_articles: 5 }]);
    expect((await topicFacets(db(), 'nato-expansion')).scorers).toEqual([
      { value: 'lexicon', n_records: 5 },
      { value: 'nli:tiny', n_records: 1 },
    ]);
  });

  it('sums the compare moments per actor, one observation per duplicate cluster', async () => {
    const [cn, ru] = (await compareMoments(db(), { topic: 'nato-expansion' })).sort((x, y) => x.actor.localeCompare(y.actor));
    expect(cn).toMatchObject({ actor: 'CN', n: 1, records: 1, articles: 1, sources: 1, w1: 0.6 });
    // RU: a1, a2 (its nli record), and a3+a4 as one observation of weight 0.75.
    expect(ru).toMatchObject({ actor: 'RU', n: 3, records: 4, articles: 4, sources: 3 });
    expect(ru.w1).toBeCloseTo(0.9 + 0.8 + 0.75, 9);
    expect(ru.wx).toBeCloseTo(-0.72 - 0.48 - 0.625, 9);
  });

  it('pages stances by keyset without gaps or repeats', async () => {
    const first = await stancePage(db(), { topic: 'nato-expansion' }, { limit: 2 });
    const second = await stancePage(db(), { topic: 'nato-expansion' }, { limit: 2, cursor: first.next! });
    const third = await stancePage(db(), { topic: 'nato-expansion' }, { limit: 2, cursor: second.next! });
    const ids = [...first.items, ...second.items, ...third.items].map((s) => s.article_id);
    expect(ids).toEqual(['a1', 'a5', 'a2', 'a3', 'a4']);
    expect(third.next).toBeNull();
  });

  it('answers the trend, compare, evidence and facet requests', async () => {
    const app = createApp({ db: ctx.handle.db, topics: builtinCatalogue, actors: () => ACTORS });
    const bodies: unknown[] = [];
    for (const path of API_PATHS) {
      const response = await app.request(path);
      expect(response.status, path).toBe(200);
      bodies.push(await response.json());
    }
    answers.set(ctx.store, bodies);
  });
});

describe('both stores', () => {
  it.skipIf(!PG_URL)(`give the same trend statistics, comparisons and evidence, to the last digit${PG_URL ? '' : ` (skipped: ${PG_SKIP})`}`, () => {
    const sqlite = answers.get('sqlite');
    const postgres = answers.get('postgres');
    expect(sqlite).toBeDefined();
    expect(JSON.stringify(postgres, null, 1)).toBe(JSON.stringify(sqlite, null, 1));
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import { SourceRegistry } from '../../../pipeline/data/source-registry.js';
import { articles, stances } from '../../../pipeline/db/schema.js';
import { readParquetFile } from '../../parquet-reader.js';
import { createFixture } from '../../pipeline/trends/trend-fixture.js';

/*
 * The sample of trend-fixture.ts (hand-computed there) with a source registry: Ledger is a
 * British private outlet, Courier Chinese state media, Wire Daily is not listed. One more RU
 * record has no publication date.
 */
const registry = new SourceRegistry(
  [
    { name: 'Ledger', aliases: [], domains: ['ledger.example'], country: 'GB', kind: 'private' },
    { name: 'Courier', aliases: [], domains: [], country: 'CN', kind: 'state' },
  ],
  'test',
);
const fixture = createFixture({ sources: () => registry });
afterAll(() => fixture.cleanup());

fixture.handle.db
  .insert(articles)
  .values({ id: 'u1', contentHash: 'hash-u1', title: 'Undated', text: 'text of u1', lang: 'en', source: 'Ledger', status: 'done' })
  .run();
fixture.handle.db
  .insert(stances)
  .values({
    articleId: 'u1',
    actor: 'RU',
    topic: 'nato-expansion',
    score: -1,
    label: 'oppose',
    confidence: 1,
    evidence: [{ sentence: 'RU said something about NATO.', start: 0, end: 30, score: -1, confidence: 1, detail: { cue: 'said' } }],
    scorer: 'lexicon',
    model: 'lexicon',
    modelVersion: '1',
    publishedAt: null,
    source: 'Ledger',
    lang: 'en',
  })
  .run();

async function get(path: string) {
  const response = await fixture.app.request(path);
  return { status: response.status, type: response.headers.get('content-type') ?? '', response };
}

async function getJson(path: string) {
  const { status, response } = await get(path);
  return { status, body: (await response.json()) as any };
}

describe('trends by who reported', () => {
  it('splits each actor by source country and says what it left out', async () => {
    const { status, body } = await getJson('/v1/trends?topic=nato-expansion&actors=RU&bucket=year&from=2022-01-01&to=2022-12-31&group_by=source_country');
    expect(status).toBe(200);
    expect(body.group_by).toBe('source_country');
    expect(body.series.map((s: any) => [s.actor, s.group, s.points[0].n_records])).toEqual([
      ['RU', 'CN', 1],
      ['RU', 'GB', 2],
      ['RU', null, 1],
    ]);
    // GB: a1 (−0.8 @ 0.9) and a3 (−1 @ 1), two stories: (−0.72 − 1)/1.9.
    expect(body.series[1].points[0].mean).toBeCloseTo(-1.72 / 1.9, 6);
    // The syndicated pair a3 (Ledger) and a4 (Wire Daily) counts once in each group it is in.
    expect(body.series[2].points[0]).toMatchObject({ mean: -0.5, n_articles: 1 });
    // a2's lexicon record gives way to its nli one; u1 has no date.
    expect(body.excluded).toEqual({ no_date: 1, below_min_confidence: 0, lower_ranked_scorer: 1 });
  });

  it('filters by source country and kind, counting records of unlisted sources', async () => {
    const { body } = await getJson('/v1/trends?topic=nato-expansion&actors=RU,CN&bucket=year&from=2022-01-01&to=2022-12-31&source_kind=private');
    expect(body.series.map((s: any) => [s.actor, s.points[0].n_records])).toEqual([
      ['RU', 2],
      ['CN', 1],
    ]);
    expect(body.excluded.unregistered_source).toBe(1);
    const { body: state } = await getJson('/v1/trends?topic=nato-expansion&actors=RU&bucket=year&from=2022-01-01&to=2022-12-31&source_country=cn');
    expect(state.series[0].points[0]).toMatchObject({ mean: -0.6, n_records: 1 });
  });

  it('counts records below the confidence floor', async () => {
    const { body } = await getJson('/v1/trends?topic=nato-expansion&actors=RU&bucket=year&from=2022-01-01&to=2022-12-31&min_confidence=0.85');
    // Best records: a1 (0.9), a2 nli (0.8), a3 (1), a4 (0.5): two fall below.
    expect(body.excluded).toEqual({ no_date: 1, below_min_confidence: 2, lower_ranked_scorer: 1 });
    expect(body.series[0].points[0].n_records).toBe(2);
  });

  it('answers 400 for an unknown country code or kind', async () => {
    expect((await getJson('/v1/trends?topic=nato-expansion&actors=RU&source_country=XX')).status).toBe(400);
    const { status, body } = await getJson('/v1/compare?topic=nato-expansion&source_kind=tabloid');
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/state, public, private, agency, other/);
  });

  it('charts one line per actor and group', async () => {
    const { body } = await getJson('/v1/trends/chart?topic=nato-expansion&actors=RU&bucket=year&group_by=source_kind&format=vega');
    const lines = new Set(body.data.values.map((v: any) => v.series));
    expect([...lines].sort()).toEqual(['Russia / private media', 'Russia / state media', 'Russia / unlisted media']);
    // Each line's points link to the evidence of its own outlets.
    const state = body.data.values.find((v: any) => v.series === 'Russia / state media' && v.href);
    expect(state.href).toContain('source_kind=state');
  });
});

describe('compare by who reported', () => {
  it('groups by source kind and states exclusions', async () => {
    const { body } = await getJson('/v1/compare?topic=nato-expansion&group_by=source_kind');
    const entries = body.actors.map((a: any) => [a.actor, a.group, a.n_records]);
    expect(entries).toEqual(
      expect.arrayContaining([
        ['RU', 'private', 2],
        ['RU', 'state', 1],
        ['RU', null, 1],
        ['CN', 'private', 1],
      ]),
    );
    expect(entries).toHaveLength(4);
    expect(body.excluded).toEqual({ no_date: 1, below_min_confidence: 0, lower_ranked_scorer: 1 });
  });

  it('agrees with the trend for one group', async () => {
    const { body: compare } = await getJson('/v1/compare?topic=nato-expansion&from=2022-01-01&to=2022-12-31&source_country=GB');
    const { body: trend } = await getJson('/v1/trends?topic=nato-expansion&actors=RU&bucket=year&from=2022-01-01&to=2022-12-31&source_country=GB');
    const ru = compare.actors.find((a: any) => a.actor === 'RU');
    expect(ru.mean).toBeCloseTo(trend.series[0].points[0].mean, 9);
    expect(compare.excluded.unregistered_source).toBe(1);
  });

  it('answers CSV with the topic, a group column and one row per actor and group', async () => {
    const { type, response } = await get('/v1/compare?topic=nato-expansion&group_by=source_country&format=csv');
    expect(type).toMatch(/^text\/csv/);
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines[0]).toBe('topic,actor,name,source_country,mean,ci_low,ci_high,n_records,n_articles,n_sources');
    expect(lines).toContain('nato-expansion,RU,Russia,CN,-0.6,,,1,1,1');
    expect(lines).toHaveLength(5);
  });
});

describe('trend exports', () => {
  it('writes CSV with a topic column, and the same table as Parquet', async () => {
    const query = 'topic=nato-expansion&actors=RU,CN&bucket=month&from=2022-01-01&to=2022-03-31';
    const csv = (await (await get(`/v1/trends?${query}&format=csv`)).response.text()).trim().split('\r\n');
    expect(csv[0]).toBe('topic,actor,bucket_start,mean,ci_low,ci_high,n_records,n_articles,n_sources');
    expect(csv).toHaveLength(1 + 2 * 3);
    expect(csv[2]).toBe('nato-expansion,RU,2022-02-01,,,,0,0,0');
    const { type, response } = await get(`/v1/trends?${query}&format=parquet`);
    expect(type).toBe('application/vnd.apache.parquet');
    const { columns, rows } = readParquetFile(new Uint8Array(await response.arrayBuffer()));
    expect(columns).toMatchObject({ topic: 'Utf8', actor: 'Utf8', bucket_start: 'Timestamp<MILLISECOND, UTC>', mean: 'Float64', n_records: 'Int32' });
    expect(rows).toHaveLength(6);
    expect(rows[0]).toMatchObject({ topic: 'nato-expansion', actor: 'RU', bucket_start: Date.UTC(2022, 0, 1), n_records: 2 });
    expect(rows[1]).toMatchObject({ mean: null, n_records: 0 });
    const json = (await getJson(`/v1/trends?${query}`)).body;
    expect(rows[0].mean).toBeCloseTo(json.series[0].points[0].mean, 12);
  });
});

describe('stance exports', () => {
  const columns = [
    'id',
    'article_id',
    'actor',
    'topic',
    'score',
    'label',
    'confidence',
    'published_at',
    'source',
    'source_country',
    'source_kind',
    'lang',
    'title',
    'url',
    'sentence',
    'sentence_start',
    'sentence_end',
    'cue',
    'evidence_count',
    'evidence',
    'scorer',
    'model',
    'model_version',
    'topic_hash',
    'tool_version',
    'lexicon_version',
    'gazetteer_version',
  ];

  it('gives the whole slice as CSV, evidence flattened, in the order of the JSON pages', async () => {
    const { type, response } = await get('/v1/stances?topic=nato-expansion&format=csv');
    expect(type).toMatch(/^text\/csv/);
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines[0]).toBe(columns.join(','));
    const { body } = await getJson('/v1/stances?topic=nato-expansion&limit=500');
    expect(lines).toHaveLength(1 + body.items.length);
    const first = lines[1].split(',');
    expect(first.slice(0, 4)).toEqual([String(body.items[0].id), body.items[0].article_id, 'RU', 'nato-expansion']);
    expect(first.slice(8, 11)).toEqual(['Ledger', 'GB', 'private']);
    expect(first.slice(14, 18)).toEqual(['RU said something about NATO.', '0', '30', '']);
  });

  it('honours limit and the cursor for downloads', async () => {
    const page = (await getJson('/v1/stances?topic=nato-expansion&limit=2')).body;
    const rest = (await (await get(`/v1/stances?topic=nato-expansion&format=csv&cursor=${page.next_cursor}&limit=2`)).response.text()).trim().split('\r\n');
    const third = (await getJson(`/v1/stances?topic=nato-expansion&limit=2&cursor=${page.next_cursor}`)).body.items;
    expect(rest.slice(1).map((l) => Number(l.split(',')[0]))).toEqual(third.map((i: any) => i.id));
  });

  it('gives Parquet that an independent reader reads back', async () => {
    const { response } = await get('/v1/stances?topic=nato-expansion&format=parquet&source_country=GB');
    const { columns: types, rows } = readParquetFile(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(types)).toEqual(columns);
    expect(types).toMatchObject({ id: 'Int32', score: 'Float64', published_at: 'Timestamp<MILLISECOND, UTC>', sentence_start: 'Int32' });
    expect(rows.map((r) => r.article_id)).toEqual(['a1', 'a5', 'a3']);
    expect(rows[0]).toMatchObject({ actor: 'RU', score: -0.8, source: 'Ledger', source_country: 'GB', published_at: Date.UTC(2022, 0, 10) });
    expect(JSON.parse(rows[0].evidence as string)).toHaveLength(1);
  });

  it('keeps JSON pages at 500 records at most', async () => {
    const { status, body } = await getJson('/v1/stances?topic=nato-expansion&limit=501');
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/format=csv or parquet/);
  });
});

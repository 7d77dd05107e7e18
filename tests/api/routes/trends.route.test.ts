import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { createFixture } from '../../pipeline/trends/trend-fixture.js';

const fixture = createFixture();
afterAll(() => fixture.cleanup());

const BASE = '/v1/trends?topic=nato-expansion&actors=RU,CN&bucket=month&from=2022-01-01&to=2022-03-31';

async function getJson(path: string) {
  const response = await fixture.app.request(path);
  return { status: response.status, body: (await response.json()) as any };
}

describe('GET /v1/trends', () => {
  it('returns one series per actor with every month, hand-computed', async () => {
    const { status, body } = await getJson(BASE);
    expect(status).toBe(200);
    expect(body).toMatchObject({ topic: 'nato-expansion', bucket: 'month', from: '2022-01-01', to: '2022-03-31', scorer: 'best' });
    const [ru, cn] = body.series;
    expect(ru.actor).toBe('RU');
    expect(ru.points.map((p: any) => p.bucket_start)).toEqual(['2022-01-01', '2022-02-01', '2022-03-01']);
    // January: a1 (−0.8 @ 0.9) and a2's nli record (−0.6 @ 0.8), not its lexicon one.
    expect(ru.points[0].mean).toBeCloseTo(-1.2 / 1.7, 5);
    expect(ru.points[0]).toMatchObject({ n_records: 2, n_articles: 2, n_sources: 2, ci_low: -1 });
    // s² = 0.02, n_eff = 2.89/1.45, s̃² = (1/3 + (n_eff − 1)·0.02)/n_eff, t(0.975, n_eff) ≈ 4.3318
    expect(ru.points[0].ci_high).toBeCloseTo(0.585765, 4);
    expect(ru.points[1]).toMatchObject({ mean: null, ci_low: null, ci_high: null, n_records: 0 });
    // March: one syndicated story from two sources → one observation, no interval.
    expect(ru.points[2].mean).toBeCloseTo(-1.25 / 1.5, 5);
    expect(ru.points[2]).toMatchObject({ ci_low: null, n_records: 2, n_articles: 2, n_sources: 2 });
    expect(cn.points[0]).toMatchObject({ mean: 0.2, n_records: 1 });
  });

  it('applies the scorer, min_confidence, source and lang filters', async () => {
    const lexicon = await getJson(`${BASE}&scorer=lexicon`);
    // a2's lexicon record (−0.4 @ 0.5) now: (−0.72 − 0.2)/1.4
    expect(lexicon.body.series[0].points[0].mean).toBeCloseTo(-0.92 / 1.4, 5);
    const confident = await getJson(`${BASE}&min_confidence=0.85`);
    expect(confident.body.series[0].points[0]).toMatchObject({ mean: -0.8, n_records: 1 });
    const wire = await getJson(`${BASE}&source=Wire%20Daily`);
    expect(wire.body.series[0].points.map((p: any) => p.n_records)).toEqual([0, 0, 1]);
    const russian = await getJson(`${BASE}&lang=ru`);
    expect(russian.body.series[0].points[2]).toMatchObject({ mean: -0.5, n_records: 1 });
  });

  it('smooths with a trailing window', async () => {
    const { body } = await getJson(`${BASE}&smooth=3`);
    expect(body.smooth).toBe(3);
    // March pools January's two observations and March's cluster.
    const expected = (-0.8 * 0.9 - 0.6 * 0.8 + (-1.25 / 1.5) * 0.75) / (0.9 + 0.8 + 0.75);
    expect(body.series[0].points[2].mean).toBeCloseTo(expected, 5);
    expect(body.series[0].points[1].mean).toBeNull();
  });

  it('uses the span of the data when from and to are omitted', async () => {
    const { status, body } = await getJson('/v1/trends?topic=nato-expansion&actors=RU&bucket=week');
    expect(status).toBe(200);
    expect(body.from).toBe('2022-01-10');
    expect(body.to).toBe('2022-03-05');
    expect(body.series[0].points[0].bucket_start).toBe('2022-01-10');
  });

  it('serves CSV that parses back to the same numbers', async () => {
    const response = await fixture.app.request(`${BASE}&format=csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
    const { body } = await getJson(BASE);
    const points = body.series.flatMap((s: any) => s.points.map((p: any) => ({ actor: s.actor, ...p })));
    expect(rows).toHaveLength(points.length);
    rows.forEach((row, i) => {
      const p = points[i];
      expect(row.actor).toBe(p.actor);
      expect(row.bucket_start).toBe(p.bucket_start);
      for (const field of ['mean', 'ci_low', 'ci_high'] as const) expect(row[field] === '' ? null : Number(row[field])).toBe(p[field]);
      for (const field of ['n_records', 'n_articles', 'n_sources'] as const) expect(Number(row[field])).toBe(p[field]);
    });
  });

  const bad = [
    ['unknown bucket', 'topic=nato-expansion&actors=RU&bucket=fortnight'],
    ['from after to', 'topic=nato-expansion&actors=RU&from=2023-01-01&to=2021-01-01'],
    ['unknown topic', 'topic=no-such-topic&actors=RU'],
    ['not a date', 'topic=nato-expansion&actors=RU&from=notadate'],
    ['impossible date', 'topic=nato-expansion&actors=RU&from=2023-02-30'],
    ['unknown actor', 'topic=nato-expansion&actors=RU,XX'],
    ['no actors', 'topic=nato-expansion&actors=,'],
    ['missing topic', 'actors=RU'],
    ['too many actors', `topic=nato-expansion&actors=${Array.from({ length: 11 }, (_, i) => `A${i}`).join(',')}`],
    ['smooth 0', 'topic=nato-expansion&actors=RU&smooth=0'],
    ['smooth not a number', 'topic=nato-expansion&actors=RU&smooth=abc'],
    ['min_confidence above 1', 'topic=nato-expansion&actors=RU&min_confidence=2'],
    ['days over 30 years', 'topic=nato-expansion&actors=RU&bucket=day&from=1990-01-01&to=2020-01-01'],
    ['unknown format', 'topic=nato-expansion&actors=RU&format=xml'],
  ];
  it.each(bad)('answers 400 with the error shape for %s', async (_name, query) => {
    const { status, body } = await getJson(`/v1/trends?${query}`);
    expect(status).toBe(400);
    expect(typeof body.error.code).toBe('string');
    expect(body.error.message.length).toBeGreaterThan(10);
    expect(body.error).toHaveProperty('details');
  });

  it('says how to fix a window that is too fine', async () => {
    const { body } = await getJson('/v1/trends?topic=nato-expansion&actors=RU&bucket=day&from=1990-01-01&to=2020-01-01');
    expect(body.error.message).toContain('pick a larger bucket or a shorter window');
  });
});

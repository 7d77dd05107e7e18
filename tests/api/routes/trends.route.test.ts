import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../api/app.js';
import { MAX_ACTORS } from '../../../api/params.js';
import { listActors } from '../../../pipeline/data/gazetteer.js';
import { createFixture } from '../../pipeline/trends/trend-fixture.js';
import { expectBadInput } from '../bad-input.js';

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

  const bad: Array<[string, string, string, string]> = [
    ['unknown bucket', 'topic=nato-expansion&actors=RU&bucket=fortnight', 'bucket', 'bucket: Invalid option: expected one of "day"|"week"'],
    ['from after to', 'topic=nato-expansion&actors=RU&from=2023-01-01&to=2021-01-01', 'from', '"from" (2023-01-01) is after "to" (2021-01-01): swap them'],
    ['unknown topic', 'topic=no-such-topic&actors=RU', 'topic', 'unknown topic "no-such-topic": expected one of nato-expansion'],
    ['not a date', 'topic=nato-expansion&actors=RU&from=notadate', 'from', 'from: expected a real date YYYY-MM-DD'],
    ['impossible date', 'topic=nato-expansion&actors=RU&from=2023-02-30', 'from', 'from: expected a real date YYYY-MM-DD'],
    ['unknown actor', 'topic=nato-expansion&actors=RU,XX', 'actors', 'unknown actor code(s) XX:'],
    ['no actors', 'topic=nato-expansion&actors=,', 'actors', `expected 1 to ${MAX_ACTORS} actors, got 0`],
    ['missing topic', 'actors=RU', 'topic', 'topic: Invalid input: expected string'],
    ['smooth 0', 'topic=nato-expansion&actors=RU&smooth=0', 'smooth', 'smooth: Too small: expected number to be >=1'],
    ['smooth not a number', 'topic=nato-expansion&actors=RU&smooth=abc', 'smooth', 'smooth: Invalid input: expected number'],
    ['min_confidence above 1', 'topic=nato-expansion&actors=RU&min_confidence=2', 'min_confidence', 'min_confidence: Too big: expected number to be <=1'],
    [
      'days over 30 years',
      'topic=nato-expansion&actors=RU&bucket=day&from=1990-01-01&to=2020-01-01',
      'bucket',
      '10958 day buckets from 1990-01-01 to 2020-01-01 is more than 3660: pick a larger bucket or a shorter window',
    ],
    ['unknown format', 'topic=nato-expansion&actors=RU&format=xml', 'format', 'format: Invalid option: expected one of "json"|"csv"'],
  ];
  it.each(bad)('answers 400 naming the parameter for %s', async (_name, query, param, message) => {
    await expectBadInput(await fixture.app.request(`/v1/trends?${query}`), param, message);
  });

  it(`takes up to ${MAX_ACTORS} known actors and refuses more`, async () => {
    // The sample knows four actors: ask an app that knows the whole gazetteer.
    const app = createApp({ ...fixture.deps, actors: listActors });
    const codes = listActors()
      .slice(0, MAX_ACTORS + 1)
      .map((actor) => actor.code);
    const ask = (some: string[]) => app.request(`/v1/trends?topic=nato-expansion&from=2022-01-01&to=2022-03-31&actors=${some.join(',')}`);
    const most = await ask(codes.slice(0, MAX_ACTORS));
    expect(most.status).toBe(200);
    expect(((await most.json()) as any).series).toHaveLength(MAX_ACTORS);
    await expectBadInput(await ask(codes), 'actors', `expected 1 to ${MAX_ACTORS} actors, got ${MAX_ACTORS + 1}: split the request`);
  });
});

describe('GET /v1/trends/chart', () => {
  it('validates like the trend itself', async () => {
    const chart = '/v1/trends/chart?topic=nato-expansion';
    await expectBadInput(await fixture.app.request(`${chart}&actors=RU&bucket=fortnight`), 'bucket', 'bucket: Invalid option');
    await expectBadInput(await fixture.app.request(`${chart}&actors=RU,XX`), 'actors', 'unknown actor code(s) XX:');
  });
});

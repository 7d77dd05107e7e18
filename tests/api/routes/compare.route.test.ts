import { afterAll, describe, expect, it } from 'vitest';
import { createFixture } from '../../pipeline/trends/trend-fixture.js';
import { expectBadInput } from '../bad-input.js';

const fixture = createFixture();
afterAll(() => fixture.cleanup());

async function getJson(path: string) {
  const response = await fixture.app.request(path);
  return { status: response.status, body: (await response.json()) as any };
}

describe('GET /v1/compare', () => {
  it('ranks every actor with data over all time, most supportive first', async () => {
    const { status, body } = await getJson('/v1/compare?topic=nato-expansion');
    expect(status).toBe(200);
    expect(body).toMatchObject({ topic: 'nato-expansion', from: null, to: null, scorer: 'best' });
    expect(body.actors.map((a: any) => a.actor)).toEqual(['CN', 'RU']);
    const ru = body.actors[1];
    // a1, a2 (nli), and the a3+a4 cluster (−0.833333 @ 0.75): (−0.72 − 0.48 − 0.625)/2.45
    expect(ru.mean).toBeCloseTo(-1.825 / 2.45, 5);
    expect(ru).toMatchObject({ name: 'Russia', n_records: 4, n_articles: 4, n_sources: 3 });
    expect(ru.ci_low).toBeLessThan(ru.mean);
    expect(ru.ci_high).toBeGreaterThan(ru.mean);
    expect(body.actors[0]).toMatchObject({ actor: 'CN', mean: 0.2, ci_low: null, n_records: 1 });
  });

  it('agrees with the trend arithmetic: a one-year window is a yearly trend point', async () => {
    const { body: compare } = await getJson('/v1/compare?topic=nato-expansion&from=2022-01-01&to=2022-12-31');
    const { body: trend } = await getJson('/v1/trends?topic=nato-expansion&actors=RU,CN&bucket=year&from=2022-01-01&to=2022-12-31');
    for (const series of trend.series) {
      const [point] = series.points;
      const entry = compare.actors.find((a: any) => a.actor === series.actor);
      expect(entry).toMatchObject({
        mean: point.mean,
        ci_low: point.ci_low,
        ci_high: point.ci_high,
        n_records: point.n_records,
        n_articles: point.n_articles,
        n_sources: point.n_sources,
      });
    }
  });

  it('follows an explicit scorer and a confidence floor', async () => {
    const { body: lexicon } = await getJson('/v1/compare?topic=nato-expansion&scorer=lexicon');
    const ru = lexicon.actors.find((a: any) => a.actor === 'RU');
    // a1, a2 (lexicon −0.4 @ 0.5) and the a3+a4 cluster: (−0.72 − 0.2 − 0.625)/(0.9 + 0.5 + 0.75)
    expect(ru.mean).toBeCloseTo(-1.545 / 2.15, 5);
    const { body: confident } = await getJson('/v1/compare?topic=nato-expansion&min_confidence=0.85');
    // The floor applies after the best record is chosen: a2's nli record (0.8) goes, its lexicon one does not return.
    expect(confident.actors.find((a: any) => a.actor === 'RU')).toMatchObject({ n_records: 2, n_articles: 2 });
  });

  it('limits to a window', async () => {
    const { body } = await getJson('/v1/compare?topic=nato-expansion&from=2022-03-01&to=2022-03-31');
    expect(body.actors).toHaveLength(1);
    expect(body.actors[0]).toMatchObject({ actor: 'RU', n_records: 2, ci_low: null });
  });

  it.each([
    ['unknown topic', 'topic=nope', 'topic', 'unknown topic "nope"'],
    ['missing topic', '', 'topic', 'topic: Invalid input: expected string'],
    ['bad date', 'topic=nato-expansion&from=2022-13-01', 'from', 'from: expected a real date YYYY-MM-DD'],
    ['from after to', 'topic=nato-expansion&from=2023-01-01&to=2022-01-01', 'from', '"from" (2023-01-01) is after "to" (2022-01-01)'],
    ['min_confidence below 0', 'topic=nato-expansion&min_confidence=-0.5', 'min_confidence', 'min_confidence: Too small'],
  ])('answers 400 naming the parameter for %s', async (_name, query, param, message) => {
    await expectBadInput(await fixture.app.request(`/v1/compare?${query}`), param, message);
  });
});

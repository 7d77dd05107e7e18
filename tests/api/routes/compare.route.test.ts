import { afterAll, describe, expect, it } from 'vitest';
import { createFixture } from '../trend-fixture.js';

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

  it('limits to a window', async () => {
    const { body } = await getJson('/v1/compare?topic=nato-expansion&from=2022-03-01&to=2022-03-31');
    expect(body.actors).toHaveLength(1);
    expect(body.actors[0]).toMatchObject({ actor: 'RU', n_records: 2, ci_low: null });
  });

  it.each([
    ['unknown topic', 'topic=nope'],
    ['missing topic', ''],
    ['bad date', 'topic=nato-expansion&from=2022-13-01'],
    ['from after to', 'topic=nato-expansion&from=2023-01-01&to=2022-01-01'],
  ])('answers 400 for %s', async (_name, query) => {
    const { status, body } = await getJson(`/v1/compare?${query}`);
    expect(status).toBe(400);
    expect(typeof body.error.message).toBe('string');
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import { createFixture, insertSample } from '../../pipeline/trends/trend-fixture.js';

const fixture = createFixture();
afterAll(() => fixture.cleanup());

async function facets(topic = 'nato-expansion') {
  const response = await fixture.app.request(`/v1/facets?topic=${topic}`);
  return { status: response.status, body: (await response.json()) as any };
}

describe('GET /v1/facets', () => {
  it("lists a topic's scorers, sources and languages with their records, most first", async () => {
    const { status, body } = await facets();
    expect(status).toBe(200);
    expect(body.topic).toBe('nato-expansion');
    expect(body.scorers).toEqual([
      { value: 'lexicon', n_records: 5 },
      { value: 'nli:tiny', n_records: 1 },
    ]);
    expect(body.sources).toEqual([
      { value: 'Ledger', n_records: 3 },
      { value: 'Courier', n_records: 2 },
      { value: 'Wire Daily', n_records: 1 },
    ]);
    expect(body.langs).toEqual([
      { value: 'en', n_records: 5 },
      { value: 'ru', n_records: 1 },
    ]);
  });

  it('answers anew once the data changes, and refuses an unknown topic', async () => {
    expect((await facets('aukus')).body.sources).toEqual([]);
    insertSample(
      fixture.handle,
      [{ id: 'f1', title: 'Canberra on the pact', publishedAt: '2022-04-01', source: 'Gazette', lang: 'de' }],
      [{ article: 'f1', actor: 'CN', score: -1, confidence: 0.9, topic: 'aukus' }],
    );
    expect((await facets('aukus')).body.sources).toEqual([{ value: 'Gazette', n_records: 1 }]);
    expect((await facets('no-such-topic')).status).toBe(400);
  });
});

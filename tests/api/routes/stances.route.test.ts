import { afterAll, describe, expect, it } from 'vitest';
import { createFixture } from '../../pipeline/trends/trend-fixture.js';
import { expectBadInput } from '../bad-input.js';

const fixture = createFixture();
afterAll(() => fixture.cleanup());

async function getJson(path: string) {
  const response = await fixture.app.request(path);
  return { status: response.status, body: (await response.json()) as any };
}

describe('GET /v1/stances', () => {
  it('pages through the evidence by (date, id) with a cursor, best record per article', async () => {
    const seen: any[] = [];
    let cursor: string | null = null;
    do {
      const { status, body }: { status: number; body: any } = await getJson(
        `/v1/stances?topic=nato-expansion&actor=RU&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(status).toBe(200);
      expect(body.items.length).toBeLessThanOrEqual(1);
      seen.push(...body.items);
      cursor = body.next_cursor;
    } while (cursor);
    expect(seen.map((s) => s.article_id)).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(seen[1]).toMatchObject({ scorer: 'nli:tiny', score: -0.6 });
    expect(seen[0]).toMatchObject({ title: 'Moscow condemns alliance plans', url: 'https://news.example/a1', source: 'Ledger' });
    expect(seen[0].evidence[0].sentence).toContain('NATO');
  });

  it('narrows to the window of one trend point and to an explicit scorer', async () => {
    const march = await getJson('/v1/stances?topic=nato-expansion&actor=RU&from=2022-03-01&to=2022-03-31');
    expect(march.body.items.map((s: any) => s.article_id)).toEqual(['a3', 'a4']);
    expect(march.body.next_cursor).toBeNull();
    const lexicon = await getJson('/v1/stances?topic=nato-expansion&actor=RU&scorer=lexicon&from=2022-01-01&to=2022-01-31');
    expect(lexicon.body.items.map((s: any) => [s.article_id, s.scorer])).toEqual([
      ['a1', 'lexicon'],
      ['a2', 'lexicon'],
    ]);
  });

  it('lists every actor when none is given', async () => {
    const { body } = await getJson('/v1/stances?topic=nato-expansion&limit=500');
    expect(new Set(body.items.map((s: any) => s.actor))).toEqual(new Set(['RU', 'CN']));
  });

  it.each([
    ['limit 0', 'topic=nato-expansion&limit=0', 'limit', 'limit: Too small: expected number to be >=1'],
    // A JSON page holds at most 500; csv and parquet downloads take any limit.
    [
      'limit 501',
      'topic=nato-expansion&limit=501',
      'limit',
      'limit 501 is more than 500 records per JSON page: follow next_cursor, or ask for format=csv or parquet',
    ],
    ['bad cursor', 'topic=nato-expansion&cursor=garbage', 'cursor', 'invalid cursor: pass next_cursor from the previous page unchanged'],
    ['unknown actor', 'topic=nato-expansion&actor=ZZ', 'actor', 'unknown actor code(s) ZZ:'],
    ['unknown topic', 'topic=nope', 'topic', 'unknown topic "nope"'],
    ['from after to', 'topic=nato-expansion&from=2022-02-01&to=2022-01-01', 'from', '"from" (2022-02-01) is after "to" (2022-01-01)'],
  ])('answers 400 naming the parameter for %s', async (_name, query, param, message) => {
    await expectBadInput(await fixture.app.request(`/v1/stances?${query}`), param, message);
  });
});

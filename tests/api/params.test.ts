import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.js';
import { registerArticleRoutes } from '../../api/routes/articles.route.js';
import { registerJobRoutes } from '../../api/routes/jobs.route.js';
import { createFixture } from '../pipeline/trends/trend-fixture.js';

const fixture = createFixture();
const app = createApp({
  ...fixture.deps,
  extraRoutes: (a) => {
    registerArticleRoutes(a, fixture.deps);
    registerJobRoutes(a, fixture.deps);
  },
});
afterAll(() => fixture.cleanup());

async function getJson(path: string) {
  const response = await app.request(path);
  return { status: response.status, body: (await response.json()) as any };
}

describe('unknown query parameters', () => {
  it.each([
    ['/v1/trends?topic=nato-expansion&actors=RU', 'topic, actors, from, to, bucket, smooth, min_confidence'],
    ['/v1/trends/chart?topic=nato-expansion&actors=RU', 'group_by, format'],
    ['/v1/stances?topic=nato-expansion', 'topic, actor, from, to, cursor, limit'],
    ['/v1/compare?topic=nato-expansion', 'topic, from, to, min_confidence, source, lang, scorer, source_country, source_kind, group_by, format'],
    ['/v1/actors?', 'lang'],
  ])('%s answers 400 naming the unknown ones and listing the accepted ones', async (path, accepted) => {
    const { status, body } = await getJson(`${path}&lng=en&form=csv`);
    expect(status).toBe(400);
    expect(body.error.code).toBe('bad_input');
    expect(body.error.message).toContain('unknown query parameters lng, form: this route accepts');
    expect(body.error.message).toContain(accepted);
  });

  it.each(['/v1/topics', '/v1/jobs', '/v1/articles/a1'])('%s takes no parameters and says so', async (path) => {
    const { status, body } = await getJson(`${path}?verbose=1`);
    expect(status).toBe(400);
    expect(body.error.message).toContain('unknown query parameter verbose: this route takes none');
    expect((await getJson(path)).status).toBe(200);
  });

  it('still answers known parameters, misspelt values getting their own message', async () => {
    expect((await app.request('/v1/compare?topic=nato-expansion&format=csv')).status).toBe(200);
    const { status, body } = await getJson('/v1/trends?topic=nato-expansion&actors=RU&bucket=fortnight');
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/^invalid request: bucket: /);
  });
});

describe('GET /v1/actors', () => {
  it('names actors in the language asked for', async () => {
    const { body } = await getJson('/v1/actors?lang=ru');
    expect(body.actors.find((a: any) => a.code === 'RU')).toMatchObject({ name: 'Россия', custom: false });
    // No Russian name: the English one.
    expect(body.actors.find((a: any) => a.code === 'TR').name).toBe('Turkey');
    expect((await getJson('/v1/actors?lang=xx')).status).toBe(400);
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../api/app.js';
import { registerArticleRoutes } from '../../../api/routes/articles.route.js';
import { registerJobRoutes } from '../../../api/routes/jobs.route.js';
import { registerTopicWriteRoutes } from '../../../api/routes/topics.route.js';
import { listActors } from '../../../pipeline/data/gazetteer.js';
import { openSqlite } from '../../../pipeline/db/client.js';
import { allTopics } from '../../../pipeline/db/topics.repo.js';
import { analysePending } from '../../../pipeline/run.js';
import { tempDir } from '../../cli-helpers.js';

const read = async (response: Response): Promise<any> => response.json();

const { dir, cleanup } = tempDir();
const handle = openSqlite(`${dir}/api.db`);
afterAll(() => {
  handle.close();
  cleanup();
});

function appWith(apiToken?: string) {
  let ingested = 0;
  const deps = { db: handle.db, topics: () => allTopics(handle.db), actors: () => listActors(), apiToken };
  const app = createApp({
    ...deps,
    extraRoutes: (a) => {
      registerArticleRoutes(a, { ...deps, onIngested: () => ingested++ });
      registerTopicWriteRoutes(a, deps);
      registerJobRoutes(a, deps);
    },
  });
  return { app, ingestedCalls: () => ingested };
}

const post = (app: ReturnType<typeof appWith>['app'], path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(path, {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  });

describe('POST /v1/articles and GET /v1/articles/:id', () => {
  const { app, ingestedCalls } = appWith();

  it('stores a batch, reports duplicates and rejections by index, and queues the new ones', async () => {
    const response = await post(app, '/v1/articles', [
      { id: 'api-1', published_at: '2022-02-04', text: 'Russia said it opposes the further expansion of NATO.' },
      { id: 'api-2', text: 'Russia said it opposes the further expansion of NATO.' },
      { id: 'api-3', text: '' },
      { id: 'api-4', published_at: 'soon', text: 'China opposes AUKUS.' },
    ]);
    expect(response.status).toBe(200);
    const body = await read(response);
    expect(body).toMatchObject({ ingested: 1, duplicates: 1, ids: ['api-1'], duplicate_of: ['api-1'] });
    expect(body.rejected.map((r: { index: number }) => r.index)).toEqual([2, 3]);
    expect(ingestedCalls()).toBe(1);
  });

  it('returns the article with its stance records once analysed', async () => {
    await analysePending(handle, { scorer: { kind: 'lexicon' }, concurrency: 0, progress: false }, 'lexicon');
    const response = await app.request('/v1/articles/api-1');
    expect(response.status).toBe(200);
    const article = await read(response);
    expect(article.status).toBe('done');
    expect(article.stances).toContainEqual(expect.objectContaining({ actor: 'RU', topic: 'nato-expansion', label: 'oppose' }));
  });

  it('answers bad requests with 400 and a message naming the problem, never 500', async () => {
    for (const [body, message] of [
      ['{"title":"x"', 'Malformed JSON in request body'],
      ['42', 'invalid request: (input): Invalid input: expected object or array'],
      ['[]', 'invalid request: (input): Too small: expected array to have >=1 items'],
      [JSON.stringify(Array.from({ length: 1001 }, (_, i) => ({ text: `t${i}` }))), 'invalid request: (input): Too big: expected array to have <=1000 items'],
      ['[{"text":"Russia opposes it."},{"text":5}]', 'invalid request: 1.text: Invalid input: expected string, received number'],
    ] as const) {
      const response = await post(app, '/v1/articles', body);
      expect(response.status).toBe(400);
      expect((await read(response)).error).toMatchObject({ code: 'bad_input', message });
    }
    const missing = await app.request('/v1/articles/nope');
    expect(missing.status).toBe(404);
    expect((await read(missing)).error.code).toBe('not_found');
  });
});

describe('POST /v1/topics', () => {
  it('adds a custom topic that GET /v1/topics then lists, and rejects an invalid one', async () => {
    const { app } = appWith();
    const topic = {
      id: 'arctic-drilling',
      label: 'Oil drilling in the Arctic',
      description: 'Opening Arctic waters to oil and gas drilling.',
      keywords: { en: ['Arctic drilling', 'drilling in the Arctic'] },
      hypotheses: { support: '{actor} supports drilling in the Arctic.', oppose: '{actor} opposes drilling in the Arctic.' },
    };
    const added = await post(app, '/v1/topics', topic);
    expect(added.status).toBe(201);
    expect(await read(added)).toEqual({ id: 'arctic-drilling', status: 'added', changes: [] });
    const replaced = await post(app, '/v1/topics', { ...topic, keywords: { en: ['Arctic drilling', 'Arctic oil'] } });
    expect(await read(replaced)).toEqual({
      id: 'arctic-drilling',
      status: 'replaced',
      changes: [{ field: 'keywords', lang: 'en', added: ['Arctic oil'], removed: ['drilling in the Arctic'] }],
    });
    const list = await read(await app.request('/v1/topics'));
    expect(list.topics.map((t: { id: string }) => t.id)).toContain('arctic-drilling');
    const bad = await post(app, '/v1/topics', { ...topic, id: 'Bad Id', hypotheses: { support: 'no placeholder', oppose: '{actor} x' } });
    expect(bad.status).toBe(400);
    expect((await read(bad)).error.message).toMatch(/id: .*hyphens.*hypotheses.support: .*\{actor\}/);
  });

  it('requires the bearer token on writes when one is configured, and not on reads', async () => {
    const { app } = appWith('s3cret');
    expect((await post(app, '/v1/articles', { text: 'Japan backs sanctions on Russia.' })).status).toBe(401);
    expect((await post(app, '/v1/articles', { text: 'Japan backs sanctions on Russia.' }, { authorization: 'Bearer s3cret' })).status).toBe(200);
    expect((await app.request('/v1/topics')).status).toBe(200);
  });
});

describe('GET /v1/jobs', () => {
  it('reports the queue and the recent runs', async () => {
    const { app } = appWith();
    const body = await read(await app.request('/v1/jobs'));
    expect(body.queue.done).toBeGreaterThanOrEqual(1);
    expect(body.runs[0]).toMatchObject({ command: 'analyze', status: 'finished' });
  });
});

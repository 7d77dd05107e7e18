import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { afterAll, describe, expect, it } from 'vitest';
import { requireToken } from '../../api/http.js';
import { StanceError } from '../../core/errors.js';
import { createFixture } from '../pipeline/trends/trend-fixture.js';

/** A write route as the articles endpoint registers one: JSON body, token-guarded. */
function echoRoute(token: string | undefined) {
  return (app: OpenAPIHono) => {
    const route = createRoute({
      method: 'post',
      path: '/v1/echo',
      middleware: [requireToken(token)] as const,
      request: { body: { content: { 'application/json': { schema: z.object({ title: z.string() }) } } } },
      responses: { 200: { description: 'echo', content: { 'application/json': { schema: z.object({ title: z.string() }) } } } },
    });
    app.openapi(route, (c) => {
      const body = c.req.valid('json');
      if (body.title === 'conflict') throw new StanceError('conflict', 'already there');
      if (body.title === 'boom') throw new Error('unexpected');
      return c.json(body, 200);
    });
  };
}

/** A plain Hono write route that parses the body itself. */
function plainRoute(app: OpenAPIHono) {
  app.post('/v1/plain', async (c) => c.json(await c.req.json()));
}

const open = createFixture({
  extraRoutes: (app) => {
    echoRoute(undefined)(app);
    plainRoute(app);
  },
  corsOrigin: 'https://example.org',
  bodyLimitBytes: 200,
});
const guarded = createFixture({ extraRoutes: echoRoute('s3cret') });
afterAll(() => {
  open.cleanup();
  guarded.cleanup();
});

const post = (app: OpenAPIHono, body: string, headers: Record<string, string> = {}) =>
  app.request('/v1/echo', { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

describe('createApp', () => {
  it('answers /health', async () => {
    const response = await open.app.request('/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('lists actors with their counts and topics with theirs', async () => {
    const actors = (await (await open.app.request('/v1/actors')).json()) as any;
    expect(actors.actors.find((a: any) => a.code === 'RU')).toMatchObject({ name: 'Russia', names: { ru: 'Россия' }, n_records: 5, n_articles: 4 });
    expect(actors.actors.find((a: any) => a.code === 'TR')).toMatchObject({ n_records: 0 });
    const topics = (await (await open.app.request('/v1/topics')).json()) as any;
    expect(topics.topics.find((t: any) => t.id === 'nato-expansion')).toMatchObject({ n_records: 6, n_articles: 5 });
    expect(topics.topics.find((t: any) => t.id === 'aukus')).toMatchObject({ n_records: 0 });
  });

  it('answers unknown routes with a JSON 404', async () => {
    const response = await open.app.request('/v2/nothing');
    expect(response.status).toBe(404);
    expect(((await response.json()) as any).error.code).toBe('not_found');
  });

  it('turns malformed JSON, invalid bodies and StanceErrors into the error shape', async () => {
    const malformed = await post(open.app, '{"title":"x"');
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as any).error).toMatchObject({ code: 'bad_input' });
    const invalid = await post(open.app, '{"title":3}');
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as any).error).toMatchObject({
      code: 'bad_input',
      message: 'invalid request: title: Invalid input: expected string, received number',
    });
    const plain = await open.app.request('/v1/plain', { method: 'POST', body: '{"title":', headers: { 'content-type': 'application/json' } });
    expect(plain.status).toBe(400);
    expect(((await plain.json()) as any).error).toMatchObject({ code: 'bad_input', message: expect.stringMatching(/^malformed JSON in the request body: /) });
    const conflict = await post(open.app, '{"title":"conflict"}');
    expect(conflict.status).toBe(409);
    expect(((await conflict.json()) as any).error).toMatchObject({ code: 'conflict', message: 'already there' });
  });

  it('reports unexpected faults as a 500 in the same shape', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      const response = await post(open.app, '{"title":"boom"}');
      expect(response.status).toBe(500);
      expect(((await response.json()) as any).error.code).toBe('internal');
    } finally {
      console.error = original;
    }
  });

  it('limits the body size', async () => {
    const response = await post(open.app, JSON.stringify({ title: 'x'.repeat(500) }));
    expect(response.status).toBe(413);
    expect(((await response.json()) as any).error.code).toBe('payload_too_large');
  });

  it('sends CORS headers when configured, and none otherwise', async () => {
    const withCors = await open.app.request('/health', { headers: { origin: 'https://example.org' } });
    expect(withCors.headers.get('access-control-allow-origin')).toBe('https://example.org');
    const without = await guarded.app.request('/health', { headers: { origin: 'https://example.org' } });
    expect(without.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('requires the bearer token on write routes when one is set', async () => {
    expect((await post(guarded.app, '{"title":"x"}')).status).toBe(401);
    expect((await post(guarded.app, '{"title":"x"}', { authorization: 'Bearer wrong' })).status).toBe(401);
    const ok = await post(guarded.app, '{"title":"x"}', { authorization: 'Bearer s3cret' });
    expect(ok.status).toBe(200);
    expect((await post(open.app, '{"title":"x"}')).status).toBe(200);
    expect((await guarded.app.request('/v1/compare?topic=nato-expansion')).status).toBe(200);
  });
});

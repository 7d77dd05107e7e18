import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../api/app.js';
import { EXAMPLES } from '../../../api/examples.js';
import { registerArticleRoutes } from '../../../api/routes/articles.route.js';
import { registerJobRoutes } from '../../../api/routes/jobs.route.js';
import { registerTopicWriteRoutes } from '../../../api/routes/topics.route.js';
import { createFixture } from '../../pipeline/trends/trend-fixture.js';

const fixture = createFixture();
afterAll(() => fixture.cleanup());
// Every route `stance serve` mounts, writes included, as the reference documents them.
const app = createApp({
  ...fixture.deps,
  extraRoutes: (a) => {
    registerArticleRoutes(a, fixture.deps);
    registerTopicWriteRoutes(a, fixture.deps);
    registerJobRoutes(a, fixture.deps);
  },
});

const ROUTES = [
  '/health',
  '/v1/actors',
  '/v1/topics',
  '/v1/trends',
  '/v1/trends/chart',
  '/v1/stances',
  '/v1/compare',
  '/v1/facets',
  '/v1/articles',
  '/v1/articles/{id}',
  '/v1/jobs',
  '/docs',
];
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

async function openapi(): Promise<any> {
  const response = await app.request('/openapi.json');
  expect(response.status).toBe(200);
  return response.json();
}

function operations(doc: any): Array<{ key: string; path: string; method: string; op: any }> {
  return Object.entries<any>(doc.paths).flatMap(([path, item]) =>
    Object.entries<any>(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, path, method, op })),
  );
}

/** The keys of an answer and of its lists' first items: what an example must show. */
function shape(value: unknown): Record<string, string[]> {
  if (typeof value !== 'object' || value === null) return {};
  const out: Record<string, string[]> = { '.': Object.keys(value).sort() };
  for (const [key, inner] of Object.entries(value)) {
    if (Array.isArray(inner) && typeof inner[0] === 'object' && inner[0] !== null) out[key] = Object.keys(inner[0]).sort();
  }
  return out;
}

describe('GET /openapi.json', () => {
  it('is an OpenAPI 3 document listing every route with responses', async () => {
    const doc = await openapi();
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(typeof doc.info.title).toBe('string');
    expect(Object.keys(doc.paths).sort()).toEqual([...ROUTES].sort());
    for (const { key, op } of operations(doc)) {
      expect(Object.keys(op.responses ?? {}).length, `${key} has responses`).toBeGreaterThan(0);
      for (const parameter of op.parameters ?? []) {
        expect(['query', 'path', 'header', 'cookie']).toContain(parameter.in);
        if (parameter.in === 'path') expect(parameter.required).toBe(true);
      }
    }
    const trendParams = doc.paths['/v1/trends'].get.parameters.map((p: any) => p.name);
    expect(trendParams).toEqual(expect.arrayContaining(['topic', 'actors', 'from', 'to', 'bucket', 'smooth', 'min_confidence', 'format']));
    expect(doc.components.schemas).toHaveProperty('Trend');
    expect(doc.components.schemas).toHaveProperty('Error');
  });

  it('describes every parameter (a new one gets its description from its zod schema, or this fails)', async () => {
    const undescribed = operations(await openapi()).flatMap(({ key, op }) =>
      (op.parameters ?? []).filter((p: any) => !(p.description ?? p.schema?.description)?.trim()).map((p: any) => `${key} ${p.name}`),
    );
    expect(undescribed).toEqual([]);
  });

  it('gives each endpoint that takes input its own 400, and none to those that take none', async () => {
    const ops = operations(await openapi());
    const withInput = ops.filter(({ op }) => (op.parameters ?? []).some((p: any) => p.in === 'query') || op.requestBody);
    const texts = withInput.map(({ op }) => op.responses['400']?.description);
    expect(texts.every((t) => typeof t === 'string' && t.length > 30)).toBe(true);
    // /v1/trends/chart says all /v1/trends says and more; no two are the same text.
    expect(new Set(texts).size).toBe(texts.length);
    const without = ops.filter(({ op }) => !(op.parameters ?? []).some((p: any) => p.in === 'query') && !op.requestBody);
    // GET /v1/actors takes `lang` (names in a chosen language), so it has a 400 of its own.
    expect(without.map((o) => o.key)).toEqual(expect.arrayContaining(['GET /health', 'GET /v1/topics', 'GET /v1/jobs', 'GET /docs']));
    expect(without.filter(({ op }) => op.responses['400']).map((o) => o.key)).toEqual([]);
    expect(doc400(ops, 'GET /v1/trends/chart')).toMatch(/svg, png or vega/);
  });

  it('documents the body of POST /v1/articles field by field', async () => {
    const doc = await openapi();
    const input = doc.components.schemas.ArticleInput;
    for (const field of ['id', 'title', 'text', 'body', 'content', 'url', 'source', 'published_at', 'lang']) {
      expect(input.properties[field].description?.length, field).toBeGreaterThan(10);
    }
    expect(doc.paths['/v1/articles'].post.requestBody.content['application/json'].example).toEqual(EXAMPLES['POST /v1/articles'].body);
  });

  it('has one example per endpoint, and each example request answers with the example’s shape', async () => {
    const ops = operations(await openapi());
    expect(ops.map((o) => o.key).sort()).toEqual(Object.keys(EXAMPLES).sort());
    // Writes first, so the article the GET example asks for exists.
    const ordered = [...ops].sort((a, b) => (a.method === 'post' ? -1 : 0) - (b.method === 'post' ? -1 : 0));
    for (const { key, method, op } of ordered) {
      const example = EXAMPLES[key];
      expect(op['x-example-request'], key).toBe(example.request);
      const init =
        example.body === undefined
          ? undefined
          : { method: method.toUpperCase(), headers: { 'content-type': 'application/json' }, body: JSON.stringify(example.body) };
      const response = await app.request(example.request, init);
      expect(response.status, key).toBeLessThan(300);
      if (typeof example.response === 'string') {
        expect((await response.text()).slice(0, 20), key).toBe(example.response.slice(0, 20));
        continue;
      }
      const actual = shape(await response.json());
      const expected = shape(example.response);
      for (const [path, keys] of Object.entries(expected)) if (actual[path]) expect(keys, `${key} ${path}`).toEqual(actual[path]);
    }
  });
});

function doc400(ops: Array<{ key: string; op: any }>, key: string): string {
  return ops.find((o) => o.key === key)!.op.responses['400'].description;
}

describe('GET /docs', () => {
  it('is a self-contained HTML page naming every route, with its parameters, body and example', async () => {
    const response = await app.request('/docs');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    for (const route of ROUTES) expect(html).toContain(`<code>${route}</code>`);
    expect(html).not.toMatch(/<script|<link|src="http/i);
    expect(html).toContain('Topic id, as GET /v1/topics lists them');
    expect(html).toContain('<h3>Request body</h3>');
    expect(html).toContain('Another name for `text`');
    expect(html).toContain('GET /v1/trends?topic=nato-expansion&#38;actors=RU,NATO');
    expect(html.match(/<h3>Example<\/h3>/g)).toHaveLength(ROUTES.length + 1);
  });
});

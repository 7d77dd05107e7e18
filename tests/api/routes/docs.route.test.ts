import { afterAll, describe, expect, it } from 'vitest';
import { createFixture } from '../../pipeline/trends/trend-fixture.js';

const fixture = createFixture();
afterAll(() => fixture.cleanup());

const ROUTES = ['/health', '/v1/actors', '/v1/topics', '/v1/trends', '/v1/trends/chart', '/v1/stances', '/v1/compare', '/docs'];

describe('GET /openapi.json', () => {
  it('is an OpenAPI 3 document listing every route with responses', async () => {
    const response = await fixture.app.request('/openapi.json');
    expect(response.status).toBe(200);
    const doc = (await response.json()) as any;
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(typeof doc.info.title).toBe('string');
    expect(typeof doc.info.version).toBe('string');
    expect(Object.keys(doc.paths).sort()).toEqual([...ROUTES].sort());
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      for (const [method, op] of Object.entries<any>(item)) {
        expect(['get', 'post', 'put', 'patch', 'delete']).toContain(method);
        expect(Object.keys(op.responses ?? {}).length, `${method} ${path} has responses`).toBeGreaterThan(0);
        for (const parameter of op.parameters ?? []) {
          expect(['query', 'path', 'header', 'cookie']).toContain(parameter.in);
          expect(typeof parameter.name).toBe('string');
          if (parameter.in === 'path') expect(parameter.required).toBe(true);
        }
      }
    }
    const trendParams = doc.paths['/v1/trends'].get.parameters.map((p: any) => p.name);
    expect(trendParams).toEqual(expect.arrayContaining(['topic', 'actors', 'from', 'to', 'bucket', 'smooth', 'min_confidence', 'format']));
    expect(doc.components.schemas).toHaveProperty('Trend');
    expect(doc.components.schemas).toHaveProperty('Error');
  });
});

describe('GET /docs', () => {
  it('is a self-contained HTML page naming every route', async () => {
    const response = await fixture.app.request('/docs');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    for (const route of ROUTES) expect(html).toContain(`<code>${route}</code>`);
    expect(html).not.toMatch(/<script|<link|src="http/i);
  });
});

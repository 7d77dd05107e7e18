import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { docsHtml, withExamples } from '../docs-page.js';

export const OPENAPI_CONFIG = {
  openapi: '3.0.3',
  info: {
    title: 'stance API',
    version: '1',
    description: 'Stances of countries and organisations on international topics, from news archives, with the evidence behind every number.',
  },
};

export function registerDocsRoutes(app: OpenAPIHono): void {
  const document = () => withExamples(app.getOpenAPIDocument(OPENAPI_CONFIG));
  // Served by hand rather than `app.doc`, so the document carries the examples too.
  app.get('/openapi.json', (c) => c.json(document()));
  const docs = createRoute({
    method: 'get',
    path: '/docs',
    summary: 'This reference as a readable page (works offline)',
    responses: { 200: { description: 'HTML reference built from /openapi.json', content: { 'text/html': { schema: z.string() } } } },
  });
  app.openapi(docs, (c) => c.html(docsHtml(document()), 200));
}

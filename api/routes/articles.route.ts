import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { StanceError } from '../../core/errors.js';
import { getArticle, sourcesOf } from '../../pipeline/db/articles.repo.js';
import { articleJson, stanceJson } from '../../pipeline/db/json.js';
import { stancesOfArticle } from '../../pipeline/db/stances.repo.js';
import { ingestItems } from '../../pipeline/ingest.js';
import type { SourceItem } from '../../pipeline/sources/record.js';
import type { AppDeps } from '../deps.js';
import { errorResponses, requireToken } from '../http.js';

export const MAX_ARTICLES_PER_REQUEST = 1000;

export interface ArticleRouteDeps extends AppDeps {
  /** Called after new articles are stored, so they are analysed in the background. */
  onIngested?: () => void;
}

const ArticleInput = z
  .object({
    id: z.union([z.string(), z.number()]).optional(),
    title: z.string().optional(),
    text: z.string().optional(),
    body: z.string().optional(),
    content: z.string().optional(),
    url: z.string().optional(),
    source: z.string().optional(),
    published_at: z.string().optional(),
    lang: z.string().optional(),
  })
  .passthrough()
  .openapi('ArticleInput');

const IngestAnswer = z
  .object({
    ingested: z.number().int(),
    duplicates: z.number().int(),
    rejected: z.array(z.object({ index: z.number().int(), reason: z.string() })),
    ids: z.array(z.string()).openapi({ description: 'Ids of the new articles, queued for analysis' }),
    duplicate_of: z.array(z.string()).openapi({ description: 'For each duplicate, the id of the article it repeats' }),
  })
  .openapi('IngestAnswer');

export function registerArticleRoutes(app: OpenAPIHono, deps: ArticleRouteDeps): void {
  const post = createRoute({
    method: 'post',
    path: '/v1/articles',
    summary: `Add one article or up to ${MAX_ARTICLES_PER_REQUEST}; new ones are queued for analysis`,
    middleware: [requireToken(deps.apiToken)] as const,
    request: {
      body: {
        required: true,
        content: { 'application/json': { schema: z.union([ArticleInput, z.array(ArticleInput).min(1).max(MAX_ARTICLES_PER_REQUEST)]) } },
      },
    },
    responses: {
      200: { description: 'What was stored, what was a duplicate, what was rejected and why', content: { 'application/json': { schema: IngestAnswer } } },
      401: { description: 'Missing or wrong API token' },
      ...errorResponses(),
    },
  });
  app.openapi(post, async (c) => {
    const body = c.req.valid('json');
    const records = Array.isArray(body) ? body : [body];
    const items: SourceItem[] = records.map((fields, i) => ({ kind: 'record', record: { file: 'request', line: i + 1, fields } }));
    const report = await ingestItems(deps.db, items, { collectIds: true });
    if (report.ingested > 0) deps.onIngested?.();
    return c.json(
      {
        ingested: report.ingested,
        duplicates: report.duplicates,
        rejected: report.rejected.map((r) => ({ index: r.line - 1, reason: r.reason })),
        ids: report.ids ?? [],
        duplicate_of: report.duplicateOf ?? [],
      },
      200,
    );
  });

  const get = createRoute({
    method: 'get',
    path: '/v1/articles/{id}',
    summary: 'One article with its sources and stance records (with evidence)',
    request: { params: z.object({ id: z.string().min(1) }) },
    responses: {
      200: { description: 'The article', content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } } },
      404: { description: 'No such article' },
      ...errorResponses(),
    },
  });
  app.openapi(get, (c) => {
    const { id } = c.req.valid('param');
    const article = getArticle(deps.db, id);
    if (!article) throw new StanceError('not_found', `no article with id "${id}"`);
    const sources = sourcesOf(deps.db, id).map((s) => ({ source: s.source || null, url: s.url || null, seen_at: s.seenAt }));
    return c.json({ ...articleJson(article), sources, stances: stancesOfArticle(deps.db, id).map(stanceJson) }, 200);
  });
}

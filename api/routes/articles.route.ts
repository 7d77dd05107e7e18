import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { StanceError } from '../../core/errors.js';
import { getArticle, sourcesOf } from '../../pipeline/db/articles.repo.js';
import { articleJson, stanceJson } from '../../pipeline/db/json.js';
import { stancesOfArticle } from '../../pipeline/db/stances.repo.js';
import { ingestItems } from '../../pipeline/ingest.js';
import type { SourceItem } from '../../pipeline/sources/record.js';
import type { AppDeps } from '../deps.js';
import { ErrorSchema, errorResponses, requireToken, tooLarge } from '../http.js';
import { queryOf } from '../params.js';

export const MAX_ARTICLES_PER_REQUEST = 1000;

export interface ArticleRouteDeps extends AppDeps {
  /** Called after new articles are stored, so they are analysed in the background. */
  onIngested?: () => void;
}

/*
 * The fields are checked one article at a time (pipeline/sources/record.ts), as in a file: an
 * article without text is reported in `rejected` with its index, and the others are stored.
 */
const ArticleInput = z
  .object({
    id: z
      .union([z.string(), z.number()])
      .optional()
      .openapi({ description: 'Your id for the article; kept as given. Absent: one is made from the text. An id already used by another text is rejected' }),
    title: z.string().optional().openapi({ description: 'Headline; also how syndicated copies are recognised (same title, same day)' }),
    text: z.string().optional().openapi({ description: 'The article text (plain, or HTML whose markup is stripped). Required: this, `body` or `content`' }),
    body: z.string().optional().openapi({ description: 'Another name for `text`' }),
    content: z.string().optional().openapi({ description: 'Another name for `text`' }),
    url: z.string().optional().openapi({ description: "The article's address, shown beside its evidence" }),
    source: z.string().optional().openapi({ description: 'Publication name, e.g. "Northern Ledger"; trends count distinct sources and filter by them' }),
    published_at: z.string().optional().openapi({
      description: 'Publication date, ISO 8601: a day (2022-02-04) or a date-time with zone (stored in UTC); `date` is accepted too. Trends bucket by it',
      example: '2022-02-04',
    }),
    lang: z.string().optional().openapi({ description: 'ISO 639-1 language code (en, ru, zh, …); detected when absent', example: 'en' }),
  })
  .passthrough()
  .openapi('ArticleInput', { description: 'One article; other fields are ignored' });

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
        description: `One article object, or an array of 1 to ${MAX_ARTICLES_PER_REQUEST}`,
        content: { 'application/json': { schema: z.union([ArticleInput, z.array(ArticleInput).min(1).max(MAX_ARTICLES_PER_REQUEST)]) } },
      },
    },
    responses: {
      200: { description: 'What was stored, what was a duplicate, what was rejected and why', content: { 'application/json': { schema: IngestAnswer } } },
      401: { description: 'Missing or wrong API token (only when the server has STANCE_API_TOKEN)' },
      ...tooLarge,
      ...errorResponses(
        `a body that is not JSON, neither an article object nor an array of them, an empty array or more than ${MAX_ARTICLES_PER_REQUEST} articles, or a field of the wrong type (an article without text is not refused: it comes back in \`rejected\`)`,
      ),
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
    request: {
      params: z.object({ id: z.string().min(1).openapi({ description: 'The article id, as POST /v1/articles or a stance record gives it', example: 'a1' }) }),
      query: queryOf({}),
    },
    responses: {
      200: { description: 'The article', content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } } },
      404: { description: 'No article with this id', content: { 'application/json': { schema: ErrorSchema } } },
      ...errorResponses(),
    },
  });
  app.openapi(get, async (c) => {
    const { id } = c.req.valid('param');
    const article = await getArticle(deps.db, id);
    if (!article) throw new StanceError('not_found', `no article with id "${id}"`);
    const sources = (await sourcesOf(deps.db, id)).map((s) => ({ source: s.source || null, url: s.url || null, seen_at: s.seenAt }));
    return c.json({ ...articleJson(article), sources, stances: (await stancesOfArticle(deps.db, id)).map(stanceJson) }, 200);
  });
}

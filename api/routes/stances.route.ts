import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { toUtcDay } from '../../core/dates.js';
import { StanceError } from '../../core/errors.js';
import { type StanceCursor, stancePage } from '../../pipeline/db/trends.repo.js';
import type { AppDeps } from '../deps.js';
import { errorResponses } from '../http.js';
import { checkActors, checkOrder, DateParam, FilterParams, filterOf, findTopic, TopicParam } from '../params.js';

export const StancesQuerySchema = z.object({
  topic: TopicParam,
  actor: z.string().min(1).optional().openapi({ description: 'One actor code; all actors when absent', example: 'RU' }),
  from: DateParam.optional().openapi({ description: 'First day (UTC)', example: '2022-05-01' }),
  to: DateParam.optional().openapi({ description: 'Last day (UTC), inclusive', example: '2022-05-31' }),
  cursor: z.string().min(1).optional().openapi({ description: 'next_cursor of the previous page' }),
  limit: z.coerce.number().int().min(1).max(500).default(50).openapi({ description: 'Records per page (1..500)' }),
  ...FilterParams,
});

const EvidenceSchema = z.object({
  sentence: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  score: z.number(),
  confidence: z.number(),
  detail: z.record(z.string(), z.unknown()).optional(),
});

export const StanceItemSchema = z
  .object({
    id: z.number().int(),
    article_id: z.string(),
    actor: z.string(),
    topic: z.string(),
    score: z.number(),
    label: z.string(),
    confidence: z.number(),
    scorer: z.string(),
    model: z.string(),
    model_version: z.string(),
    published_at: z.string().nullable(),
    source: z.string().nullable(),
    lang: z.string().nullable(),
    title: z.string().nullable(),
    url: z.string().nullable(),
    evidence: z.array(EvidenceSchema),
  })
  .openapi('StanceRecord');

export function encodeCursor(cursor: StanceCursor): string {
  return Buffer.from(JSON.stringify([cursor.publishedAt, cursor.id])).toString('base64url');
}

const CursorSchema = z.tuple([z.string(), z.number().int()]);

export function decodeCursor(text: string): StanceCursor {
  try {
    const [publishedAt, id] = CursorSchema.parse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    return { publishedAt, id };
  } catch (error) {
    throw new StanceError('bad_input', 'invalid cursor: pass next_cursor from the previous page unchanged', { param: 'cursor' }, { cause: error });
  }
}

export function registerStanceRoutes(app: OpenAPIHono, deps: AppDeps): void {
  const route = createRoute({
    method: 'get',
    path: '/v1/stances',
    summary: 'The stance records and evidence sentences behind a trend point',
    description: 'Ordered by publication date then id; follow next_cursor for the next page (null on the last).',
    request: { query: StancesQuerySchema },
    responses: {
      200: {
        description: 'One page of stance records',
        content: { 'application/json': { schema: z.object({ items: z.array(StanceItemSchema), next_cursor: z.string().nullable() }) } },
      },
      ...errorResponses(
        'unknown topic or actor code, a date that is not a real date or "from" after "to", a cursor not taken from next_cursor, limit outside 1..500, or min_confidence outside 0..1',
      ),
    },
  });
  app.openapi(route, (c) => {
    const query = c.req.valid('query');
    const topic = findTopic(deps, query.topic);
    const actors = query.actor ? checkActors(deps, [query.actor], 'actor') : undefined;
    const from = query.from ? toUtcDay(query.from) : undefined;
    const to = query.to ? toUtcDay(query.to) : undefined;
    checkOrder(from, to);
    const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
    const page = stancePage(deps.db, { ...filterOf(query, topic.id), actors, from, to }, { cursor, limit: query.limit });
    return c.json({ items: page.items, next_cursor: page.next ? encodeCursor(page.next) : null }, 200);
  });
}

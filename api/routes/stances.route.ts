import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { toUtcDay } from '../../core/dates.js';
import { StanceError } from '../../core/errors.js';
import { loadSourceRegistry } from '../../pipeline/data/source-registry.js';
import { type StanceCursor, stancePage, stanceSlice } from '../../pipeline/db/trends.repo.js';
import { stanceTable } from '../../pipeline/export/stance-table.js';
import type { AppDeps } from '../deps.js';
import { errorResponses } from '../http.js';
import { checkActors, checkOrder, DateParam, FilterParams, filterOf, findTopic, formatParam, queryOf, TopicParam } from '../params.js';
import { tableResponse } from '../tabular.js';

/** Records per JSON page when the request does not say, and at most. */
export const DEFAULT_PAGE = 50;
export const MAX_PAGE = 500;

const StancesQueryShape = {
  topic: TopicParam,
  actor: z.string().min(1).optional().openapi({ description: 'One actor code; all actors when absent', example: 'RU' }),
  from: DateParam.optional().openapi({ description: 'First day (UTC)', example: '2022-05-01' }),
  to: DateParam.optional().openapi({ description: 'Last day (UTC), inclusive', example: '2022-05-31' }),
  cursor: z.string().min(1).optional().openapi({ description: 'next_cursor of the previous page' }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .openapi({
      description: `Records per page for JSON (at most 500, default ${DEFAULT_PAGE}); for csv and parquet, at most this many records (default: every record from the cursor on)`,
    }),
  ...FilterParams,
  format: formatParam(
    ['json', 'csv', 'parquet'],
    'json: one page; csv or parquet: the whole slice in one download, one row per record, the strongest evidence sentence flattened (sentence, offsets, cue) and all evidence as JSON',
  ),
};

export const StancesQuerySchema = queryOf(StancesQueryShape);

const EvidenceSchema = z.object({
  sentence: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  field: z.literal('title').optional().openapi({ description: 'Set where the sentence is the headline: start and end are then offsets into the title' }),
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
    topic_hash: z
      .string()
      .nullable()
      .openapi({ description: 'Hash of the topic definition the record was scored against; null on records stored before it was kept' }),
    tool_version: z.string().nullable(),
    lexicon_version: z.string().nullable(),
    gazetteer_version: z.string().nullable().openapi({ description: "Hash of the gazetteer's data (with your own actors) that found the actor" }),
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
        description: 'One page of stance records, or every matching record as CSV or Parquet',
        content: {
          'application/json': { schema: z.object({ items: z.array(StanceItemSchema), next_cursor: z.string().nullable() }) },
          'text/csv': { schema: z.string() },
          'application/vnd.apache.parquet': { schema: z.string().openapi({ format: 'binary' }) },
        },
      },
      ...errorResponses(
        'unknown topic or actor code, a date that is not a real date or "from" after "to", a cursor not taken from next_cursor, limit below 1 (or over 500 for JSON), min_confidence outside 0..1, an unknown source country, kind or format, or an unknown query parameter',
      ),
    },
  });
  app.openapi(route, async (c) => {
    const query = c.req.valid('query');
    const topic = await findTopic(deps, query.topic);
    const actors = query.actor ? await checkActors(deps, [query.actor], 'actor') : undefined;
    const from = query.from ? toUtcDay(query.from) : undefined;
    const to = query.to ? toUtcDay(query.to) : undefined;
    checkOrder(from, to);
    const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
    const filter = { ...(await filterOf(deps, query, topic.id)).filter, actors, from, to };
    if (query.format !== 'json') {
      const registry = deps.sources?.() ?? loadSourceRegistry();
      const rows = stanceSlice(deps.db, filter, { cursor, limit: query.limit });
      return tableResponse(query.format, stanceTable(registry), rows, `${topic.id}-stances`);
    }
    if (query.limit !== undefined && query.limit > MAX_PAGE) {
      throw new StanceError(
        'bad_input',
        `limit ${query.limit} is more than ${MAX_PAGE} records per JSON page: follow next_cursor, or ask for format=csv or parquet`,
        {
          param: 'limit',
        },
      );
    }
    const page = await stancePage(deps.db, filter, { cursor, limit: query.limit ?? DEFAULT_PAGE });
    return c.json({ items: page.items, next_cursor: page.next ? encodeCursor(page.next) : null }, 200);
  });
}

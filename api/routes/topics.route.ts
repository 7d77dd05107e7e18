import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { parseTopic } from '../../pipeline/data/topic-catalogue.js';
import { saveTopic } from '../../pipeline/db/topics.repo.js';
import { topicCounts } from '../../pipeline/db/trends.repo.js';
import type { AppDeps } from '../deps.js';
import { errorResponses, requireToken } from '../http.js';

export const TopicSummarySchema = z
  .object({
    id: z.string().openapi({ example: 'nato-expansion' }),
    label: z.string().openapi({ example: 'NATO admitting new members' }),
    description: z.string(),
    hypotheses: z.object({ support: z.string(), oppose: z.string() }),
    languages: z.array(z.string()).openapi({ description: 'Languages with relevance keywords' }),
    n_records: z.number().int(),
    n_articles: z.number().int(),
  })
  .openapi('TopicSummary');

export function registerTopicRoutes(app: OpenAPIHono, deps: AppDeps): void {
  const route = createRoute({
    method: 'get',
    path: '/v1/topics',
    summary: 'Built-in and custom topics with their record counts',
    responses: {
      200: { description: 'Every topic', content: { 'application/json': { schema: z.object({ topics: z.array(TopicSummarySchema) }) } } },
      ...errorResponses(),
    },
  });
  app.openapi(route, (c) => {
    const counts = new Map(topicCounts(deps.db).map((r) => [r.key, r]));
    const topics = deps.topics().map((t) => ({
      id: t.id,
      label: t.label,
      description: t.description,
      hypotheses: t.hypotheses,
      languages: Object.keys(t.keywords),
      n_records: counts.get(t.id)?.n_records ?? 0,
      n_articles: counts.get(t.id)?.n_articles ?? 0,
    }));
    return c.json({ topics }, 200);
  });
}

/** POST /v1/topics: a researcher's own topic, validated like `stance topics add`. */
export function registerTopicWriteRoutes(app: OpenAPIHono, deps: AppDeps): void {
  const route = createRoute({
    method: 'post',
    path: '/v1/topics',
    summary: 'Add or replace a custom topic (id, label, description, keywords per language, hypotheses)',
    middleware: [requireToken(deps.apiToken)] as const,
    request: { body: { required: true, content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } } } },
    responses: {
      201: { description: 'Added', content: { 'application/json': { schema: z.object({ id: z.string(), status: z.enum(['added', 'replaced']) }) } } },
      401: { description: 'Missing or wrong API token' },
      ...errorResponses(),
    },
  });
  app.openapi(route, (c) => {
    const topic = parseTopic(c.req.valid('json'));
    return c.json({ id: topic.id, status: saveTopic(deps.db, topic) }, 201);
  });
}

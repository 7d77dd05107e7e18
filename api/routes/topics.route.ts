import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { topicCounts } from '../../pipeline/db/trends.repo.js';
import { errorResponses, type AppDeps } from '../app.js';

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

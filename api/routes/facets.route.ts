import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { topicFacets } from '../../pipeline/db/trends.repo.js';
import type { AppDeps } from '../deps.js';
import { errorResponses } from '../http.js';
import { untilChanged } from '../memo.js';
import { findTopic, queryOf, TopicParam } from '../params.js';

const FacetSchema = z.array(z.object({ value: z.string(), n_records: z.number().int() }));

export const FacetsSchema = z
  .object({
    topic: z.string(),
    scorers: FacetSchema.openapi({ description: 'Values for `scorer`, most records first' }),
    sources: FacetSchema.openapi({ description: 'Values for `source`' }),
    langs: FacetSchema.openapi({ description: 'Values for `lang` (ISO 639-1)' }),
  })
  .openapi('Facets');

/** GET /v1/facets: what the filters of the trend, stances and compare endpoints can take for a topic. */
export function registerFacetRoutes(app: OpenAPIHono, deps: AppDeps): void {
  const route = createRoute({
    method: 'get',
    path: '/v1/facets',
    summary: "The scorers, sources and languages of a topic's records, to filter by",
    description: 'Each value with its number of stance records, most first; the dashboard fills its filter lists from here.',
    request: { query: queryOf({ topic: TopicParam }) },
    responses: {
      200: { description: 'The values each filter can take', content: { 'application/json': { schema: FacetsSchema } } },
      ...errorResponses('a missing or unknown topic, or an unknown query parameter'),
    },
  });
  const facetsNow = untilChanged(deps.db, (topic) => topicFacets(deps.db, topic));
  app.openapi(route, async (c) => {
    const topic = await findTopic(deps, c.req.valid('query').topic);
    return c.json({ topic: topic.id, ...(await facetsNow(topic.id)) }, 200);
  });
}

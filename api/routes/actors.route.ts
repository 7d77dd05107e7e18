import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { actorCounts } from '../../pipeline/db/trends.repo.js';
import type { AppDeps } from '../deps.js';
import { errorResponses } from '../http.js';
import { untilChanged } from '../memo.js';

export const ActorSchema = z
  .object({
    code: z.string().openapi({ example: 'RU' }),
    kind: z.string().openapi({ example: 'country' }),
    name: z.string().openapi({ example: 'Russia' }),
    names: z.record(z.string(), z.string()).openapi({ description: 'Name per language' }),
    n_records: z.number().int(),
    n_articles: z.number().int(),
  })
  .openapi('Actor');

export function registerActorRoutes(app: OpenAPIHono, deps: AppDeps): void {
  const route = createRoute({
    method: 'get',
    path: '/v1/actors',
    summary: 'Known actors with how many stance records and articles mention them',
    responses: {
      200: { description: 'Every known actor', content: { 'application/json': { schema: z.object({ actors: z.array(ActorSchema) }) } } },
      ...errorResponses(),
    },
  });
  const countsNow = untilChanged(deps.db, () => new Map(actorCounts(deps.db).map((r) => [r.key, r])));
  app.openapi(route, (c) => {
    const counts = countsNow();
    const actors = deps.actors().map((a) => ({
      code: a.code,
      kind: a.kind,
      name: a.name,
      names: a.names,
      n_records: counts.get(a.code)?.n_records ?? 0,
      n_articles: counts.get(a.code)?.n_articles ?? 0,
    }));
    return c.json({ actors }, 200);
  });
}

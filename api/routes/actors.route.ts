import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { LANGUAGES, LanguageSchema } from '../../pipeline/data/gazetteer.js';
import { actorCounts } from '../../pipeline/db/trends.repo.js';
import type { AppDeps } from '../deps.js';
import { errorResponses } from '../http.js';
import { untilChanged } from '../memo.js';
import { queryOf } from '../params.js';

export const ActorSchema = z
  .object({
    code: z.string().openapi({ example: 'RU' }),
    kind: z.string().openapi({ example: 'country' }),
    name: z.string().openapi({ description: 'The name in the language asked for (lang), else in English', example: 'Russia' }),
    names: z.record(z.string(), z.string()).openapi({ description: 'Name per language' }),
    custom: z.boolean().openapi({ description: 'Added by you (stance actors add), not built in' }),
    n_records: z.number().int(),
    n_articles: z.number().int(),
  })
  .openapi('Actor');

export function registerActorRoutes(app: OpenAPIHono, deps: AppDeps): void {
  const route = createRoute({
    method: 'get',
    path: '/v1/actors',
    summary: 'Known actors with how many stance records and articles mention them',
    request: {
      query: queryOf({
        lang: LanguageSchema.optional().openapi({
          description: `Give each name in this language (${LANGUAGES.join(', ')}); English by default`,
          example: 'fr',
        }),
      }),
    },
    responses: {
      200: { description: 'Every known actor', content: { 'application/json': { schema: z.object({ actors: z.array(ActorSchema) }) } } },
      ...errorResponses('an unknown query parameter, or a lang that is not one of the supported languages'),
    },
  });
  const countsNow = untilChanged(deps.db, async () => new Map((await actorCounts(deps.db)).map((r) => [r.key, r])));
  app.openapi(route, async (c) => {
    const { lang } = c.req.valid('query');
    const counts = await countsNow();
    const actors = (await deps.actors()).map((a) => ({
      code: a.code,
      kind: a.kind,
      name: (lang && a.names[lang]) || a.name,
      names: a.names,
      custom: a.custom ?? false,
      n_records: counts.get(a.code)?.n_records ?? 0,
      n_articles: counts.get(a.code)?.n_articles ?? 0,
    }));
    return c.json({ actors }, 200);
  });
}

import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { toUtcDay } from '../../core/dates.js';
import { compareMoments, type StanceFilter } from '../../pipeline/db/trends.repo.js';
import { summariseMoments } from '../../pipeline/trends/trend-stats.js';
import type { AppDeps } from '../deps.js';
import { errorResponses } from '../http.js';
import { untilChanged } from '../memo.js';
import { CompareQuerySchema, checkOrder, filterOf, findTopic } from '../params.js';
import { type CompareEntry, CompareResultSchema } from '../schemas.js';

/** Most supportive first; ties broken by more evidence, then by code so the order is stable. */
function byStance(a: CompareEntry, b: CompareEntry): number {
  return (b.mean ?? -Infinity) - (a.mean ?? -Infinity) || b.n_articles - a.n_articles || a.actor.localeCompare(b.actor);
}

export function registerCompareRoutes(app: OpenAPIHono, deps: AppDeps): void {
  const route = createRoute({
    method: 'get',
    path: '/v1/compare',
    summary: "Every actor's stance on a topic over a window",
    description: 'Confidence-weighted mean with a 95% t-interval per actor; syndicated copies count once.',
    request: { query: CompareQuerySchema },
    responses: {
      200: { description: 'Actors sorted from most supportive to most opposed', content: { 'application/json': { schema: CompareResultSchema } } },
      ...errorResponses('unknown topic, a date that is not a real date or "from" after "to", or min_confidence outside 0..1'),
    },
  });
  // The sums scan the topic's records (seconds on a million): kept until the data changes.
  const momentsNow = untilChanged(deps.db, (filter) => compareMoments(deps.db, JSON.parse(filter) as StanceFilter));
  app.openapi(route, (c) => {
    const query = c.req.valid('query');
    const topic = findTopic(deps, query.topic);
    const from = query.from ? toUtcDay(query.from)! : undefined;
    const to = query.to ? toUtcDay(query.to)! : undefined;
    checkOrder(from, to);
    const names = new Map(deps.actors().map((a) => [a.code, a.name]));
    const actors = momentsNow(JSON.stringify({ ...filterOf(query, topic.id), from, to }))
      .map(
        (m): CompareEntry => ({
          actor: m.actor,
          name: names.get(m.actor) ?? null,
          ...summariseMoments(m),
          n_records: m.records,
          n_articles: m.articles,
          n_sources: m.sources,
        }),
      )
      .sort(byStance);
    return c.json({ topic: topic.id, from: from ?? null, to: to ?? null, scorer: query.scorer ?? 'best', actors }, 200);
  });
}

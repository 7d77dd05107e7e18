import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { toUtcDay } from '../../core/dates.js';
import { rollupCompareMoments, rollupExclusions, rollupScorer } from '../../pipeline/db/rollup.repo.js';
import { compareExclusions, compareMoments, type StanceFilter } from '../../pipeline/db/trends.repo.js';
import { summariseMoments } from '../../pipeline/trends/trend-stats.js';
import type { AppDeps } from '../deps.js';
import { errorResponses } from '../http.js';
import { untilChanged } from '../memo.js';
import { CompareQuerySchema, checkOrder, excludedJson, filterOf, findTopic, formatParam, queryOf, unregisteredCount } from '../params.js';
import { type CompareEntry, CompareResultSchema } from '../schemas.js';
import { compareTable } from '../tables.js';
import { tableResponse } from '../tabular.js';

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
    request: {
      query: queryOf({
        ...CompareQuerySchema.shape,
        format: formatParam(['json', 'csv'], 'json, or csv: one row per actor (and group), with the topic'),
      }),
    },
    responses: {
      200: {
        description: 'Actors sorted from most supportive to most opposed',
        content: { 'application/json': { schema: CompareResultSchema }, 'text/csv': { schema: z.string() } },
      },
      ...errorResponses(
        'unknown topic, a date that is not a real date or "from" after "to", min_confidence outside 0..1, an unknown source country or kind, group_by or format, or an unknown query parameter',
      ),
    },
  });
  // Without the rollup the sums scan the topic's records (seconds on a million), so that answer
  // is kept until the data changes; the rollup's is read afresh, a few hundred rows.
  const momentsNow = untilChanged(deps.db, async (key) => {
    const { filter, groups } = JSON.parse(key) as { filter: StanceFilter; groups?: Array<[string, string]> };
    return compareMoments(deps.db, filter, groups && new Map(groups));
  });
  app.openapi(route, async (c) => {
    const query = c.req.valid('query');
    const topic = await findTopic(deps, query.topic);
    const from = query.from ? toUtcDay(query.from)! : undefined;
    const to = query.to ? toUtcDay(query.to)! : undefined;
    checkOrder(from, to);
    const names = new Map((await deps.actors()).map((a) => [a.code, a.name]));
    const { filter: base, scope } = await filterOf(deps, query, topic.id);
    const filter = { ...base, from, to };
    const grouped = scope.groupBy !== undefined;
    const scorer = await rollupScorer(deps.db, filter, grouped);
    const moments =
      scorer === null
        ? await momentsNow(JSON.stringify({ filter, groups: scope.groupOf && [...scope.groupOf] }))
        : await rollupCompareMoments(deps.db, filter, scorer);
    const actors = moments
      .map(
        (m): CompareEntry => ({
          actor: m.actor,
          name: names.get(m.actor) ?? null,
          ...(grouped ? { group: m.grp } : {}),
          ...summariseMoments(m),
          n_records: m.records,
          n_articles: m.articles,
          n_sources: m.sources,
        }),
      )
      .sort(byStance);
    if (query.format === 'csv') {
      const rows = actors.map((a) => ({ ...a, topic: topic.id }));
      return tableResponse('csv', compareTable(scope.groupBy ?? null), rows, `${topic.id}-compare`);
    }
    const exclusions = scorer === null ? await compareExclusions(deps.db, filter) : await rollupExclusions(deps.db, filter);
    const excluded = excludedJson(exclusions, await unregisteredCount(deps, filter, scope));
    return c.json(
      { topic: topic.id, from: from ?? null, to: to ?? null, scorer: query.scorer ?? 'best', group_by: scope.groupBy ?? null, actors, excluded },
      200,
    );
  });
}

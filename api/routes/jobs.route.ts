import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { countByStatus } from '../../pipeline/db/articles.repo.js';
import { recentRuns } from '../../pipeline/db/runs.repo.js';
import type { AppDeps } from '../deps.js';
import { errorResponses } from '../http.js';
import { queryOf } from '../params.js';

export function registerJobRoutes(app: OpenAPIHono, deps: AppDeps): void {
  const route = createRoute({
    method: 'get',
    path: '/v1/jobs',
    summary: 'Queue state and recent ingest/analysis runs',
    request: { query: queryOf({}) },
    responses: {
      200: {
        description: 'Articles per queue state and the latest runs with their figures',
        content: { 'application/json': { schema: z.object({ queue: z.record(z.string(), z.number()), runs: z.array(z.record(z.string(), z.unknown())) }) } },
      },
      ...errorResponses(),
    },
  });
  app.openapi(route, async (c) => {
    // Counted in the database, so with workers on several machines this is the queue of them all.
    const counts = await countByStatus(deps.db);
    const queue = { queued: 0, processing: 0, done: 0, failed: 0, ...counts };
    const runs = (await recentRuns(deps.db)).map((r) => ({
      id: r.id,
      command: r.command,
      scorer: r.scorer,
      status: r.status,
      started_at: r.startedAt,
      finished_at: r.finishedAt,
      stats: r.stats,
    }));
    return c.json({ queue, runs }, 200);
  });
}

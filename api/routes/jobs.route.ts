import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { countByStatus } from '../../pipeline/db/articles.repo.js';
import { recentRuns } from '../../pipeline/db/runs.repo.js';
import { liveWorkers } from '../../pipeline/run-record.js';
import type { AppDeps } from '../deps.js';
import { errorResponses } from '../http.js';
import { queryOf } from '../params.js';

const WorkerSchema = z
  .object({
    run: z.number().int().openapi({ description: 'The run (`runs.id`) the worker claims under: the token its held articles carry' }),
    command: z.string().openapi({ example: 'analyze' }),
    scorer: z.string().openapi({ example: 'lexicon' }),
    host: z.string().nullable().openapi({ description: 'The machine the worker runs on, as it named itself' }),
    pid: z.number().int().nullable().openapi({ description: 'Its process id on that machine' }),
    started_at: z.string(),
    heartbeat_at: z.string().openapi({ description: 'Its last heartbeat (every 5 s while it lives), on the database clock' }),
    lease_ends_at: z.string().openapi({
      description: 'When its lease runs out should the heartbeats stop: from then on another worker takes back what it holds',
    }),
    held: z.number().int().openapi({ description: 'Articles it has claimed and not yet stored (0 while it waits for work)' }),
  })
  .openapi('Worker');

const JobsSchema = z.object({
  queue: z.record(z.string(), z.number()).openapi({ description: 'Articles per queue state, counted in the database: the queue of every worker' }),
  workers: z.array(WorkerSchema).openapi({
    description:
      'One entry per live analysis run, oldest first. On PostgreSQL, every worker on every machine whose lease has not run out; ' +
      'on SQLite, the analysis of this server or of a `stance analyze` on the same file, or an empty list when none runs. ' +
      'Articles a dead worker held stay in queue.processing, under no worker here, until a live one takes them back.',
  }),
  runs: z.array(z.record(z.string(), z.unknown())).openapi({ description: 'The latest ingest and analysis runs, newest first, with their figures' }),
});

export function registerJobRoutes(app: OpenAPIHono, deps: AppDeps): void {
  const route = createRoute({
    method: 'get',
    path: '/v1/jobs',
    summary: 'Queue state, the workers analysing now, and recent ingest/analysis runs',
    request: { query: queryOf({}) },
    responses: {
      200: {
        description: 'Articles per queue state, each live worker with what it holds, and the latest runs with their figures',
        content: { 'application/json': { schema: JobsSchema } },
      },
      ...errorResponses(),
    },
  });
  app.openapi(route, async (c) => {
    // Counted in the database, so with workers on several machines this is the queue of them all.
    const counts = await countByStatus(deps.db);
    const queue = { queued: 0, processing: 0, done: 0, failed: 0, ...counts };
    const workers = (await liveWorkers(deps.db)).map((w) => ({
      run: w.run,
      command: w.command,
      scorer: w.scorer,
      host: w.host,
      pid: w.pid,
      started_at: w.startedAt,
      heartbeat_at: w.heartbeatAt,
      lease_ends_at: w.leaseEndsAt,
      held: w.held,
    }));
    const runs = (await recentRuns(deps.db)).map((r) => ({
      id: r.id,
      command: r.command,
      scorer: r.scorer,
      status: r.status,
      started_at: r.startedAt,
      finished_at: r.finishedAt,
      stats: r.stats,
    }));
    return c.json({ queue, workers, runs }, 200);
  });
}

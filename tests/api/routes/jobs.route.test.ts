import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp } from '../../../api/app.js';
import { registerJobRoutes } from '../../../api/routes/jobs.route.js';
import { type RunningServer, startServer } from '../../../api/server.js';
import { listActors } from '../../../pipeline/data/gazetteer.js';
import { builtinCatalogue } from '../../../pipeline/data/topic-catalogue.js';
import { claimQueued, storeArticles } from '../../../pipeline/db/articles.repo.js';
import { rawRows } from '../../../pipeline/db/handle.js';
import { finishRun, startRun } from '../../../pipeline/db/runs.repo.js';
import { STALE_AFTER_MS } from '../../../pipeline/run-record.js';
import { contentHash } from '../../../pipeline/stages/clean.js';
import { describeStores } from '../../pipeline/db/stores.js';

/*
 * GET /v1/jobs on either store, through a server on loopback: the queue as the database counts
 * it (every worker's), each live worker with what it holds and when its lease ends, and the runs.
 */

describeStores('GET /v1/jobs', (ctx) => {
  let server: RunningServer;
  beforeAll(async () => {
    const deps = { db: ctx.handle.db, topics: builtinCatalogue, actors: () => listActors() };
    server = await startServer({ app: createApp({ ...deps, extraRoutes: (a) => registerJobRoutes(a, deps) }), host: '127.0.0.1', port: 0 });
  });
  afterAll(() => server?.close());

  const jobs = async () => {
    const response = await fetch(`${server.url}/v1/jobs`);
    expect(response.status).toBe(200);
    return (await response.json()) as any;
  };

  it('lists no worker while none analyses', async () => {
    expect((await jobs()).workers).toEqual([]);
  });

  it('counts the queue in the database, lists each live worker with what it holds, and the runs newest first', async () => {
    const texts = ['Russia opposes NATO expansion.', 'China supports the peace talks.', 'Turkey condemned the sanctions.', 'Spain backs the plan.'];
    await storeArticles(
      ctx.handle.db,
      texts.map((text, i) => ({ id: `j${i}`, idGiven: true, contentHash: contentHash(text), text, lang: 'en', publishedAt: '2022-01-01' })),
    );
    const ingest = await startRun(ctx.handle.db, 'ingest', null, { pid: 1, host: 'one.example' });
    await finishRun(ctx.handle.db, ingest, 'finished', { ingested: 4 });
    // A worker on another machine holds two articles; a second one holds none (it waits for work).
    const worker = await startRun(ctx.handle.db, 'analyze', 'lexicon', { pid: 2, host: 'two.example' });
    expect(await claimQueued(ctx.handle.db, 2, worker)).toHaveLength(2);
    const idle = await startRun(ctx.handle.db, 'run', 'lexicon', { pid: 3, host: 'three.example' });
    // A third stopped beating long ago: its lease is over, so it is no live worker, though its
    // article stays processing until a worker takes it back.
    const dead = await startRun(ctx.handle.db, 'analyze', 'lexicon', { pid: 4, host: 'four.example' });
    expect(await claimQueued(ctx.handle.db, 1, dead)).toHaveLength(1);
    await rawRows(ctx.handle.db, sql`update runs set heartbeat_at = '2000-01-01T00:00:00.000Z' where id = ${dead} returning id`);
    // An ingest at work claims nothing: it is no worker either.
    await startRun(ctx.handle.db, 'ingest', null, { pid: 5, host: 'five.example' });

    const body = await jobs();
    expect(body.queue).toEqual({ queued: 1, processing: 3, done: 0, failed: 0 });
    expect(body.workers.map((w: any) => [w.run, w.command, w.scorer, w.host, w.pid, w.held])).toEqual([
      [worker, 'analyze', 'lexicon', 'two.example', 2, 2],
      [idle, 'run', 'lexicon', 'three.example', 3, 0],
    ]);
    for (const w of body.workers) {
      expect(w.heartbeat_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(Date.parse(w.lease_ends_at) - Date.parse(w.heartbeat_at)).toBe(STALE_AFTER_MS);
      expect(w.started_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
    }
    expect(body.runs.map((r: { id: number; command: string; status: string }) => [r.command, r.status])).toEqual([
      ['ingest', 'running'],
      ['analyze', 'running'],
      ['run', 'running'],
      ['analyze', 'running'],
      ['ingest', 'finished'],
    ]);
    expect(body.runs[4]).toMatchObject({ id: ingest, scorer: null, stats: { ingested: 4 } });
    expect(body.runs[4].finished_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
  });
});

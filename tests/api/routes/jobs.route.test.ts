import { expect, it } from 'vitest';
import { createApp } from '../../../api/app.js';
import { registerJobRoutes } from '../../../api/routes/jobs.route.js';
import { listActors } from '../../../pipeline/data/gazetteer.js';
import { builtinCatalogue } from '../../../pipeline/data/topic-catalogue.js';
import { claimQueued, storeArticles } from '../../../pipeline/db/articles.repo.js';
import { finishRun, startRun } from '../../../pipeline/db/runs.repo.js';
import { contentHash } from '../../../pipeline/stages/clean.js';
import { describeStores } from '../../pipeline/db/stores.js';

/* GET /v1/jobs on either store: the queue as the database counts it (every worker's), and the runs. */

describeStores('GET /v1/jobs', (ctx) => {
  it('counts the queue in the database, with a worker holding a batch, and lists the runs newest first', async () => {
    const texts = ['Russia opposes NATO expansion.', 'China supports the peace talks.', 'Turkey condemned the sanctions.'];
    await storeArticles(
      ctx.handle.db,
      texts.map((text, i) => ({ id: `j${i}`, idGiven: true, contentHash: contentHash(text), text, lang: 'en', publishedAt: '2022-01-01' })),
    );
    const ingest = await startRun(ctx.handle.db, 'ingest', null, { pid: 1, host: 'one.example' });
    await finishRun(ctx.handle.db, ingest, 'finished', { ingested: 3 });
    // A worker on another machine holds two of the three articles.
    const worker = await startRun(ctx.handle.db, 'analyze', 'lexicon', { pid: 2, host: 'two.example' });
    expect(await claimQueued(ctx.handle.db, 2, worker)).toHaveLength(2);

    const deps = { db: ctx.handle.db, topics: builtinCatalogue, actors: () => listActors() };
    const app = createApp({ ...deps, extraRoutes: (a) => registerJobRoutes(a, deps) });
    const response = await app.request('/v1/jobs');
    expect(response.status).toBe(200);
    const body: any = await response.json();
    expect(body.queue).toEqual({ queued: 1, processing: 2, done: 0, failed: 0 });
    expect(body.runs.map((r: { id: number; command: string; status: string }) => [r.id, r.command, r.status])).toEqual([
      [worker, 'analyze', 'running'],
      [ingest, 'ingest', 'finished'],
    ]);
    expect(body.runs[1]).toMatchObject({ scorer: null, stats: { ingested: 3 } });
    expect(body.runs[1].started_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
    expect(body.runs[1].finished_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
  });
});

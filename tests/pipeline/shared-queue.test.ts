import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createInlineAnalyser } from '../../pipeline/analyser.js';
import { builtinCatalogue } from '../../pipeline/data/topic-catalogue.js';
import { claimQueued, storeArticles } from '../../pipeline/db/articles.repo.js';
import { openDatabase } from '../../pipeline/db/client.js';
import type { DbHandle } from '../../pipeline/db/handle.js';
import { rawRows } from '../../pipeline/db/handle.js';
import { startRun } from '../../pipeline/db/runs.repo.js';
import { AnalysisQueue } from '../../pipeline/queue.js';
import { contentHash } from '../../pipeline/stages/clean.js';
import { spawnStance, waitFor } from '../cli-helpers.js';
import { describePg, freshPgDatabase } from '../pg-helpers.js';

/*
 * One worker among several on a PostgreSQL database: what it may count as its own work, and when
 * it may call the queue finished.
 */

const texts = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => {
    const text = `Moscow opposes NATO expansion, the foreign ministry said in note ${prefix}${i}.`;
    return { id: `${prefix}${i}`, idGiven: true, contentHash: contentHash(text), text, lang: 'en', publishedAt: '2022-01-01' };
  });

const count = async (handle: DbHandle, query: ReturnType<typeof sql>) => Number((await rawRows<{ n: number }>(handle.db, query))[0].n);

describePg('a worker sharing the queue', () => {
  let handle: DbHandle;
  let url: string;
  const elsewhere = { pid: 1, host: 'another-machine.example' };

  beforeAll(async () => {
    url = await freshPgDatabase('shared');
    handle = await openDatabase(url);
  });
  afterAll(() => handle?.close());

  it('does not count a batch whose claim another worker took over before the save', async () => {
    await storeArticles(handle.db, texts('lost', 4));
    const own = await startRun(handle.db, 'analyze', 'lexicon', { pid: process.pid, host: 'this-machine.example' });
    const other = await startRun(handle.db, 'analyze', 'lexicon', elsewhere);
    const inner = await createInlineAnalyser({ kind: 'lexicon' }, builtinCatalogue());
    // While the batch is analysed, this worker's lease runs out and the other worker claims it.
    const analyser = {
      ...inner,
      async analyse(articles: Parameters<typeof inner.analyse>[0], timeoutMs: number) {
        const outcomes = await inner.analyse(articles, timeoutMs);
        await rawRows(handle.db, sql`update articles set claimed_by = ${other} where claimed_by = ${own} returning id`);
        return outcomes;
      },
    };
    const options = { run: own, concurrency: 1, chunkSize: 4, saveBatch: 4, articleTimeoutMs: 10_000, maxAttempts: 1, backoffMs: 5 };
    const stats = await new AnalysisQueue(handle.db, analyser, options).drain();
    await inner.close();
    expect(stats).toEqual({ analysed: 0, failed: 0, stances: 0, lost: 4 });
    expect(await count(handle, sql`select count(*) as n from stances where article_id like 'lost%'`)).toBe(0);
    expect(await count(handle, sql`select count(*) as n from articles where id like 'lost%' and status = 'processing' and claimed_by = ${other}`)).toBe(4);
    await rawRows(handle.db, sql`delete from articles where id like 'lost%' returning id`);
  });

  it('waits while another live worker holds articles, and takes them over when its lease ends', { timeout: 120_000 }, async () => {
    await storeArticles(handle.db, texts('held', 6));
    // A worker on another machine holds two articles; its heartbeat is fresh, so it is alive.
    const other = await startRun(handle.db, 'analyze', 'lexicon', elsewhere);
    expect(await claimQueued(handle.db, 2, other)).toHaveLength(2);
    const worker = spawnStance(['analyze', '--db', url, '--scorer', 'lexicon', '--json']);
    let stdout = '';
    let stderr = '';
    worker.stdout.on('data', (d) => (stdout += d));
    worker.stderr.on('data', (d) => (stderr += d));
    let exited = false;
    const exit = new Promise<number | null>((resolve) => worker.on('close', (code) => resolve(code))).finally(() => (exited = true));
    // Finished with the other four, it must neither stop nor take the live worker's two.
    await waitFor('the worker to wait for the articles the other one holds', () => {
      if (exited) throw new Error(`the worker ended instead of waiting: ${stdout} ${stderr}`);
      return stderr.includes('waiting for 2 article(s) other workers hold');
    });
    expect(await count(handle, sql`select count(*) as n from articles where id like 'held%' and status = 'done'`)).toBe(4);
    // The other worker stops beating: its lease is over, and its two articles are taken over.
    await rawRows(handle.db, sql`update runs set heartbeat_at = '2000-01-01T00:00:00.000Z' where id = ${other} returning id`);
    expect(await exit, stderr).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ analyzed: 6, failed: 0 });
    expect(await count(handle, sql`select count(*) as n from articles where id like 'held%' and status = 'done'`)).toBe(6);
    expect(await count(handle, sql`select count(*) as n from runs where id = ${other} and status = 'interrupted'`)).toBe(1);
  });
});

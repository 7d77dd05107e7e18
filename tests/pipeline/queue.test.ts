import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Analyser, createInlineAnalyser } from '../../pipeline/analyser.js';
import { builtinCatalogue } from '../../pipeline/data/topic-catalogue.js';
import { countByStatus, storeArticles } from '../../pipeline/db/articles.repo.js';
import { openSqlite } from '../../pipeline/db/client.js';
import type { SqliteHandle } from '../../pipeline/db/handle.js';
import { AnalysisQueue, type QueueOptions } from '../../pipeline/queue.js';
import { contentHash } from '../../pipeline/stages/clean.js';
import { tempDir } from '../cli-helpers.js';

const OPTIONS: QueueOptions = { concurrency: 2, chunkSize: 2, saveBatch: 3, articleTimeoutMs: 5_000, maxAttempts: 3, backoffMs: 5 };

function storeSample(handle: SqliteHandle, count: number, extra: Array<{ id: string; text: string }> = []): void {
  const texts = Array.from({ length: count }, (_, i) => ({ id: `a${i}`, text: `Moscow opposes NATO expansion, the foreign ministry said on day ${i}.` }));
  storeArticles(
    handle.db,
    [...texts, ...extra].map(({ id, text }) => ({ id, idGiven: true, contentHash: contentHash(text), text, lang: 'en', publishedAt: '2022-01-01' })),
  );
}

/** The real lexicon analyser, with failures injected for the articles `failing` names. */
function withFailures(inner: Analyser, failing: (id: string) => boolean): Analyser & { calls: Map<string, number> } {
  const calls = new Map<string, number>();
  return {
    ...inner,
    scorer: inner.scorer,
    calls,
    async analyse(articles, timeoutMs) {
      for (const a of articles) calls.set(a.id, (calls.get(a.id) ?? 0) + 1);
      const outcomes = await inner.analyse(articles, timeoutMs);
      return outcomes.map((o) => (failing(o.id) ? { id: o.id, ok: false, error: `cannot analyse ${o.id}` } : o));
    },
  };
}

describe('AnalysisQueue', () => {
  let handle: SqliteHandle;
  let cleanup: () => void;

  beforeEach(() => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    handle = openSqlite(join(tmp.dir, 'queue.db'));
  });
  afterEach(() => {
    handle.close();
    cleanup();
  });

  it('stores every article once, in save batches and the remainder at the end', async () => {
    storeSample(handle, 10);
    const analyser = await createInlineAnalyser({ kind: 'lexicon' }, builtinCatalogue());
    const progress: number[] = [];
    const queue = new AnalysisQueue(handle.db, analyser, OPTIONS, (stats) => progress.push(stats.analysed));
    const stats = await queue.drain();
    expect(stats).toMatchObject({ analysed: 10, failed: 0 });
    expect(stats.stances).toBeGreaterThanOrEqual(10);
    expect(await countByStatus(handle.db)).toEqual({ done: 10 });
    const stored = handle.sqlite.prepare(`select count(*) as n, count(distinct article_id) as articles from stances`).get();
    expect(stored).toEqual({ n: stats.stances, articles: 10 });
    // Each record carries its article's duplicate cluster (untitled here: the article itself).
    const clusters = handle.sqlite.prepare(`select count(distinct cluster) as n from stances where cluster is not null`).get();
    expect(clusters).toEqual({ n: 10 });
    // Saved three or four at a time (two chunks of two may finish together), the last ones at the end.
    expect(progress[progress.length - 1]).toBe(10);
    expect(progress.length).toBeLessThan(10);
  });

  it('abandons an article that outlives its timeout on a worker thread, and keeps every other', async () => {
    // Worker threads run the compiled build.
    const { createWorkerAnalyser } = (await import(
      new URL('../../dist/pipeline/analyser.js', import.meta.url).href
    )) as typeof import('../../pipeline/analyser.js');
    // About 2 MB dense with actors and topics: many seconds of analysis on any machine, where the
    // others take milliseconds once a thread has loaded its data. (Time waiting on a model does not
    // count, so the article must be slow in the thread itself.)
    const paragraph = 'Moscow opposes NATO expansion, Lavrov said on Monday. China rejects the AUKUS pact as a dangerous bloc.';
    const slow = { id: 'slow', text: Array.from({ length: 20_000 }, (_, i) => `${paragraph} (${i})`).join('\n\n') };
    storeSample(handle, 4, [slow]);
    const analyser = await createWorkerAnalyser({ kind: 'lexicon' }, builtinCatalogue(), 2);
    const terminate = vi.spyOn(Worker.prototype, 'terminate');
    try {
      // A first article per thread, so the timed ones meet threads that have loaded their data.
      await Promise.all([0, 1].map((k) => analyser.analyse([{ id: `warm${k}`, text: 'China opposes AUKUS.', lang: 'en', publishedAt: null }], 60_000)));
      const options = { ...OPTIONS, chunkSize: 1, maxAttempts: 2, articleTimeoutMs: 2_000 };
      const stats = await new AnalysisQueue(handle.db, analyser, options).drain();
      expect(stats).toMatchObject({ analysed: 4, failed: 1 });
      // The thread of each attempt was stopped…
      expect(new Set(terminate.mock.contexts).size).toBe(options.maxAttempts);
      // …and replaced by one that works.
      const [after] = await analyser.analyse([{ id: 'after', text: 'Russia opposes NATO expansion.', lang: 'en', publishedAt: null }], 60_000);
      expect(after).toMatchObject({ id: 'after', ok: true });
    } finally {
      terminate.mockRestore();
      await analyser.close();
    }
    const failed = handle.sqlite.prepare(`select id, status, attempts, last_error as error from articles where status != 'done'`).all();
    expect(failed).toEqual([{ id: 'slow', status: 'failed', attempts: 2, error: 'analysis took longer than 2000 ms: stopped' }]);
  }, 60_000);

  it('gives a worker thread its next chunk while it works on one; a chunk behind a stalled article comes back whole, blaming none of it', async () => {
    const { createWorkerAnalyser } = (await import(
      new URL('../../dist/pipeline/analyser.js', import.meta.url).href
    )) as typeof import('../../pipeline/analyser.js');
    const paragraph = 'Moscow opposes NATO expansion, Lavrov said on Monday. China rejects the AUKUS pact as a dangerous bloc.';
    const article = (id: string, text = `${paragraph} ${id}`) => ({ id, text, lang: 'en', publishedAt: null });
    const analyser = await createWorkerAnalyser({ kind: 'lexicon' }, builtinCatalogue(), 1);
    try {
      // One thread, four chunks at once: those behind the first wait in the thread's inbox, not on this side.
      expect(analyser.concurrency).toBe(4);
      const both = await Promise.all([analyser.analyse([article('w1'), article('w2')], 60_000), analyser.analyse([article('w3')], 60_000)]);
      expect(both.flat().map((o) => [o.id, o.ok])).toEqual([
        ['w1', true],
        ['w2', true],
        ['w3', true],
      ]);
      // A fifth chunk waits for room: it is analysed once one of the four ends.
      const five = await Promise.all(['x1', 'x2', 'x3', 'x4', 'x5'].map((id) => analyser.analyse([article(id)], 60_000)));
      expect(five.flat().every((o) => o.ok)).toBe(true);

      const slow = article('slow', Array.from({ length: 20_000 }, (_, i) => `${paragraph} (${i})`).join('\n\n'));
      const [first, second] = await Promise.all([analyser.analyse([slow], 2_000), analyser.analyse([article('b1'), article('b2')], 2_000)]);
      expect(first).toEqual([{ id: 'slow', ok: false, error: 'analysis took longer than 2000 ms: stopped' }]);
      // Never started: analysed again, no attempt counted.
      expect(second.map((o) => [o.id, o.ok, !o.ok && o.retry])).toEqual([
        ['b1', false, true],
        ['b2', false, true],
      ]);
      // The thread was replaced once, and the new one takes two chunks again.
      const after = await Promise.all([analyser.analyse([article('c1')], 60_000), analyser.analyse([article('c2')], 60_000)]);
      expect(after.flat().map((o) => o.ok)).toEqual([true, true]);
    } finally {
      await analyser.close();
    }
  }, 60_000);

  it('stores from worker threads the very evidence text the analysis on this thread stores', async () => {
    const { createWorkerAnalyser } = (await import(
      new URL('../../dist/pipeline/analyser.js', import.meta.url).href
    )) as typeof import('../../pipeline/analyser.js');
    const { AnalysisQueue: WorkerQueue } = (await import(
      new URL('../../dist/pipeline/queue.js', import.meta.url).href
    )) as typeof import('../../pipeline/queue.js');
    const quoted = 'Lavrov said: "NATO expansion is a threat to Russia", and China said it opposes the AUKUS pact.';
    const records = async (analyser: Analyser, queue: typeof AnalysisQueue) => {
      const tmp = tempDir();
      const own = openSqlite(join(tmp.dir, 'evidence.db'));
      try {
        storeSample(own, 6, [{ id: 'quoted', text: quoted }]);
        await new queue(own.db, analyser, OPTIONS).drain();
        return own.sqlite.prepare(`select article_id, actor, topic, evidence from stances order by article_id, actor, topic`).all();
      } finally {
        await analyser.close();
        own.close();
        tmp.cleanup();
      }
    };
    const onThreads = await records(await createWorkerAnalyser({ kind: 'lexicon' }, builtinCatalogue(), 2), WorkerQueue);
    const here = await records(await createInlineAnalyser({ kind: 'lexicon' }, builtinCatalogue()), AnalysisQueue);
    expect(onThreads.length).toBeGreaterThan(6);
    expect(onThreads).toEqual(here);
    // The column holds the spans' JSON once: an array, not a string of it.
    for (const { evidence } of onThreads as Array<{ evidence: string }>) expect(Array.isArray(JSON.parse(evidence))).toBe(true);
  }, 60_000);

  it('retries a failing article with backoff and marks it failed after the last attempt, keeping the others', async () => {
    storeSample(handle, 6);
    const inner = await createInlineAnalyser({ kind: 'lexicon' }, builtinCatalogue());
    const analyser = withFailures(inner, (id) => id === 'a3');
    const stats = await new AnalysisQueue(handle.db, analyser, OPTIONS).drain();
    expect(stats).toMatchObject({ analysed: 5, failed: 1 });
    expect(analyser.calls.get('a3')).toBe(OPTIONS.maxAttempts);
    const failed = handle.sqlite.prepare(`select id, status, attempts, last_error from articles where status != 'done'`).all();
    expect(failed).toEqual([{ id: 'a3', status: 'failed', attempts: 3, last_error: 'cannot analyse a3' }]);
  });
  it('claims nothing more while analysed articles beyond two save batches wait to be stored, however fast the analysis', async () => {
    storeSample(handle, 40);
    // On this thread a chunk ends without a turn of the event loop, where the saves run: only the
    // queue's own limit stops it from analysing everything before storing anything.
    const analyser = await createInlineAnalyser({ kind: 'lexicon' }, builtinCatalogue());
    const queue = new AnalysisQueue(handle.db, analyser, OPTIONS);
    expect(await queue.drain()).toMatchObject({ analysed: 40, failed: 0 });
    expect(await countByStatus(handle.db)).toEqual({ done: 40 });
    // Two batches, and what the chunks in hand (running and waiting, two per slot) bring in while the save runs.
    const { saveBatch, concurrency, chunkSize } = OPTIONS;
    expect(queue.mostUnsaved).toBeGreaterThanOrEqual(saveBatch);
    expect(queue.mostUnsaved).toBeLessThanOrEqual(2 * saveBatch + 3 * concurrency * chunkSize);
  });

  it('hands out the next chunk before it stores the one just analysed', async () => {
    storeSample(handle, 6);
    const inner = await createInlineAnalyser({ kind: 'lexicon' }, builtinCatalogue());
    // Articles already stored when each chunk is handed to the analyser.
    const storedAtHandout: number[] = [];
    const analyser: Analyser = {
      ...inner,
      scorer: inner.scorer,
      analyse(articles, timeoutMs) {
        storedAtHandout.push((handle.sqlite.prepare(`select count(*) as n from articles where status = 'done'`).get() as { n: number }).n);
        return inner.analyse(articles, timeoutMs);
      },
    };
    const queue = new AnalysisQueue(handle.db, analyser, { ...OPTIONS, concurrency: 1, chunkSize: 2, saveBatch: 2 }, () => undefined);
    expect(await queue.drain()).toMatchObject({ analysed: 6, failed: 0 });
    // The first chunk fills a save batch; the second goes out before that batch is stored.
    expect(storedAtHandout.slice(0, 2)).toEqual([0, 0]);
    expect(await countByStatus(handle.db)).toEqual({ done: 6 });
  });
});

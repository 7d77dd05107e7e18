import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinCatalogue } from '../../pipeline/data/topic-catalogue.js';
import { claimQueued, storeArticles } from '../../pipeline/db/articles.repo.js';
import { openSqlite } from '../../pipeline/db/client.js';
import type { SqliteHandle } from '../../pipeline/db/handle.js';
import { startRun } from '../../pipeline/db/runs.repo.js';
import { analysePending } from '../../pipeline/run.js';
import { beginRun } from '../../pipeline/run-record.js';
import { contentHash } from '../../pipeline/stages/clean.js';
import { stance, tempDir } from '../cli-helpers.js';

/*
 * The queue under faults: an article that runs away, a database that refuses a write, and runs
 * of other processes working on the same file.
 */

const { dir, cleanup } = tempDir();
afterAll(cleanup);

let dbs = 0;
function freshDb(articles: Array<{ id: string; text: string }>): SqliteHandle {
  const handle = openSqlite(join(dir, `q${dbs++}.db`));
  storeArticles(
    handle.db,
    articles.map(({ id, text }) => ({ id, idGiven: true, contentHash: contentHash(text), text, lang: 'en', publishedAt: '2022-01-01' })),
  );
  return handle;
}

const ordinary = (count: number, prefix = 'a') =>
  Array.from({ length: count }, (_, i) => ({ id: `${prefix}${i}`, text: `Moscow opposes NATO expansion, the foreign ministry said on day ${i}.` }));

// One paragraph of about 200 KB: splitting it into sentences takes seconds (Intl.Segmenter copies
// the paragraph for every segment), where an ordinary article takes milliseconds.
const runaway = { id: 'runaway', text: Array.from({ length: 3000 }, (_, i) => `Moscow opposes NATO expansion, Lavrov said ${i}`).join(', ') };

interface ArticleState {
  id: string;
  status: string;
  attempts: number;
  error: string | null;
}

const statusOf = (handle: SqliteHandle) =>
  Object.fromEntries((handle.sqlite.prepare('select id, status, attempts, last_error as error from articles').all() as ArticleState[]).map((r) => [r.id, r]));

describe('a runaway article', () => {
  it('is stopped at its own deadline and fails after its attempts; the articles of its chunk are analysed and charged nothing', async () => {
    // The whole batch goes to one worker thread in one chunk, the runaway first.
    const handle = freshDb([runaway, ...ordinary(70)]);
    try {
      const { createWorkerAnalyser } = (await import(
        new URL('../../dist/pipeline/analyser.js', import.meta.url).href
      )) as typeof import('../../pipeline/analyser.js');
      const { AnalysisQueue } = (await import(new URL('../../dist/pipeline/queue.js', import.meta.url).href)) as typeof import('../../pipeline/queue.js');
      const analyser = await createWorkerAnalyser({ kind: 'lexicon' }, builtinCatalogue(), 1);
      const options = { concurrency: 1, chunkSize: 71, saveBatch: 100, articleTimeoutMs: 400, maxAttempts: 2, backoffMs: 5 };
      const stats = await new AnalysisQueue(handle.db, analyser, options).drain().finally(() => analyser.close());
      expect(stats).toMatchObject({ analysed: 70, failed: 1 });
      const status = statusOf(handle);
      expect(status.runaway).toEqual({ id: 'runaway', status: 'failed', attempts: 2, error: 'analysis took longer than 400 ms: stopped' });
      expect(Object.values(status).filter((s) => s.id !== 'runaway' && (s.status !== 'done' || s.attempts !== 0))).toEqual([]);
    } finally {
      handle.close();
    }
  }, 60_000);
});

describe('a database that refuses a write', () => {
  it('ends `stance analyze` at once with exit code 1 and one line, and every article it held is queued again', async () => {
    const file = join(dir, 'refusing.db');
    const handle = openSqlite(file);
    storeArticles(
      handle.db,
      ordinary(200).map(({ id, text }) => ({ id, idGiven: true, contentHash: contentHash(text), text, lang: 'en', publishedAt: '2022-01-01' })),
    );
    // A real SQLite error from a real write, as a full disk gives one.
    handle.sqlite.exec(`create trigger refuse before insert on analyses begin select raise(abort, 'database or disk is full'); end`);
    handle.close();
    const result = await stance(['analyze', '--db', file, '-q', '--scorer', 'lexicon']);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining('database or disk is full')]);
    const after = openSqlite(file);
    expect(after.sqlite.prepare(`select status, count(*) as n from articles group by status`).all()).toEqual([{ status: 'queued', n: 200 }]);
    after.close();
  }, 60_000);
});

describe('runs of other processes', () => {
  it('are left running with their articles while they live; runs whose process is gone are interrupted and their articles queued again', async () => {
    const handle = freshDb(ordinary(8));
    try {
      // A live run (this process) holding two articles.
      const live = await beginRun(handle.db, 'run', 'lexicon');
      await claimQueued(handle.db, 2, live.id);
      // A run of a process that has ended, holding two more.
      const gone = spawnSync(process.execPath, ['-e', '']).pid!;
      const dead = await startRun(handle.db, 'run', 'lexicon', { pid: gone, host: (await import('node:os')).hostname() });
      await claimQueued(handle.db, 2, dead);

      const report = await analysePending(handle, { scorer: { kind: 'lexicon' }, concurrency: 0, progress: false }, 'lexicon');
      expect(report.analyzed).toBe(6);
      const runs = handle.sqlite.prepare('select id, status from runs order by id').all();
      expect(runs).toEqual([
        { id: live.id, status: 'running' },
        { id: dead, status: 'interrupted' },
        { id: dead + 1, status: 'finished' },
      ]);
      expect(handle.sqlite.prepare(`select status, claimed_by as run, count(*) as n from articles group by status, claimed_by`).all()).toEqual([
        { status: 'done', run: dead + 1, n: 6 },
        { status: 'processing', run: live.id, n: 2 },
      ]);
      await live.finish('finished', {});
    } finally {
      handle.close();
    }
  });
});

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimQueued, storeArticles } from '../../pipeline/db/articles.repo.js';
import { openSqlite } from '../../pipeline/db/client.js';
import { saveAnalyses } from '../../pipeline/db/stances.repo.js';
import { contentHash } from '../../pipeline/stages/clean.js';
import { projectRoot, tempDir } from '../cli-helpers.js';

/*
 * Two processes writing one SQLite file. Another process holds the write lock for a moment and
 * writes; each repository write of this process must wait for it (busy_timeout) and succeed. A
 * transaction that reads before it writes cannot: once the other process commits, SQLite refuses
 * to upgrade its stale snapshot and fails at once ("database is locked").
 */

const { dir, cleanup } = tempDir();
afterAll(cleanup);

/** Another process takes the write lock, writes, holds it `ms`, commits; resolves once it holds the lock. */
function holdWriteLock(file: string, ms: number): Promise<{ exited: Promise<number> }> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1]);
    db.exec('BEGIN IMMEDIATE');
    db.prepare("insert into runs (command, status) values ('other', 'running')").run();
    process.stdout.write('locked\\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(process.argv[2]));
    db.exec('COMMIT');`;
  const child = spawn(process.execPath, ['-e', script, file, String(ms)], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
  // Wrapped: a promise resolved with a promise would wait for the child to exit.
  return new Promise((resolve) => child.stdout.once('data', () => resolve({ exited })));
}

const article = (id: string) => {
  const text = `Russia opposes NATO expansion, the Kremlin said in statement ${id}.`;
  return { id, idGiven: true, contentHash: contentHash(text), text, lang: 'en', publishedAt: '2022-01-01' };
};

describe('a write while another process holds the lock', () => {
  const file = join(dir, 'shared.db');
  const handle = openSqlite(file);
  beforeAll(() => storeArticles(handle.db, [article('a0'), article('a1'), article('a2')]));
  afterAll(() => handle.close());

  it('storing articles (reads the hashes, then inserts) waits and succeeds', async () => {
    const other = await holdWriteLock(file, 400);
    expect(await storeArticles(handle.db, [article('b0')])).toEqual([{ kind: 'inserted', id: 'b0' }]);
    expect(await other.exited).toBe(0);
  });

  it('claiming queued articles (reads the queue, then marks it) waits and succeeds', async () => {
    const other = await holdWriteLock(file, 400);
    expect((await claimQueued(handle.db, 2)).map((a) => a.id)).toEqual(['a0', 'a1']);
    expect(await other.exited).toBe(0);
  });

  it('saving analyses (reads each article, then writes its records) waits and succeeds', async () => {
    const other = await holdWriteLock(file, 400);
    const scorer = { id: 'lexicon', model: 'lexicon', modelVersion: '1' };
    expect(await saveAnalyses(handle.db, scorer, [{ id: 'a0', lang: 'en', stances: [] }])).toEqual({ articles: 1, stances: 0 });
    expect(await other.exited).toBe(0);
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnStance, stance, tempDir } from '../cli-helpers.js';

const { dir, cleanup } = tempDir();
afterAll(cleanup);

/** Short articles, so four passes over a thousand stay cheap; enough of them for worker threads and several stored batches. */
const article = (i: number) => ({
  id: `k${i}`,
  title: `Dispatch ${i}`,
  published_at: '2022-03-02',
  text: `Russia opposes NATO expansion, the Kremlin said on Wednesday.\n\nThe African Union supports sanctions against Russia, its commission said. Dispatch number ${i}.`,
});

async function json<T>(args: string[]): Promise<T> {
  const result = await stance([...args, '--json']);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as T;
}

/** Re-analysed articles of the latest re-analysis so far, read beside the running process (WAL). */
function redone(db: string): number {
  const sqlite = new Database(db, { readonly: true, fileMustExist: true });
  try {
    const run = sqlite.prepare(`select stats from runs where command = 'reanalyse' order by id desc limit 1`).get() as { stats: string } | undefined;
    if (!run) return 0;
    const { cutoff } = JSON.parse(run.stats) as { cutoff: string };
    return (sqlite.prepare('select count(*) as n from analyses where finished_at > ?').get(cutoff) as { n: number }).n;
  } finally {
    sqlite.close();
  }
}

describe('a killed re-analysis', () => {
  it('continues where it stopped: no article twice, none left out, on worker threads with the new actors', async () => {
    const n = 1000;
    const file = join(dir, 'many.jsonl');
    writeFileSync(file, Array.from({ length: n }, (_, i) => JSON.stringify(article(i))).join('\n'));
    const db = join(dir, 'resume.db');
    await json(['run', file, '--db', db, '--quiet']);
    const before = await json<Array<{ article_id: string; topic: string; actor: string }>>(['stances', '--db', db]);
    expect(before.some((r) => r.actor === 'AFU')).toBe(false);
    const actors = join(dir, 'actors.json');
    writeFileSync(actors, JSON.stringify({ actors: [{ code: 'AFU', name: 'African Union', aliases: { en: { names: ['African Union'] } } }] }));
    expect((await stance(['actors', 'add', '--file', actors, '--db', db])).code).toBe(0);

    const child = spawnStance(['analyze', '--reanalyse', '--db', db, '--quiet']);
    const exited = new Promise((resolve) => child.on('exit', resolve));
    let finished = false;
    child.on('exit', () => (finished = true));
    // Killed as soon as its first batch is stored: the rest is still to do.
    while (!finished && redone(db) === 0) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    await exited;
    const done = redone(db);
    expect(done, 'the re-analysis finished before it could be killed').toBeLessThan(n);

    const resumed = await json<{ analyzed: number; resumed: boolean; failed: number }>(['analyze', '--reanalyse', '--db', db, '--quiet']);
    expect(resumed).toMatchObject({ resumed: true, failed: 0 });
    // Only what the killed run had not stored is done again.
    expect(resumed.analyzed).toBe(n - done);
    expect(redone(db)).toBe(n);

    const after = await json<Array<{ article_id: string; topic: string; actor: string; gazetteer_version: string }>>(['stances', '--db', db]);
    const union = after.filter((r) => r.actor === 'AFU');
    expect(union).toHaveLength(n);
    expect(new Set(union.map((r) => r.article_id)).size).toBe(n);
    expect(after).toHaveLength(before.length + n);
    expect(new Set(after.map((r) => r.gazetteer_version)).size).toBe(1);

    // Finished: the next request is a new re-analysis of everything.
    expect(await json(['analyze', '--reanalyse', '--db', db, '--quiet'])).toMatchObject({ analyzed: n, resumed: false });
  }, 240_000);
});

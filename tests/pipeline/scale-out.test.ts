import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CLI, type CliResult, stance, tempDir, waitFor } from '../cli-helpers.js';
import { describePg, emptyPgDatabase } from '../pg-helpers.js';

/*
 * Several `stance` processes on one PostgreSQL database, as on several machines: workers that
 * claim from one queue (one of them killed mid-batch), and ingests of overlapping archives at once.
 */

const { dir, cleanup } = tempDir();
afterAll(cleanup);

const TEMPLATES = [
  (i: number) => `Russia opposes NATO expansion, the Kremlin said in statement ${i}.`,
  (i: number) => `China supports the peace talks, the foreign ministry said on day ${i}.`,
  (i: number) => `Turkey condemned the sanctions against Iran in note ${i}.`,
  (i: number) => `Report ${i} on the weather in the capital.`,
];

/** `count` small distinct articles, ids `${prefix}${i}` from `from` on. */
function writeArchive(file: string, from: number, count: number, prefix = 'w'): void {
  const lines: string[] = [];
  for (let i = from; i < from + count; i++) {
    const text = TEMPLATES[i % TEMPLATES.length](i);
    lines.push(JSON.stringify({ id: `${prefix}${i}`, title: `Story ${i}`, published_at: `2022-0${1 + (i % 9)}-1${i % 9}`, source: `S${i % 5}`, text }));
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}

/** Runs the CLI as its own process; `exited` resolves with its outcome. */
function start(args: string[]) {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<CliResult>((resolve) => child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr })));
  return { child, exited };
}

type RecordKey = string;
const recordKeys = (rows: Array<Record<string, unknown>>): RecordKey[] =>
  rows.map((r) => JSON.stringify([r.article_id, r.actor, r.topic, r.score, r.label, r.confidence, r.evidence, r.published_at, r.source, r.lang])).sort();

describePg('workers on one PostgreSQL database', () => {
  let url: string;
  let client: pg.Client;
  const ARTICLES = 20_000;
  const archive = join(dir, 'archive.jsonl');

  beforeAll(async () => {
    url = await emptyPgDatabase('workers');
    client = new pg.Client({ connectionString: url });
    await client.connect();
    writeArchive(archive, 0, ARTICLES);
  });
  afterAll(() => client?.end());

  const count = async (sql: string) => Number((await client.query(sql)).rows[0].n);

  it('analyse every article exactly once while one is SIGKILLed mid-batch, with the records of a single SQLite run', { timeout: 300_000 }, async () => {
    const ingest = await stance(['ingest', archive, '--db', url, '--json', '--quiet']);
    expect(ingest.code, ingest.stderr).toBe(0);
    const workers = [0, 1, 2].map(() => start(['analyze', '--db', url, '--scorer', 'lexicon', '--json']));
    const victim = workers[1];
    // Mid-batch: the victim holds claimed articles and others have already been stored.
    const victimRun = await waitFor('the second worker to hold a claimed batch', async () => {
      const { rows } = await client.query(
        `select r.id from runs r join articles a on a.claimed_by = r.id and a.status = 'processing' where r.pid = $1 limit 1`,
        [victim.child.pid],
      );
      return rows[0]?.id as number | undefined;
    });
    await waitFor('some stored analyses', async () => (await count(`select count(*) as n from articles where status = 'done'`)) > 0);
    victim.child.kill('SIGKILL');
    await victim.exited;
    const [first, third] = await Promise.all([workers[0].exited, workers[2].exited]);
    expect(first.code, first.stderr).toBe(0);
    expect(third.code, third.stderr).toBe(0);

    // The survivors took over the victim's batch: nothing is left queued or held.
    expect(await count(`select count(*) as n from articles where status = 'done'`)).toBe(ARTICLES);
    // Exactly once: what the survivors analysed plus what the victim stored before it died is every article.
    const byVictim = await count(`select count(*) as n from articles where claimed_by = ${victimRun}`);
    const analysed = JSON.parse(first.stdout).analyzed + JSON.parse(third.stdout).analyzed;
    expect(analysed + byVictim).toBe(ARTICLES);
    expect(await count(`select count(*) as n from analyses`)).toBe(ARTICLES);
    expect(await count(`select count(*) as n from runs where id = ${victimRun} and status = 'interrupted'`)).toBe(1);

    const single = join(dir, 'single.db');
    const run = await stance(['run', archive, '--db', single, '--scorer', 'lexicon', '--json', '--quiet']);
    expect(run.code, run.stderr).toBe(0);
    const [onPg, onSqlite] = await Promise.all([
      stance(['stances', '--db', url, '--json', '--limit', '1000000']),
      stance(['stances', '--db', single, '--json', '--limit', '1000000']),
    ]);
    const pgKeys = recordKeys(JSON.parse(onPg.stdout));
    const sqliteKeys = recordKeys(JSON.parse(onSqlite.stdout));
    expect(sqliteKeys.length).toBeGreaterThan(ARTICLES / 5);
    expect(pgKeys.length).toBe(sqliteKeys.length);
    expect(pgKeys).toEqual(sqliteKeys);
  });
});

describePg('ingests of overlapping archives at once', () => {
  it('store every article once: no duplicate, none lost', { timeout: 120_000 }, async () => {
    const url = await emptyPgDatabase('ingest');
    const a = join(dir, 'a.jsonl');
    const b = join(dir, 'b.jsonl');
    writeArchive(a, 0, 3000, 'i');
    writeArchive(b, 1500, 3000, 'i');
    const [one, two] = await Promise.all([
      start(['ingest', a, '--db', url, '--json', '--quiet']).exited,
      start(['ingest', b, '--db', url, '--json', '--quiet']).exited,
    ]);
    expect(one.code, one.stderr).toBe(0);
    expect(two.code, two.stderr).toBe(0);
    const [ra, rb] = [JSON.parse(one.stdout), JSON.parse(two.stdout)];
    expect(ra.rejected).toEqual([]);
    expect(rb.rejected).toEqual([]);
    // Each overlapping article was inserted by exactly one of them and found as a duplicate by the other.
    expect(ra.ingested + rb.ingested).toBe(4500);
    expect(ra.duplicates + rb.duplicates).toBe(1500);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query(
        `select count(*)::int as n, count(distinct content_hash)::int as texts, count(distinct id)::int as ids from articles`,
      );
      expect(rows[0]).toEqual({ n: 4500, texts: 4500, ids: 4500 });
      const missing = await client.query(
        `select count(*)::int as n from generate_series(0, 4499) i where not exists (select 1 from articles where id = 'i' || i)`,
      );
      expect(missing.rows[0].n).toBe(0);
    } finally {
      await client.end();
    }
  });
});

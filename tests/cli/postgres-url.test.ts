import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { projectRoot, spawnStance, stance, tempDir, waitFor } from '../cli-helpers.js';
import { describePg, emptyPgDatabase, freshPgDatabase, PG_URL } from '../pg-helpers.js';

/* `--db postgres://…`: the command works on the server, or says what to fix; never a file named like the URL. */

const { dir, cleanup } = tempDir();
afterAll(cleanup);
const archive = join(dir, 'a.jsonl');
writeFileSync(archive, `${JSON.stringify({ id: 'x1', published_at: '2022-03-01', text: 'Russia opposes NATO expansion, the Kremlin said.' })}\n`);

it('says what to fix when the server cannot be reached, and creates no file named like the URL', async () => {
  const missing = join(dir, 'no-such-socket-folder');
  const result = await stance(['ingest', archive, '--db', `postgresql:///archive?host=${missing}`]);
  expect(result.code).not.toBe(0);
  expect(result.stderr).toContain(`cannot reach PostgreSQL at ${missing}:5432`);
  expect(result.stderr).toContain('check that the server runs');
  expect(existsSync(join(projectRoot, 'postgresql:'))).toBe(false);
  expect(existsSync(join(projectRoot, 'postgres:'))).toBe(false);
});

it('stance doctor says a server it cannot reach is a problem, what to fix, and exits 1', async () => {
  const missing = join(dir, 'no-such-socket-folder');
  const result = await stance(['doctor', '--db', `postgresql:///archive?host=${missing}`]);
  expect(result.code).toBe(1);
  expect(result.stdout).toMatch(new RegExp(`^problem +connect +cannot reach PostgreSQL at ${missing}:5432 .*check that the server runs`, 'm'));
  expect(result.stderr).not.toContain('    at ');
});

describePg('a PostgreSQL URL', () => {
  it('names the createdb command when the database does not exist', async () => {
    const url = new URL(PG_URL!);
    url.pathname = '/not_created_yet';
    const result = await stance(['stances', '--db', url.toString()]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(`the database "not_created_yet" does not exist on ${url.hostname}:${url.port}`);
    expect(result.stderr).toContain(`createdb -h ${url.hostname} -p ${url.port} -U postgres not_created_yet`);
  });

  it('says the login was refused, with its code and what to fix, when the password is wrong: one line, no stack, no password', async () => {
    const url = new URL(PG_URL!);
    expect(url.password, 'the test server takes a password over TCP').not.toBe('');
    url.password = 'not-the-password';
    const result = await stance(['stances', '--db', url.toString()]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`PostgreSQL refused the login of user "postgres" on ${url.hostname}:${url.port} (28P01: password authentication failed`);
    expect(result.stderr).toContain('put the right user and password in the URL');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stderr).not.toContain('not-the-password');
  });

  it('stance doctor connects, and reports the server version, the migrations applied and the queue, changing nothing', async () => {
    const url = await emptyPgDatabase('doctor');
    const examine = async () => {
      const result = await stance(['doctor', '--db', url, '--json']);
      expect(result.code, result.stderr + result.stdout).toBe(0);
      const findings = JSON.parse(result.stdout) as Array<{ check: string; level: string; message: string }>;
      return (check: string) => findings.find((f) => f.check === check);
    };
    const empty = await examine();
    expect(empty('connect')).toMatchObject({ level: 'ok', message: expect.stringMatching(/^PostgreSQL \d+\.\d+.*, database "doctor_/) });
    // Read only: a new database is reported as it is, its tables not made by the doctor.
    expect(empty('schema')?.message).toMatch(/^0 of \d+ migrations applied: the next command that writes brings it up to date$/);
    expect(empty('queue')).toBeUndefined();
    expect((await stance(['ingest', archive, '--db', url, '--quiet'])).code).toBe(0);
    const ingested = await examine();
    expect(ingested('schema')).toMatchObject({ level: 'ok', message: expect.stringMatching(/^schema up to date \(\d+ migrations\)$/) });
    expect(ingested('queue')?.message).toBe('articles: 1 queued, 0 processing, 0 done, 0 failed');
  });

  it('serves the commands from the server: run, stances, trends, compare, articles', async () => {
    const url = await freshPgDatabase('cli');
    const run = await stance(['run', archive, '--db', url, '--scorer', 'lexicon', '--json', '--quiet']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ingested: 1, analyzed: 1 });
    const records = JSON.parse((await stance(['stances', '--db', url, '--json'])).stdout);
    expect(records.map((r: { actor: string; topic: string }) => `${r.actor} ${r.topic}`)).toContain('RU nato-expansion');
    const trend = await stance(['trends', '--db', url, '--topic', 'nato-expansion', '--actors', 'RU', '--json']);
    expect(trend.code, trend.stderr).toBe(0);
    expect(JSON.parse(trend.stdout).series[0].totals.n_records).toBe(1);
    const compare = await stance(['compare', '--db', url, '--topic', 'nato-expansion', '--json']);
    expect(JSON.parse(compare.stdout).actors[0]).toMatchObject({ actor: 'RU', n_records: 1 });
    const articles = JSON.parse((await stance(['articles', '--db', url, '--json'])).stdout);
    expect(articles.map((a: { article_id: string; status: string }) => [a.article_id, a.status])).toEqual([['x1', 'done']]);
    expect(existsSync(join(projectRoot, 'postgres:'))).toBe(false);
  });

  it('serves the API from the server: a posted article analysed in the background, and GET /v1/jobs counting the queue there', async () => {
    const url = await freshPgDatabase('serve');
    const server = spawnStance(['serve', '--db', url, '--port', '0', '--scorer', 'lexicon']);
    try {
      let log = '';
      server.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
      const api = await waitFor('the server to say where it listens', () => /stance API on (http:\/\/\S+) /.exec(log)?.[1]);
      const posted = await fetch(`${api}/v1/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify([{ id: 'p1', published_at: '2022-02-04', text: 'Russia said it opposes the further expansion of NATO.' }]),
      });
      expect(posted.status).toBe(200);
      const records = async () => ((await (await fetch(`${api}/v1/articles/p1`)).json()) as { stances?: unknown[] }).stances?.length ?? 0;
      await waitFor('p1 to be analysed', async () => (await records()) > 0);
      const jobs = (await (await fetch(`${api}/v1/jobs`)).json()) as { queue: Record<string, number>; runs: Array<{ command: string }> };
      expect(jobs.queue).toEqual({ queued: 0, processing: 0, done: 1, failed: 0 });
      expect(jobs.runs.length).toBeGreaterThan(0);
      // Once the background analysis has finished its run, no worker is listed any more.
      await waitFor('the background analysis to finish its run', async () => {
        const now = (await (await fetch(`${api}/v1/jobs`)).json()) as { workers: unknown[] };
        return now.workers.length === 0;
      });
    } finally {
      server.kill();
    }
  });

  it('serves from two processes: each answers, a posted article is analysed once, and SIGTERM stops them all', async () => {
    const url = await freshPgDatabase('serve2');
    const server = spawnStance(['serve', '--db', url, '--port', '0', '--scorer', 'lexicon', '--processes', '2']);
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    try {
      let log = '';
      server.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
      const api = await waitFor('the server to say where it listens', () => /stance API on (http:\/\/\S+) /.exec(log)?.[1]);
      const seen = new Set<number>();
      for (let i = 0; i < 10; i++) {
        const health = await fetch(`${api}/health`, { headers: { connection: 'close' } });
        seen.add(((await health.json()) as { process: { number: number } }).process.number);
      }
      expect(seen).toEqual(new Set([1, 2]));
      const posted = await fetch(`${api}/v1/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', connection: 'close' },
        body: JSON.stringify([{ id: 'q1', published_at: '2022-02-04', text: 'Russia said it opposes the further expansion of NATO.' }]),
      });
      expect(posted.status).toBe(200);
      await waitFor('q1 to be analysed', async () => {
        const jobs = (await (await fetch(`${api}/v1/jobs`, { headers: { connection: 'close' } })).json()) as { queue: Record<string, number> };
        return jobs.queue.done === 1;
      });
      server.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      server.kill('SIGKILL');
    }
  });
});

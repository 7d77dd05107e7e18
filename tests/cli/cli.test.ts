import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, spawnStance, stance, tempDir, waitFor } from '../cli-helpers.js';
import { describeCliStores } from '../cli-stores.js';

const { dir, cleanup } = tempDir();
afterAll(cleanup);

const seedFile = join(FIXTURES, 'seed-article.jsonl');
const seed = JSON.parse(readFileSync(seedFile, 'utf8').trim());

interface StanceJson {
  article_id: string;
  actor: string;
  topic: string;
  score: number;
  label: string;
  confidence: number;
  evidence: Array<{ sentence: string; start: number; end: number }>;
  scorer: string;
}

async function json<T>(args: string[]): Promise<T> {
  const result = await stance([...args, '--json']);
  expect(result.stderr.includes('stance:') ? result.stderr : '').toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as T;
}

/* The commands that write and read the archive run on both stores: a SQLite file and a PostgreSQL URL. */

describeCliStores('stance run on the seed article', (store) => {
  it('stores the seed stances with their evidence', async () => {
    const db = await store.db('seed');
    const report = await json<{ ingested: number; analyzed: number; stances: number }>(['run', seedFile, '--db', db]);
    expect(report).toMatchObject({ ingested: 1, analyzed: 1 });
    const records = await json<StanceJson[]>(['stances', '--db', db]);
    const find = (actor: string, topic: string) => records.find((r) => r.actor === actor && r.topic === topic);
    for (const [actor, topic, sign] of [
      ['RU', 'nato-expansion', -1],
      ['CN', 'nato-expansion', -1],
      ['NATO', 'nato-expansion', 1],
      ['RU', 'aukus', -1],
      ['CN', 'aukus', -1],
    ] as const) {
      const record = find(actor, topic);
      expect(record, `${actor} ${topic}`).toBeDefined();
      expect(Math.sign(record!.score), `${actor} ${topic}`).toBe(sign);
      expect(record!.scorer).toBe('lexicon');
      const [evidence] = record!.evidence;
      const articles = await json<Array<{ text: string }>>(['articles', '--db', db]);
      expect(articles[0].text.slice(evidence.start, evidence.end)).toBe(evidence.sentence);
    }
    expect(find('NATO', 'nato-expansion')!.evidence[0].sentence).toMatch(/right of every sovereign nation/);
    // Mentioned only: the AUKUS members named in the seed take no stance on it there.
    expect(find('AU', 'aukus')).toBeUndefined();
    expect(find('US', 'aukus')).toBeUndefined();
  });

  it('adds nothing when the same file is ingested again, and says so', async () => {
    const db = await store.db('seed');
    const report = await json<{ ingested: number; duplicates: number }>(['ingest', seedFile, '--db', db]);
    expect(report).toMatchObject({ ingested: 0, duplicates: 1 });
    const human = await stance(['ingest', seedFile, '--db', db, '--quiet']);
    expect(human.stdout).toMatch(/0 new article\(s\), 1 duplicate\(s\) skipped/);
  });
});

describeCliStores('stance ingest with bad input', (store) => {
  it('rejects bad lines with file, line and reason, and stores every good one', async () => {
    const file = join(dir, 'mixed.jsonl');
    const good = (i: number) => JSON.stringify({ ...seed, id: `g${i}`, text: `${seed.text}\n\nUpdate ${i}: officials repeated the position.` });
    const lines = [
      good(0),
      '{not json',
      good(1),
      good(2),
      JSON.stringify({ id: 'nodate', title: 'x', text: '' }),
      JSON.stringify({ ...seed, id: 'baddate', published_at: 'yesterday-ish' }),
    ];
    writeFileSync(file, `${lines.join('\n')}\n`);
    const report = await json<{ ingested: number; rejected: Array<{ file: string; line: number; reason: string }> }>([
      'ingest',
      file,
      '--db',
      await store.db('mixed'),
    ]);
    expect(report.ingested).toBe(3);
    expect(report.rejected.map((r) => [r.line, r.reason.split(':')[0]])).toEqual([
      [2, 'invalid JSON'],
      [5, 'empty `text`'],
      [6, '`published_at` is not a date'],
    ]);
    expect(report.rejected.every((r) => r.file === file)).toBe(true);
  });

  it('exits 1 with --strict when something was rejected, 0 without', async () => {
    const file = join(dir, 'one-bad.jsonl');
    writeFileSync(file, '{"id":"a","text":"Russia opposes it."}\n[1]\n');
    expect((await stance(['ingest', file, '--db', await store.db('strict'), '--quiet'])).code).toBe(0);
    expect((await stance(['ingest', file, '--db', await store.db('strict2'), '--strict', '--quiet'])).code).toBe(1);
  });

  it('rejects an id already used by a different text', async () => {
    const file = join(dir, 'ids.jsonl');
    writeFileSync(file, '{"id":"x","text":"Russia opposes it."}\n{"id":"x","text":"China supports it."}\n');
    const report = await json<{ ingested: number; rejected: Array<{ line: number; reason: string }> }>(['ingest', file, '--db', await store.db('ids')]);
    expect(report.ingested).toBe(1);
    expect(report.rejected).toEqual([{ file, line: 2, reason: expect.stringMatching(/^duplicate id "x"/) }]);
  });
});

describeCliStores('stance ingest of CSV, text, HTML and folders', (store) => {
  it('reads a folder recursively and remembers a second source of the same text', async () => {
    const folder = join(dir, 'archive');
    mkdirSync(join(folder, 'nested'), { recursive: true });
    writeFileSync(
      join(folder, 'a.csv'),
      'id,title,text,published_at,source\nc1,One,"Germany said it supports Ukraine\'s sovereignty.",2022-02-10,Wire A\nc2,Two,"India abstained in the vote.",2022-03-02,Wire A\n',
    );
    writeFileSync(
      join(folder, 'nested', 'b.txt'),
      '---\ntitle: A text file\npublished_at: 2022-04-01\nsource: Wire B\n---\nSpain said it backs NATO membership for Finland.\n',
    );
    writeFileSync(join(folder, 'nested', 'copy.jsonl'), `${JSON.stringify({ id: 'j1', text: 'India abstained in the vote.', source: 'Wire C' })}\n`);
    writeFileSync(join(folder, 'notes.md'), 'not an article format');
    copyFileSync(join(FIXTURES, 'html/bbc-1/source.html'), join(folder, 'nested', 'page.html'));
    const db = await store.db('folder');
    const report = await json<{ ingested: number; duplicates: number; rejected: unknown[] }>(['ingest', folder, '--db', db]);
    expect(report).toMatchObject({ ingested: 4, duplicates: 1, rejected: [] });
    const articles = await json<Array<{ article_id: string; title: string; published_at: string; source: string; text: string }>>(['articles', '--db', db]);
    expect(articles.find((a) => a.title === 'A text file')).toMatchObject({ published_at: '2022-04-01', source: 'Wire B' });
    expect(articles.find((a) => a.article_id === 'c1')?.published_at).toBe('2022-02-10');
    expect(articles.find((a) => /gun laws/.test(a.title ?? ''))?.text).toMatch(/frustration/);
  });
});

describe('command line contract', () => {
  it('answers --help quickly with exit 0, and bad usage with exit 2', async () => {
    expect((await stance(['--help'])).code).toBe(0);
    expect((await stance(['run', '--help'])).stdout).toMatch(/--scorer/);
    expect((await stance(['no-such-command'])).code).toBe(2);
    const missing = await stance(['ingest', join(dir, 'nope.jsonl'), '--db', join(dir, 'x.db')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/no such file or folder/);
  });
});

describe('resume after the process is killed', () => {
  it('finishes the job with exactly one record set per article', async () => {
    const n = 600;
    const file = join(dir, 'many.jsonl');
    writeFileSync(
      file,
      Array.from({ length: n }, (_, i) => JSON.stringify({ ...seed, id: `k${i}`, text: `${seed.text}\n\nDispatch number ${i}.` })).join('\n'),
    );
    const db = join(dir, 'kill.db');
    await json(['ingest', file, '--db', db]);
    const child = spawnStance(['analyze', '--db', db, '--quiet']);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // Killed as soon as the database shows stored work: the first save holds one batch of
    // articles, far fewer than the whole file, so the kill lands mid-run on any machine.
    const sqlite = new Database(db, { readonly: true });
    const done = () => (sqlite.prepare(`select count(*) as n from articles where status = 'done'`).get() as { n: number }).n;
    try {
      await waitFor('the first stored articles', () => child.exitCode !== null || done() > 0);
      child.kill('SIGKILL');
      await exited;
      const stored = done();
      expect(stored, `the run ended before it could be killed: ${stderr}`).toBeLessThan(n);
      expect(stored, `nothing was stored before the run ended: ${stderr}`).toBeGreaterThan(0);
      const resumed = await json<{ analyzed: number }>(['analyze', '--db', db, '--quiet']);
      // Only what the killed run had not stored is analysed again.
      expect(resumed.analyzed).toBe(n - stored);
      expect(done()).toBe(n);
    } finally {
      sqlite.close();
      child.kill('SIGKILL');
    }
    const records = await json<StanceJson[]>(['stances', '--db', db, '--topic', 'nato-expansion', '--actor', 'RU']);
    expect(new Set(records.map((r) => r.article_id)).size).toBe(n);
    expect(records).toHaveLength(n);
  }, 300_000);
});

import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFixtureModel } from '../../models/fixture.js';
import { CLI, FIXTURES, projectRoot, stance, tempDir, waitFor } from '../cli-helpers.js';
import { startFakeHub } from '../models/fake-hub.js';
import { freshPgDatabase, PG_SKIP, PG_URL } from '../pg-helpers.js';

const { dir, cleanup } = tempDir();
const modelsDir = join(dir, 'models');
const MODEL = 'stance-fixture-nli';
const env = { STANCE_MODELS_DIR: modelsDir, STANCE_NLI_MODEL: MODEL };
const seed = join(FIXTURES, 'seed-article.jsonl');
/** Runs of tens of articles through inference processes: minutes on a busy two-core machine. A bound against hanging, not a speed. */
const HEAVY = 600_000;

interface StanceJson {
  scorer: string;
  model: string;
  model_version: string;
  score: number;
  evidence: Array<{ detail: Record<string, unknown> }>;
}

async function stances(db: string): Promise<StanceJson[]> {
  const result = await stance(['stances', '--db', db, '--json'], env);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as StanceJson[];
}

beforeAll(async () => {
  await writeFixtureModel(modelsDir);
  await writeFixtureModel(modelsDir, { name: 'corrupt-nli' });
  writeFileSync(join(modelsDir, 'corrupt-nli/onnx/model_quantized.onnx'), 'not a protobuf');
}, 180_000);
afterAll(cleanup);

describe('stance run with the NLI scorer', () => {
  it('stores nli records under the model id, and caches every pair in the database', async () => {
    const db = join(dir, 'nli.db');
    const result = await stance(['run', seed, '--db', db, '--scorer', 'nli', '--model', MODEL, '--json', '-q'], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // Inference ran in one worker process per core, which report the time they spent.
    expect(JSON.parse(result.stdout)).toMatchObject({
      analyzed: 1,
      failed: 0,
      scorer: `nli:${MODEL}`,
      inference: { workers: expect.any(Number), seconds: expect.any(Number), elapsed: expect.any(Number) },
    });
    const records = await stances(db);
    expect(records.length).toBeGreaterThan(0);
    for (const record of records)
      expect(record).toMatchObject({ scorer: `nli:${MODEL}`, model: MODEL, model_version: expect.stringMatching(/^[0-9a-f]{12}$/) });
    expect(records.some((r) => r.score < -0.5)).toBe(true);
    const sqlite = new Database(db, { readonly: true });
    const cached = sqlite.prepare('select count(*) as n from nli_cache').get() as { n: number };
    sqlite.close();
    expect(cached.n).toBeGreaterThanOrEqual(2);
  });

  it.skipIf(!PG_URL)(
    `keeps the pairs in the nli_cache table of a PostgreSQL database, which every worker shares${PG_URL ? '' : ` (skipped: ${PG_SKIP})`}`,
    async () => {
      const url = await freshPgDatabase('nli');
      const result = await stance(['run', seed, '--db', url, '--scorer', 'nli', '--model', MODEL, '--json', '-q'], env);
      expect(result.code, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ analyzed: 1, failed: 0, scorer: `nli:${MODEL}` });
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query('select count(*)::int as n from nli_cache');
        expect(rows[0].n).toBeGreaterThanOrEqual(2);
      } finally {
        await client.end();
      }
    },
  );

  it(
    'scores the same on worker threads, which send their candidates to the one model, as on the main thread',
    async () => {
      // 70 articles reach the worker-thread threshold (64); 5 are analysed on the main thread.
      const examples = readFileSync(join(projectRoot, 'examples/articles.jsonl'), 'utf8').split('\n').filter(Boolean);
      const lines = Array.from({ length: 70 }, (_, i) => {
        const { text, lang } = JSON.parse(examples[i % examples.length]) as { text: string; lang?: string };
        return JSON.stringify({ id: `w${i}`, lang, published_at: '2022-03-01', text: `${text}\n\nDispatch ${i}.` });
      });
      writeFileSync(join(dir, 'many.jsonl'), `${lines.join('\n')}\n`);
      writeFileSync(join(dir, 'few.jsonl'), `${lines.slice(0, 5).join('\n')}\n`);
      const run = (name: string) => stance(['run', join(dir, `${name}.jsonl`), '--db', join(dir, `${name}.db`), '--scorer', 'nli', '--json', '-q'], env);
      const [many, few] = await Promise.all([run('many'), run('few')]);
      expect(JSON.parse(many.stdout)).toMatchObject({ analyzed: 70, failed: 0, inference: { workers: expect.any(Number) } });
      expect(JSON.parse(few.stdout)).toMatchObject({ analyzed: 5, failed: 0 });
      const firstFive = (records: Array<StanceJson & { article_id: string }>) =>
        records
          .filter((r) => /^w[0-4]$/.test(r.article_id))
          .map((r) => [r.article_id, r.score, r.scorer])
          .sort();
      const manyRecords = (await stances(join(dir, 'many.db'))) as Array<StanceJson & { article_id: string }>;
      const fewRecords = (await stances(join(dir, 'few.db'))) as Array<StanceJson & { article_id: string }>;
      expect(firstFive(fewRecords).length).toBeGreaterThan(0);
      expect(firstFive(manyRecords)).toEqual(firstFive(fewRecords));
    },
    HEAVY,
  );

  it(
    'serves with the NLI scorer, loading the model once for every background analysis',
    async () => {
      // Port 0: the system picks a free port, and the server says which.
      const server = spawn(process.execPath, [CLI, 'serve', '--db', join(dir, 'serve.db'), '--port', '0', '--scorer', 'nli'], {
        env: { ...process.env, ...env },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      try {
        let log = '';
        server.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
        const url = await waitFor('the server to say where it listens', () => /stance API on (http:\/\/\S+) /.exec(log)?.[1]);
        const analysed = (id: string) => async () =>
          ((await (await fetch(`${url}/v1/articles/${id}`)).json()) as { stances?: unknown[] }).stances?.length !== 0;
        const post = (article: object) =>
          fetch(`${url}/v1/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([article]) });
        expect((await post({ id: 's1', published_at: '2022-02-04', text: 'Russia said it opposes the further expansion of NATO.' })).status).toBe(200);
        await waitFor('s1 to be analysed', analysed('s1'));
        const workers = () => execFileSync('pgrep', ['-P', String(server.pid)], { encoding: 'utf8' }).trim();
        const first = workers();
        expect((await post({ id: 's2', published_at: '2022-02-05', text: 'China said it opposes the AUKUS pact.' })).status).toBe(200);
        await waitFor('s2 to be analysed', analysed('s2'));
        const record = ((await (await fetch(`${url}/v1/articles/s2`)).json()) as { stances: Array<{ scorer: string }> }).stances[0];
        expect(record.scorer).toBe(`nli:${MODEL}`);
        expect(workers()).toBe(first);
        // The pass logs after it has stored its records and closed.
        await waitFor('two analysis passes in the log', () => log.match(/analysed 1 article/g)?.length === 2);
      } finally {
        server.kill();
      }
    },
    HEAVY,
  );

  it('runs as many inference processes as --concurrency asks for', async () => {
    const result = await stance(['run', seed, '--db', join(dir, 'one-worker.db'), '--scorer', 'nli', '--concurrency', '1', '--json', '-q'], env);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).inference.workers).toBe(1);
  });

  it('fails before reading anything when the model is missing, in one line naming it', async () => {
    const db = join(dir, 'missing.db');
    const result = await stance(['run', seed, '--db', db, '--scorer', 'nli', '--model', 'no-such-model'], env);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('no-such-model');
    expect(lines[0]).toContain(modelsDir);
    expect(lines[0]).not.toMatch(/node_modules|ingest|analyse/);
  });

  it('falls back to the lexicon under --scorer auto and says why', async () => {
    const db = join(dir, 'auto.db');
    const result = await stance(['run', seed, '--db', db, '--model', 'no-such-model', '-q'], env);
    expect(result.code).toBe(0);
    const [first] = result.stderr.trim().split('\n');
    expect(first).toMatch(/lexicon/);
    expect(first).toContain('no-such-model');
    expect((await stances(db)).every((r) => r.scorer === 'lexicon')).toBe(true);
  });

  it('picks the NLI scorer under --scorer auto when the model is installed', async () => {
    const result = await stance(['run', seed, '--db', join(dir, 'auto-nli.db'), '--json', '-q'], env);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/nli/);
    expect(JSON.parse(result.stdout).scorer).toBe(`nli:${MODEL}`);
  });

  it('keeps both readings in the evidence of an ensemble record', async () => {
    const db = join(dir, 'ensemble.db');
    const result = await stance(['run', seed, '--db', db, '--scorer', 'ensemble', '--model', MODEL, '-q'], env);
    expect(result.code).toBe(0);
    const records = await stances(db);
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((r) => r.scorer === `ensemble:${MODEL}`)).toBe(true);
    const both = records.flatMap((r) => r.evidence).find((e) => e.detail.lexicon && e.detail.nli);
    expect(both?.detail).toMatchObject({ lexicon: { score: expect.any(Number) }, nli: { score: expect.any(Number) } });
  });

  it("stores a template set's records under their own scorer id", async () => {
    const templates = join(dir, 'alliance.json');
    writeFileSync(
      templates,
      JSON.stringify({ 'nato-expansion': { support: '{actor} supports NATO membership.', oppose: '{actor} opposes NATO membership.' } }),
    );
    const db = join(dir, 'templates.db');
    const result = await stance(['run', seed, '--db', db, '--scorer', 'nli', '--model', MODEL, '--template-set', templates, '--json', '-q'], env);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).scorer).toBe(`nli:${MODEL}:alliance`);
  });

  it('rejects a corrupt ONNX file with one clear line and loses no article', async () => {
    const db = join(dir, 'corrupt.db');
    const result = await stance(['run', seed, '--db', db, '--scorer', 'nli', '--model', 'corrupt-nli'], env);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/corrupt-nli.*cannot be loaded.*model_quantized\.onnx/);
    // Nothing was ingested, so running again with a working scorer reads the article afresh.
    const retry = await stance(['run', seed, '--db', db, '--scorer', 'nli', '--model', MODEL, '--json', '-q'], env);
    expect(JSON.parse(retry.stdout)).toMatchObject({ ingested: 1, analyzed: 1 });
  });
});

describe('stance models', () => {
  it('writes the fixture and prints its bare name as the last line', async () => {
    const out = join(dir, 'fixture-out');
    const result = await stance(['models', 'fixture', '--out', out, '--name', 'my-fixture'], env);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n').at(-1)).toBe('my-fixture');
  });

  it('lists catalogue models as missing and local folders as installed', async () => {
    const result = await stance(['models', 'list', '--json'], env);
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as Array<{ name: string; present: boolean; default: boolean; bytes: number }>;
    expect(rows.find((r) => r.default)).toMatchObject({ present: false });
    expect(rows.find((r) => r.name === MODEL)).toMatchObject({ present: true, bytes: expect.any(Number) });
  });

  it('pulls a model from the hub STANCE_MODEL_HUB names, and fails in one line, exit 1, when it cannot be reached', async () => {
    // The hub is a loopback server holding the fixture, so the test needs no network and ignores any.
    const hubDir = join(dir, 'hub');
    await writeFixtureModel(hubDir, { name: 'tiny-owner/pulled-nli' });
    const hub = await startFakeHub(hubDir);
    const unreachable = await startFakeHub(hubDir, { reset: true });
    try {
      const pulled = await stance(['models', 'pull', 'tiny-owner/pulled-nli', '-q'], { ...env, STANCE_MODEL_HUB: hub.url });
      expect(pulled).toMatchObject({ code: 0, stdout: 'tiny-owner/pulled-nli\n', stderr: '' });
      const rows = JSON.parse((await stance(['models', 'list', '--json'], env)).stdout) as Array<{ name: string; present: boolean }>;
      expect(rows.find((r) => r.name === 'tiny-owner/pulled-nli')).toMatchObject({ present: true });
      const failed = await stance(['models', 'pull', 'Xenova/multilingual-MiniLMv2-L6-mnli-xnli'], { ...env, STANCE_MODEL_HUB: unreachable.url });
      expect(failed.code).toBe(1);
      expect(failed.stderr.trim().split('\n')).toHaveLength(1);
      expect(failed.stderr).toMatch(/^stance: cannot reach the model hub to download Xenova\/multilingual-MiniLMv2-L6-mnli-xnli: /);
      expect(unreachable.requests).toHaveLength(1);
    } finally {
      await Promise.all([hub.close(), unreachable.close()]);
    }
  });
});

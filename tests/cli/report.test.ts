import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { stance, tempDir } from '../cli-helpers.js';
import { describeCliStores } from '../cli-stores.js';

const { dir, cleanup } = tempDir();
const examples = new URL('../../examples/', import.meta.url).pathname;
afterAll(cleanup);

/* Run on both stores: the examples analysed into a SQLite file, and into a PostgreSQL database. */
describeCliStores('stance trends, compare and topics', (store) => {
  let db: string;
  beforeAll(async () => {
    db = await store.db();
    const run = await stance(['run', examples, '--db', db, '--quiet']);
    expect(run.code, run.stderr).toBe(0);
  });
  // Drawing a chart file and checking flags happen before or after the store is read, the same on
  // both: they run once, on SQLite, to keep the suite short.
  const storeFree = store.name === 'sqlite' ? it : it.skip;

  it('prints a table with a sparkline per actor', async () => {
    const result = await stance([
      'trends',
      '--db',
      db,
      '--topic',
      'nato-expansion',
      '--actors',
      'RU,NATO',
      '--bucket',
      'year',
      '--from',
      '2021-01-01',
      '--to',
      '2023-12-31',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ {2}RU {4}·▁· {2}\d+ record/m);
    expect(result.stdout).toMatch(/2022-01-01 NATO\s+\+1\.00/);
  });

  it('gives the API JSON and CSV, and writes an SVG chart', async () => {
    const args = ['trends', '--db', db, '--topic', 'nato-expansion', '--actors', 'RU', '--from', '2022-01-01', '--to', '2022-12-31'];
    const json = JSON.parse((await stance([...args, '--json'])).stdout);
    expect(json.series[0].points).toHaveLength(12);
    const csv = (await stance([...args, '--csv'])).stdout.trim().split('\r\n');
    expect(csv[0]).toBe('topic,actor,bucket_start,mean,ci_low,ci_high,n_records,n_articles,n_sources');
    expect(csv).toHaveLength(13);
    const chart = join(dir, `chart-${store.name}.svg`);
    expect((await stance([...args, '--chart', chart])).code).toBe(0);
    expect(readFileSync(chart, 'utf8')).toMatch(/^<svg/);
  });

  storeFree('writes the chart the extension names: a real PNG, the spec, and a clear refusal otherwise', async () => {
    const args = ['trends', '--db', db, '--topic', 'nato-expansion', '--actors', 'RU,NATO,TR', '--from', '2021-01-01', '--to', '2023-12-31'];
    const png = join(dir, `nato-${store.name}.png`);
    expect((await stance([...args, '--chart', png])).code).toBe(0);
    expect(readFileSync(png).subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const spec = join(dir, `nato-${store.name}.vl.json`);
    expect((await stance([...args, '--chart', spec])).code).toBe(0);
    expect(JSON.parse(readFileSync(spec, 'utf8')).$schema).toContain('vega-lite');
    const pdf = await stance([...args, '--chart', join(dir, 'nato.pdf')]);
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toMatch(/extension \.pdf .*use \.svg, \.png, or \.json/);
  });

  it('keeps a daily sparkline to a terminal width and names the bucket properly', async () => {
    const result = await stance([
      'trends',
      '--db',
      db,
      '--topic',
      'nato-expansion',
      '--actors',
      'RU',
      '--bucket',
      'day',
      '--from',
      '2022-01-01',
      '--to',
      '2022-12-31',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^nato-expansion, daily from 2022-01-01 to 2022-12-31 .*one character per 7 days/m);
    const line = result.stdout.split('\n').find((l) => l.startsWith('  RU'))!;
    const spark = line.trim().split(/\s+/)[1];
    expect([...spark]).toHaveLength(53);
    expect(spark).toMatch(/[▁▂▃▄▅▆▇█]/);
  });

  storeFree("refuses a bad query with exit 2 and the route's message, one line", async () => {
    const bucket = await stance(['trends', '--db', db, '--topic', 'nato-expansion', '--actors', 'RU', '--bucket', 'fortnight']);
    expect(bucket.code).toBe(2);
    expect(bucket.stderr).toMatch(/^stance: invalid request: bucket: Invalid option: expected one of "day"\|"week"\|"month"\|"quarter"\|"year"\n$/);
    // A two-word parameter reaches the route under its own name.
    const confidence = await stance(['trends', '--db', db, '--topic', 'nato-expansion', '--actors', 'RU', '--min-confidence', '2']);
    expect(confidence.stderr).toMatch(/^stance: invalid request: min_confidence: Too big: expected number to be <=1\n$/);
  });

  it('compares every actor on a topic, most supportive first, with the same filters as the API', async () => {
    const result = JSON.parse((await stance(['compare', '--db', db, '--topic', 'nato-expansion', '--json'])).stdout);
    const order = result.actors.map((a: { actor: string }) => a.actor);
    expect(order.indexOf('NATO')).toBeLessThan(order.indexOf('RU'));
    const wire = JSON.parse((await stance(['compare', '--db', db, '--topic', 'nato-expansion', '--source', 'Example Wire', '--json'])).stdout);
    const records = (r: { actors: Array<{ n_records: number }> }) => r.actors.reduce((sum, a) => sum + a.n_records, 0);
    expect(records(wire)).toBeGreaterThan(0);
    expect(records(wire)).toBeLessThan(records(result));
  });

  it('adds a topic from a file and lists it; a bad file is refused with the reason', async () => {
    const file = join(dir, `topic-${store.name}.json`);
    writeFileSync(
      file,
      JSON.stringify({
        id: 'arctic-drilling',
        label: 'Arctic drilling',
        description: 'Oil and gas drilling in the Arctic.',
        keywords: { en: ['Arctic drilling'] },
        hypotheses: { support: '{actor} supports Arctic drilling.', oppose: '{actor} opposes Arctic drilling.' },
      }),
    );
    expect((await stance(['topics', 'add', '--file', file, '--db', db])).stdout).toMatch(/arctic-drilling added/);
    expect((await stance(['topics', 'list', '--db', db])).stdout).toMatch(/^arctic-drilling/m);
    writeFileSync(file, JSON.stringify({ id: 'x y', label: 'x' }));
    const bad = await stance(['topics', 'add', '--file', file, '--db', db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/invalid topic: id: expected lower-case words/);
  });
});

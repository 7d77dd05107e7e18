import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLOOR_TRANSACTION_ROWS, jsonlLines, measureFloor } from '../../bench/floor.bench.js';
import { floorRatios } from '../../bench/ratios.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('the I/O floor', () => {
  let dir: string;
  let archive: string;
  // More than one read chunk (1 MiB) and more than one transaction, so lines cross chunk edges.
  const count = FLOOR_TRANSACTION_ROWS + 234;
  const texts = Array.from({ length: count }, (_, i) => `Article ${i}: ${'words of the article, '.repeat(50)}é ${i}`);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'stance-floor-'));
    archive = join(dir, 'archive.jsonl');
    const lines = texts.map((text, i) => JSON.stringify({ id: `a${i}`, text, published_at: '2024-01-02', source: 'S', lang: 'en' }));
    // A blank line inside and no newline after the last line: neither changes the count.
    writeFileSync(archive, `${lines.slice(0, 10).join('\n')}\n\n${lines.slice(10).join('\n')}`);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads every line of the archive, across chunk edges', async () => {
    const lines: string[] = [];
    for await (const line of jsonlLines(archive)) lines.push(line);
    expect(lines).toHaveLength(count);
    expect(lines.map((line) => (JSON.parse(line) as { text: string }).text)).toEqual(texts);
  });

  it('stores every article with the sha256 of its text in a new database', async () => {
    const file = join(dir, 'floor.db');
    const result = await measureFloor(archive, file);
    expect(result.articles).toBe(count);
    expect(result.seconds).toBeGreaterThan(0);
    const sqlite = new Database(file, { readonly: true });
    try {
      const rows = sqlite.prepare('select id, content_hash, text from articles order by rowid').all() as Array<{
        id: string;
        content_hash: string;
        text: string;
      }>;
      expect(rows).toHaveLength(count);
      expect(rows[count - 1]).toEqual({ id: `a${count - 1}`, content_hash: sha256(texts[count - 1]), text: texts[count - 1] });
      expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      sqlite.close();
    }
  });

  it('gives article throughputs, and only those, as ratios of the floor', () => {
    const ratios = floorRatios({ floor_per_s: 20_000, ingest_per_s: 7_500, run_per_s: 1_234, nli_naive_pairs_per_s: 100, http_rps: 90, articles: 20_000 });
    expect(ratios).toEqual({ ingest_floor_ratio: 0.375, run_floor_ratio: 0.062 });
    expect(floorRatios({ ingest_per_s: 7_500 })).toEqual({});
  });
});

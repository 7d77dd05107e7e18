import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { estimateArticles } from '../../../pipeline/sources/index.js';

describe('estimateArticles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stance-estimate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('counts an HTML or TXT file as one article however large, and JSONL by size', async () => {
    writeFileSync(join(dir, 'page.html'), `<html><body>${'<div class="ad">x</div>'.repeat(20_000)}</body></html>`);
    writeFileSync(join(dir, 'note.txt'), 'A short article.\n');
    expect(await estimateArticles([dir])).toBe(2);
    writeFileSync(join(dir, 'archive.jsonl'), `${JSON.stringify({ text: 'x'.repeat(2_900) })}\n`.repeat(10));
    expect(await estimateArticles([dir])).toBe(2 + 10);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchScorer } from '../../bench/scorer.bench.js';
import { builtinCatalogue } from '../../pipeline/data/topic-catalogue.js';
import { findActorMentions } from '../../pipeline/stages/actors.js';
import { buildCandidates } from '../../pipeline/stages/candidates.js';
import { splitSentences } from '../../pipeline/stages/sentences.js';
import { TopicFinder } from '../../pipeline/stages/topics.js';

describe('the scorer benchmark', () => {
  let dir: string;
  let archive: string;
  const text = 'Russia opposes NATO expansion, the Kremlin said on Monday. China backed Moscow. Finland applied to join NATO.';
  const count = 30;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'stance-scorer-bench-'));
    archive = join(dir, 'archive.jsonl');
    const lines = Array.from({ length: count }, (_, i) => JSON.stringify({ id: `a${i}`, lang: 'en', published_at: '2024-01-02', text }));
    writeFileSync(archive, `${lines.join('\n')}\n`);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('scores the candidates of as many articles as asked, after the warm-up, and times the scorer apart from the stages', async () => {
    const perArticle = buildCandidates(
      text,
      splitSentences(text),
      findActorMentions(text, { lang: 'en', date: '2024-01-02' }),
      'en',
      new TopicFinder(builtinCatalogue()),
    ).length;
    expect(perArticle).toBeGreaterThan(0);
    const result = await benchScorer(archive, 4);
    expect(result.articles).toBe(4);
    expect(result.candidates).toBe(4 * perArticle);
    expect(result.scorerMs).toBeGreaterThan(0);
    expect(result.stagesMs).toBeGreaterThan(0);
  });

  it('stops at the end of a shorter archive, the warm-up articles not counted', async () => {
    const result = await benchScorer(archive, 1000);
    expect(result.articles).toBe(count - 20);
  });
});

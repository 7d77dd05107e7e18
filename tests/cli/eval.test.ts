import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { stance, tempDir } from '../cli-helpers.js';
import { describeCliStores } from '../cli-stores.js';

/* `stance eval --db`: a gold file analysed into a database of either store gives the same report. */

const { dir, cleanup } = tempDir();
afterAll(cleanup);
const gold = join(dir, 'gold.jsonl');
writeFileSync(
  gold,
  [
    {
      id: 'g1',
      lang: 'en',
      text: 'Russia opposes NATO expansion, the Kremlin said on Monday.',
      gold: [{ country: 'RU', topic: 'nato-expansion', stance: -1 }],
    },
    {
      id: 'g2',
      lang: 'en',
      text: 'Finland supports NATO expansion, its president said.',
      gold: [
        { country: 'FI', topic: 'nato-expansion', stance: 1 },
        { country: 'CN', topic: 'aukus', stance: -1 },
      ],
    },
    // Missed where the holder is named but never with the topic, and where the scorer reads no stance.
    {
      id: 'g3',
      lang: 'en',
      text: 'Fiji spoke about many things on Monday. NATO expansion was discussed at the summit.',
      gold: [{ country: 'FJ', topic: 'nato-expansion', stance: 1 }],
    },
    { id: 'g4', lang: 'en', text: 'Samoa mentioned NATO expansion in a speech.', gold: [{ country: 'WS', topic: 'nato-expansion', stance: 1 }] },
  ]
    .map((line) => JSON.stringify(line))
    .join('\n'),
);

const reports: Record<string, unknown> = {};

describeCliStores('stance eval into a database', (store) => {
  it('scores the gold file: the two stated stances found, the others missed, each where the pipeline lost it', async () => {
    const result = await stance(['eval', gold, '--db', await store.db(), '--scorer', 'lexicon', '--json']);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ n_articles: 4, n_gold: 5, overall: { correct: 2, missed: 3, sign_errors: 0 } });
    expect(report.missed_by_stage).toEqual({ holder_not_found: 1, holder_not_with_topic: 1, no_stance: 1 });
    reports[store.name] = report;
    if (store.name === 'postgres') expect(report).toEqual(reports.sqlite);
  });
});

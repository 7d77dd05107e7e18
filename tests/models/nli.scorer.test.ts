import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { combine } from '../../models/ensemble.scorer.js';
import { writeFixtureModel } from '../../models/fixture.js';
import { type NliClassifier, NliScorer } from '../../models/nli.scorer.js';
import type { NliPair } from '../../models/nli-batches.js';
import { NliModel, type NliProbs } from '../../models/nli-model.js';
import type { StanceCandidate } from '../../models/scorer.js';
import { PgNliCache, SqliteNliCache } from '../../pipeline/db/nli-cache.repo.js';
import { projectRoot } from '../cli-helpers.js';
import { freshPgDatabase, PG_SKIP, PG_URL } from '../pg-helpers.js';

function candidate(text: string, actor = 'Russia', context: string | null = null): StanceCandidate {
  return {
    text,
    context,
    lang: 'en',
    actor: { code: actor.slice(0, 2).toUpperCase(), name: actor, mentions: [] },
    others: [],
    topic: {
      id: 'nato-expansion',
      label: 'NATO expansion',
      hypotheses: { support: '{actor} supports NATO expansion.', oppose: '{actor} opposes NATO expansion.' },
      spans: [],
      cues: { support: [], oppose: [], neutral: [] },
    },
  };
}

/** The real model, with every call to it counted. */
class CountingModel implements NliClassifier {
  calls = 0;
  pairs: NliPair[] = [];
  constructor(private readonly model: NliModel) {}
  get name() {
    return this.model.name;
  }
  get version() {
    return this.model.version;
  }
  async classify(pairs: NliPair[]): Promise<NliProbs[]> {
    this.calls++;
    this.pairs.push(...pairs);
    return this.model.classify(pairs);
  }
}

describe('NliScorer', () => {
  let dir: string;
  let model: NliModel;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'stance-nli-scorer-'));
    await writeFixtureModel(dir);
    model = await NliModel.load({ modelsDir: dir, name: 'stance-fixture-nli' });
  });

  afterAll(async () => {
    await model?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('scores support positive, opposition negative and a bare mention as no stance', async () => {
    const scorer = new NliScorer(model);
    const [support, oppose, mention] = await scorer.score([
      candidate('Finland supports NATO expansion.', 'Finland'),
      candidate('Russia firmly rejects NATO expansion.'),
      candidate('The weather in Paris was sunny today.'),
    ]);
    expect(scorer.id).toBe('nli:stance-fixture-nli');
    expect(support!.score).toBeGreaterThan(0.5);
    expect(oppose!.score).toBeLessThan(-0.5);
    expect(oppose!.confidence).toBeGreaterThanOrEqual(0.5);
    expect(oppose!.detail).toMatchObject({ hypothesis: 'Russia opposes NATO expansion.' });
    expect(mention).toBeNull();
  });

  it('reads the context sentence as part of the premise', async () => {
    const [withContext] = await new NliScorer(model).score([candidate('The minister said so again.', 'Russia', 'Russia opposes NATO expansion.')]);
    expect(withContext!.score).toBeLessThan(-0.5);
  });

  it('sends every new pair of a call to the model in one batch, and none on a repeat', async () => {
    const counting = new CountingModel(model);
    const scorer = new NliScorer(counting);
    const batch = [
      candidate('Russia opposes NATO expansion.'),
      candidate('Russia opposes NATO expansion.'),
      candidate('France backs NATO expansion.', 'France'),
    ];
    const first = await scorer.score(batch);
    expect(counting.calls).toBe(1);
    expect(counting.pairs).toHaveLength(4);
    expect(await scorer.score(batch)).toEqual(first);
    expect(counting.calls).toBe(1);
    expect(scorer.stats.memoryHits).toBe(4);
  });

  it('keeps results in the nli_cache table so a new scorer on the same database runs no inference', async () => {
    const db = join(dir, 'cache.db');
    const batch = [candidate('Russia opposes NATO expansion.'), candidate('China welcomed the AUKUS deal.', 'China')];
    const firstModel = new CountingModel(model);
    const first = new NliScorer(firstModel, { store: SqliteNliCache.open(db) });
    const expected = await first.score(batch);
    await first.close();
    expect(firstModel.calls).toBe(1);

    const secondModel = new CountingModel(model);
    const second = new NliScorer(secondModel, { store: SqliteNliCache.open(db) });
    expect(await second.score(batch)).toEqual(expected);
    await second.close();
    expect(secondModel.calls).toBe(0);
    expect(second.stats.storeHits).toBe(4);
  });

  it.skipIf(!PG_URL)(
    `shares the nli_cache table of a PostgreSQL database: a scorer in another process reads what this one inferred${PG_URL ? '' : ` (skipped: ${PG_SKIP})`}`,
    async () => {
      const url = await freshPgDatabase('nli');
      const batch = [candidate('Russia opposes NATO expansion.'), candidate('China welcomed the AUKUS deal.', 'China')];
      const counting = new CountingModel(model);
      const first = new NliScorer(counting, { store: await PgNliCache.open(url) });
      const expected = await first.score(batch);
      await first.close();
      expect(counting.calls).toBe(1);

      // A pair two workers inferred at once is stored once: the second write keeps the first result.
      const cache = await PgNliCache.open(url);
      await cache.putMany([['same pair', { entailment: 0.9, neutral: 0.05, contradiction: 0.05 }]]);
      await cache.putMany([['same pair', { entailment: 0.1, neutral: 0.1, contradiction: 0.8 }]]);
      expect(await cache.getMany(['same pair', 'unknown pair'])).toEqual(new Map([['same pair', { entailment: 0.9, neutral: 0.05, contradiction: 0.05 }]]));
      await cache.close();

      // Another process, as a worker on another machine: its model may not run, so every result must come from the table.
      const script = `
        const { NliScorer } = await import('./dist/models/nli.scorer.js');
        const { PgNliCache } = await import('./dist/pipeline/db/nli-cache.repo.js');
        const model = { name: ${JSON.stringify(model.name)}, version: ${JSON.stringify(model.version)}, classify: async () => { throw new Error('inference ran'); } };
        const scorer = new NliScorer(model, { store: await PgNliCache.open(${JSON.stringify(url)}) });
        const results = await scorer.score(${JSON.stringify(batch)});
        await scorer.close();
        process.stdout.write(JSON.stringify({ results, stats: scorer.stats }));`;
      const other = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: projectRoot, encoding: 'utf8' }));
      expect(other).toEqual({ results: JSON.parse(JSON.stringify(expected)), stats: { inferred: 0, memoryHits: 0, storeHits: 4 } });
    },
  );

  it('uses a template set instead of the topic hypotheses', async () => {
    const counting = new CountingModel(model);
    const scorer = new NliScorer(counting, {
      id: 'nli:stance-fixture-nli:custom',
      templates: { 'nato-expansion': { support: '{actor} backs the alliance.', oppose: '{actor} condemns the alliance.' } },
    });
    const [result] = await scorer.score([candidate('Russia opposes the alliance.')]);
    expect(counting.pairs.map((p) => p.hypothesis)).toEqual(['Russia backs the alliance.', 'Russia condemns the alliance.']);
    expect(scorer.id).toBe('nli:stance-fixture-nli:custom');
    expect(result).toMatchObject({ detail: { hypothesis: 'Russia condemns the alliance.' } });
    expect(result!.score).toBeLessThan(-0.5);
  });
});

describe('combine', () => {
  it('weights each reading by its confidence and keeps both in the detail', () => {
    const result = combine({ lexicon: { score: -1, confidence: 0.5, detail: { cue: 'opposes' } }, nli: { score: -0.5, confidence: 1 } });
    expect(result!.score).toBeCloseTo(-2 / 3, 3);
    expect(result!.confidence).toBe(0.75);
    expect(result!.detail).toEqual({ lexicon: { score: -1, confidence: 0.5, cue: 'opposes' }, nli: { score: -0.5, confidence: 1 } });
  });

  it('halves the confidence of a stance only one scorer sees, and gives none when neither does', () => {
    expect(combine({ lexicon: null, nli: { score: 0.8, confidence: 0.9 } })).toMatchObject({ score: 0.8, confidence: 0.45, detail: { lexicon: null } });
    expect(combine({ lexicon: null, nli: null })).toBeNull();
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limitRatio } from '../../bench/nli.bench.js';
import { FIXTURE_MODEL_NAME, writeFixtureModel } from '../../models/fixture.js';
import { dealBatches, type NliPair } from '../../models/nli-batches.js';
import { measureOnnxLimit } from '../../models/nli-limit.js';
import { NliModel } from '../../models/nli-model.js';

function pairs(count: number): NliPair[] {
  return Array.from({ length: count }, (_, i) => ({
    premise: `Russia opposes NATO expansion.${' Officials said so.'.repeat(i % 4)}`,
    hypothesis: i % 2 === 0 ? 'Russia opposes NATO expansion.' : 'Russia supports NATO expansion.',
  }));
}

describe('the onnxruntime limit of the NLI scorer', () => {
  let modelsDir: string;

  beforeAll(async () => {
    modelsDir = mkdtempSync(join(tmpdir(), 'stance-limit-'));
    await writeFixtureModel(modelsDir);
  });

  afterAll(() => rmSync(modelsDir, { recursive: true, force: true }));

  it('runs the scorer’s batches on the generated model in every worker', async () => {
    const limit = await measureOnnxLimit({ modelsDir, name: FIXTURE_MODEL_NAME, batchSize: 8, workers: 2 }, pairs(37));
    expect(limit).toMatchObject({ pairs: 37, batches: 5, workers: 2 });
    expect(limit.seconds).toBeGreaterThan(0);
    expect(limit.pairsPerSecond).toBeCloseTo(37 / limit.seconds, 6);
  });

  it('feeds the session what the scorer would: encode then logits gives classify’s answer', async () => {
    const model = await NliModel.load({ modelsDir, name: FIXTURE_MODEL_NAME, batchSize: 8 });
    const input = pairs(4);
    const expected = await model.classify(input);
    const { data, width } = await model.logits(model.encode(input));
    expect(width).toBe(3);
    // Rows of the same batch in the same order: the largest logit is the most probable label.
    input.forEach((_, row) => {
      const logits = Array.from(data.subarray(row * width, (row + 1) * width));
      const probs = [expected[row].contradiction, expected[row].neutral, expected[row].entailment];
      expect(logits.indexOf(Math.max(...logits))).toBe(probs.indexOf(Math.max(...probs)));
    });
    await model.dispose();
  });

  it('deals batches so the workers get about equal work', () => {
    const batch = (chars: number, rows: number) => Array.from({ length: rows }, () => ({ premise: 'x'.repeat(chars), hypothesis: '' }));
    const dealt = dealBatches([batch(10, 8), batch(40, 8), batch(20, 8), batch(30, 8), batch(5, 2)], 2);
    const work = dealt.map((list) => list.reduce((sum, b) => sum + b.length * b[0].premise.length, 0));
    expect(dealt.flat()).toHaveLength(5);
    expect(work.sort((a, b) => a - b)).toEqual([400, 410]);
    expect(dealBatches([batch(10, 1)], 3).map((list) => list.length)).toEqual([1, 0, 0]);
  });

  it('gives the scorer’s pairs per second as a share of the limit', () => {
    expect(limitRatio(180, 200)).toBe(0.9);
    expect(limitRatio(1, 3)).toBe(0.333);
    expect(limitRatio(10, 0)).toBe(0);
  });
});

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StanceError } from '../../core/errors.js';
import { writeFixtureModel, writeRealisticModel } from '../../models/fixture.js';
import type { NliPair } from '../../models/nli-batches.js';
import { NliModel, type NliProbs } from '../../models/nli-model.js';
import { projectRoot } from '../cli-helpers.js';

const TOPIC = 'NATO expansion';

/** 40 pairs whose premises range from three words to a long paragraph. */
function variedPairs(): NliPair[] {
  const premises = [
    'Russia opposes NATO expansion.',
    'Finland applied to join NATO.',
    'The weather in Paris was sunny today.',
    'Hungary does not support sanctions.',
    'Sweden welcomed the AUKUS deal.',
  ];
  return Array.from({ length: 40 }, (_, i) => ({
    premise: `${premises[i % premises.length]} ${'The minister said so again this week. '.repeat(i % 7)}`.trim(),
    hypothesis: i % 2 === 0 ? `Russia opposes ${TOPIC}.` : `Russia supports ${TOPIC}.`,
  }));
}

function expectClose(a: NliProbs[], b: NliProbs[], tolerance: number) {
  expect(a).toHaveLength(b.length);
  a.forEach((probs, i) => {
    for (const label of ['entailment', 'neutral', 'contradiction'] as const) {
      expect(Math.abs(probs[label] - b[i][label])).toBeLessThan(tolerance);
    }
  });
}

describe('NliModel', () => {
  let modelsDir: string;
  let model: NliModel;

  beforeAll(async () => {
    modelsDir = mkdtempSync(join(tmpdir(), 'stance-nli-'));
    await writeFixtureModel(modelsDir);
    await writeFixtureModel(modelsDir, { name: 'float-fixture', quantized: false });
    // Float: int8 activations are quantised per batch, so only a float graph scores a pair the same in any batch.
    await writeRealisticModel(modelsDir, { name: 'small-bert', layers: 2, hidden: 256, heads: 4, precision: 'float' });
    model = await NliModel.load({ modelsDir, name: 'stance-fixture-nli' });
  });

  afterAll(async () => {
    await model?.dispose();
    rmSync(modelsDir, { recursive: true, force: true });
  });

  it('names the model, a version and the label indices from config.json', async () => {
    expect(model.name).toBe('stance-fixture-nli');
    expect(model.version).toMatch(/^[0-9a-f]{12}$/);
    expect(model.labels).toEqual({ contradiction: 0, neutral: 1, entailment: 2 });
    const again = await NliModel.load({ modelsDir, name: 'stance-fixture-nli' });
    expect(again.version).toBe(model.version);
    const other = await NliModel.load({ modelsDir, name: 'small-bert' });
    expect(other.version).not.toBe(model.version);
  });

  it('reads stance cues: agreement entails, disagreement contradicts, no cue is neutral', async () => {
    const [same, opposite, unrelated, negated, joined] = await model.classify([
      { premise: 'Russia opposes NATO expansion.', hypothesis: 'Russia opposes NATO expansion.' },
      { premise: 'Russia opposes NATO expansion.', hypothesis: 'Russia supports NATO expansion.' },
      { premise: 'The weather in Paris was sunny today.', hypothesis: 'Russia opposes NATO expansion.' },
      { premise: 'Hungary does not support new sanctions.', hypothesis: 'Hungary opposes sanctions.' },
      { premise: 'Finland applied to join NATO.', hypothesis: 'Finland supports NATO membership.' },
    ]);
    expect(same.entailment).toBeGreaterThan(0.9);
    expect(opposite.contradiction).toBeGreaterThan(0.9);
    expect(unrelated.neutral).toBeGreaterThan(0.9);
    expect(negated.entailment).toBeGreaterThan(0.9);
    expect(joined.entailment).toBeGreaterThan(0.9);
    for (const probs of [same, opposite, unrelated]) {
      expect(probs.entailment + probs.neutral + probs.contradiction).toBeCloseTo(1, 6);
    }
  });

  it('gives the same probabilities in padded batches of 16 as one pair at a time, in input order', async () => {
    const pairs = variedPairs();
    for (const name of ['float-fixture', 'small-bert']) {
      const batched = await NliModel.load({ modelsDir, name, batchSize: 16 });
      const single = await NliModel.load({ modelsDir, name, batchSize: 1 });
      expectClose(await batched.classify(pairs), await single.classify(pairs), 1e-4);
    }
    const probs = await model.classify(pairs);
    expect(probs[0].entailment).toBeGreaterThan(0.9);
    expect(probs[1].entailment).toBeGreaterThan(0.9);
    expect(probs[5].contradiction).toBeGreaterThan(0.9);
    expect(probs[2].neutral).toBeGreaterThan(0.9);
  });

  it('keeps the hypothesis when a premise is longer than the model accepts', async () => {
    const premise = `Russia opposes NATO expansion. ${'The minister said so again. '.repeat(200)}`;
    const [probs] = await model.classify([{ premise, hypothesis: 'Russia supports NATO expansion.' }]);
    expect(probs.contradiction).toBeGreaterThan(0.9);
  });

  it('runs the library zero-shot pipeline one pair at a time as a baseline', async () => {
    const pairs = variedPairs().slice(0, 10);
    const naive = await model.classifyNaive(pairs);
    const batched = await model.classify(pairs);
    naive.forEach((probs, i) => {
      const { entailment, contradiction } = batched[i];
      expect(probs.entailment).toBeCloseTo(entailment / (entailment + contradiction), 6);
      expect(probs.neutral).toBe(0);
    });
  });

  it('explains a missing model in one line: which, where, how to get it', async () => {
    const catalogued = 'Xenova/mDeBERTa-v3-base-xnli-multilingual-nli-2mil7';
    const error = (await NliModel.load({ modelsDir, name: catalogued }).catch((e: unknown) => e)) as StanceError;
    expect(error).toBeInstanceOf(StanceError);
    expect(error.code).toBe('model_missing');
    expect(error.message).not.toContain('\n');
    expect(error.message).toContain(catalogued);
    expect(error.message).toContain(join(modelsDir, 'Xenova'));
    expect(error.message).toContain(`stance models pull ${catalogued}`);
    const unknown = (await NliModel.load({ modelsDir, name: 'nobody/nothing' }).catch((e: unknown) => e)) as StanceError;
    expect(unknown.code).toBe('model_missing');
    expect(unknown.message).toMatch(/^Unknown model "nobody\/nothing": it is not in the catalogue/);
  });

  it('reports a corrupt ONNX file as model_broken without onnxruntime printing anything', async () => {
    await writeFixtureModel(modelsDir, { name: 'corrupt' });
    writeFileSync(join(modelsDir, 'corrupt', 'onnx', 'model_quantized.onnx'), 'these bytes are not a model');
    const error = (await NliModel.load({ modelsDir, name: 'corrupt' }).catch((e: unknown) => e)) as StanceError;
    expect(error.code).toBe('model_broken');
    expect(error.message).toMatch(
      /^Model "corrupt" cannot be loaded: onnx\/model_quantized\.onnx in .+ is unreadable \(.+\)\. Replace the folder with a fresh copy\.$/,
    );

    // onnxruntime logs natively to stderr, out of reach of console spies: check a separate process.
    const script = `
      const { NliModel } = await import('./dist/models/nli-model.js');
      await NliModel.load({ modelsDir: process.argv[1], name: 'corrupt' }).catch((e) => process.stdout.write(e.code));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script, modelsDir], { cwd: projectRoot, encoding: 'utf8' });
    expect(result.stdout).toBe('model_broken');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it.runIf(process.platform === 'linux')('gives onnxruntime exactly the intra-op threads asked for', () => {
    // onnxruntime starts threads - 1 pool threads when the session is created; count them in a fresh process.
    const script = `
      const { NliModel } = await import('./dist/models/nli-model.js');
      const { readFileSync } = await import('node:fs');
      const count = () => Number(/Threads:\\s+(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]);
      const before = count();
      await NliModel.load({ modelsDir: process.argv[1], name: 'small-bert', threads: Number(process.argv[2]) });
      process.stdout.write(String(count() - before));`;
    const extraThreads = (threads: number) =>
      Number(execFileSync(process.execPath, ['--input-type=module', '-e', script, modelsDir, String(threads)], { cwd: projectRoot, encoding: 'utf8' }));
    expect(extraThreads(1)).toBe(0);
    expect(extraThreads(4)).toBe(3);
  });
});

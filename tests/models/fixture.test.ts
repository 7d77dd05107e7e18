import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AutoTokenizer, env, pipeline } from '@xenova/transformers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFixtureModel, writeRealisticModel } from '../../models/fixture.js';

const premise = 'Russia opposes NATO expansion.';

describe('generated model folders', () => {
  let modelsDir: string;

  beforeAll(() => {
    modelsDir = mkdtempSync(join(tmpdir(), 'stance-fixture-'));
    env.localModelPath = modelsDir;
    env.allowRemoteModels = false;
  });

  afterAll(() => rmSync(modelsDir, { recursive: true, force: true }));

  it('writes the fixture in the layout transformers.js loads, with both label maps', async () => {
    const { name, dir } = await writeFixtureModel(modelsDir);
    expect(name).toBe('stance-fixture-nli');
    const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'));
    expect(config).toMatchObject({
      model_type: 'bert',
      id2label: { 0: 'contradiction', 1: 'neutral', 2: 'entailment' },
      label2id: { contradiction: 0, neutral: 1, entailment: 2 },
    });
    expect(statSync(join(dir, 'onnx', 'model.onnx')).size).toBeLessThan(32_000);
    expect(statSync(join(dir, 'onnx', 'model_quantized.onnx')).size).toBe(statSync(join(dir, 'onnx', 'model.onnx')).size);
  });

  it('tokenizes pairs with [CLS] A [SEP] B [SEP], type id 1 on the second sequence, [UNK] for unknown words', async () => {
    const tokenizer = await AutoTokenizer.from_pretrained('stance-fixture-nli');
    const encoded = tokenizer(premise, { text_pair: 'Russia supports Zanzibar.' });
    const tokens = tokenizer.model.convert_ids_to_tokens(Array.from(encoded.input_ids.data as BigInt64Array, Number));
    expect(tokens).toEqual(['[CLS]', 'russia', 'opposes', 'nato', 'expansion', '.', '[SEP]', 'russia', 'supports', '[UNK]', '.', '[SEP]']);
    expect(Array.from(encoded.token_type_ids.data as BigInt64Array, Number)).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
  });

  it('classifies through the zero-shot pipeline of transformers.js', async () => {
    const classifier = await pipeline('zero-shot-classification', 'stance-fixture-nli');
    const output = (await classifier(premise, ['Russia opposes NATO expansion.', 'Russia supports NATO expansion.'], {
      hypothesis_template: '{}',
      multi_label: true,
    })) as { labels: string[]; scores: number[] };
    expect(output.labels[0]).toBe('Russia opposes NATO expansion.');
    expect(output.scores[0]).toBeGreaterThan(0.9);
    expect(output.scores[1]).toBeLessThan(0.1);
  });

  it('writes a small BERT-shaped encoder that runs through transformers.js', async () => {
    const { name, dir } = await writeRealisticModel(modelsDir, { layers: 2, hidden: 64, heads: 4 });
    expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'))).toMatchObject({ num_hidden_layers: 2, hidden_size: 64 });
    // transformers.js loads the int8 file by default, as with published models.
    const int8 = readFileSync(join(dir, 'onnx', 'model_quantized.onnx'));
    const float = readFileSync(join(dir, 'onnx', 'model.onnx'));
    expect(int8.includes('MatMulInteger')).toBe(true);
    expect(float.includes('MatMulInteger')).toBe(false);
    expect(int8.length).toBeLessThan(float.length);
    const classifier = await pipeline('zero-shot-classification', name);
    const output = (await classifier(premise, ['a', 'b'])) as { scores: number[] };
    expect(output.scores).toHaveLength(2);
    expect(output.scores.every(Number.isFinite)).toBe(true);
  });
});

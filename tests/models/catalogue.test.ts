import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StanceError } from '../../core/errors.js';
import { defaultModel, listModels, MODEL_CATALOGUE, modelStatus, pullModel } from '../../models/catalogue.js';
import { writeFixtureModel } from '../../models/fixture.js';

describe('model catalogue', () => {
  let modelsDir: string;

  beforeAll(async () => {
    modelsDir = mkdtempSync(join(tmpdir(), 'stance-catalogue-'));
    await writeFixtureModel(modelsDir);
    await writeFixtureModel(modelsDir, { name: 'local/float-only', quantized: false });
    mkdirSync(join(modelsDir, 'local', 'half-copied'), { recursive: true });
    writeFileSync(join(modelsDir, 'local', 'half-copied', 'config.json'), '{}');
  });

  afterAll(() => rmSync(modelsDir, { recursive: true, force: true }));

  it('lists a multilingual default and a smaller alternative with the files they need', () => {
    expect(defaultModel().name).toBe('Xenova/mDeBERTa-v3-base-xnli-multilingual-nli-2mil7');
    expect(MODEL_CATALOGUE.filter((entry) => entry.default)).toHaveLength(1);
    const smaller = MODEL_CATALOGUE.filter((entry) => entry.sizeMb < defaultModel().sizeMb);
    expect(smaller.length).toBeGreaterThan(0);
    for (const entry of MODEL_CATALOGUE) {
      expect(entry.files).toEqual(expect.arrayContaining(['config.json', 'tokenizer.json', 'onnx/model_quantized.onnx']));
    }
  });

  it('reports an uncatalogued model folder as present, with its size and the graph it will load', () => {
    const status = modelStatus(modelsDir, 'stance-fixture-nli');
    expect(status).toMatchObject({ present: true, missing: [], onnxFile: 'onnx/model_quantized.onnx' });
    expect(status.entry).toBeUndefined();
    expect(status.bytes).toBeGreaterThan(1000);
    expect(modelStatus(modelsDir, 'local/float-only').onnxFile).toBe('onnx/model.onnx');
  });

  it('reports what is missing for catalogued and half-copied models', () => {
    const catalogued = modelStatus(modelsDir, defaultModel().name);
    expect(catalogued.present).toBe(false);
    expect(catalogued.missing).toEqual(defaultModel().files);
    expect(catalogued.dir).toBe(join(modelsDir, 'Xenova', 'mDeBERTa-v3-base-xnli-multilingual-nli-2mil7'));
    expect(modelStatus(modelsDir, 'local/half-copied').missing).toEqual(['tokenizer.json', 'onnx/*.onnx']);
  });

  it('lists catalogue entries first, then every model folder found one or two levels deep', () => {
    const names = listModels(modelsDir).map((status) => `${status.name}:${status.present}`);
    expect(names).toEqual([
      ...MODEL_CATALOGUE.map((entry) => `${entry.name}:false`),
      'local/float-only:true',
      'local/half-copied:false',
      'stance-fixture-nli:true',
    ]);
    expect(listModels(join(modelsDir, 'does-not-exist'))).toHaveLength(MODEL_CATALOGUE.length);
  });

  it('refuses names that would leave the models folder', () => {
    expect(() => modelStatus(modelsDir, '../etc')).toThrow(StanceError);
    expect(() => modelStatus(modelsDir, 'a/../../b')).toThrow(/Expected a model name/);
  });

  it('fails a pull with one clear line when the hub cannot be reached', async () => {
    const error = await pullModel(modelsDir, 'Xenova/multilingual-MiniLMv2-L6-mnli-xnli').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StanceError);
    const { code, message } = error as StanceError;
    expect(code).toBe('model_missing');
    expect(message).toMatch(
      /^cannot reach the model hub to download Xenova\/multilingual-MiniLMv2-L6-mnli-xnli: .+\. Copy the model folder into .+ by hand instead\.$/,
    );
    expect(message).not.toMatch(/\n|https?:|\.co\b/);
    expect(modelStatus(modelsDir, 'Xenova/multilingual-MiniLMv2-L6-mnli-xnli').bytes).toBe(0);
  });
});

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { env } from '@xenova/transformers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StanceError } from '../../core/errors.js';
import { defaultModel, listModels, MODEL_CATALOGUE, modelStatus, type PullProgress, pullModel } from '../../models/catalogue.js';
import { writeFixtureModel } from '../../models/fixture.js';
import { NliModel } from '../../models/nli-model.js';
import { type FakeHub, startFakeHub } from './fake-hub.js';

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
});

describe('pullModel', () => {
  const NAME = 'tiny-owner/tiny-nli';
  let hubDir: string;
  let modelsDir: string;
  let hub: FakeHub;
  const settings = () => ({ ...env });

  beforeAll(async () => {
    hubDir = mkdtempSync(join(tmpdir(), 'stance-hub-'));
    modelsDir = mkdtempSync(join(tmpdir(), 'stance-pulled-'));
    await writeFixtureModel(hubDir, { name: NAME });
    hub = await startFakeHub(hubDir);
  });

  afterAll(async () => {
    await hub.close();
    rmSync(hubDir, { recursive: true, force: true });
    rmSync(modelsDir, { recursive: true, force: true });
  });

  it('downloads the files a model needs by the hub layout, into a folder the model loads from', async () => {
    const before = settings();
    const progress: PullProgress[] = [];
    const report = await pullModel(modelsDir, NAME, { hub: hub.url, onProgress: (p) => progress.push(p) });
    const files = ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model_quantized.onnx'];
    expect(report).toEqual({ dir: join(modelsDir, 'tiny-owner', 'tiny-nli'), downloaded: files });
    expect(hub.requests).toEqual(files.map((file) => `/${NAME}/resolve/main/${file}`));
    for (const file of files) expect(readFileSync(join(report.dir, file))).toEqual(readFileSync(join(hubDir, NAME, file)));
    const last = progress.filter((p) => p.file === 'onnx/model_quantized.onnx').at(-1);
    expect(last).toEqual({ file: 'onnx/model_quantized.onnx', loaded: last?.total, total: statSync(join(hubDir, NAME, 'onnx/model_quantized.onnx')).size });
    // transformers.js settings are as they were: models still load from local folders only.
    expect(settings()).toEqual(before);
    const model = await NliModel.load({ modelsDir, name: NAME });
    const [probs] = await model.classify([{ premise: 'Russia opposes NATO expansion.', hypothesis: 'Russia opposes NATO expansion.' }]);
    expect(probs.entailment).toBeGreaterThan(0.9);
    await model.dispose();
  });

  it('fetches only what is missing on a second pull', async () => {
    rmSync(join(modelsDir, NAME, 'tokenizer.json'));
    hub.requests.length = 0;
    const report = await pullModel(modelsDir, NAME, { hub: hub.url });
    expect(report.downloaded).toEqual(['tokenizer.json']);
    expect(hub.requests).toEqual([`/${NAME}/resolve/main/tokenizer.json`]);
  });

  it('says which file the hub does not have, and keeps no part of it', async () => {
    const error = (await pullModel(modelsDir, 'tiny-owner/absent', { hub: hub.url }).catch((e: unknown) => e)) as StanceError;
    expect(error).toBeInstanceOf(StanceError);
    expect(error.code).toBe('model_missing');
    expect(error.message).toBe(
      `the model hub has no config.json for tiny-owner/absent (HTTP 404): check the name against \`stance models list\`, or copy the model folder into ${join(modelsDir, 'tiny-owner', 'absent')} by hand.`,
    );
    expect(modelStatus(modelsDir, 'tiny-owner/absent').bytes).toBe(0);
  });

  it('fails with one clear line when the hub cannot be reached, leaving the settings as they were', async () => {
    const unreachable = await startFakeHub(hubDir, { reset: true });
    const before = settings();
    try {
      const error = (await pullModel(modelsDir, 'Xenova/multilingual-MiniLMv2-L6-mnli-xnli', { hub: unreachable.url }).catch((e: unknown) => e)) as StanceError;
      expect(error).toBeInstanceOf(StanceError);
      expect(error.code).toBe('model_missing');
      expect(error.message).toMatch(
        /^cannot reach the model hub to download Xenova\/multilingual-MiniLMv2-L6-mnli-xnli: .+\. Copy the model folder into .+ by hand instead\.$/,
      );
      expect(error.message).not.toMatch(/\n|https?:|127\.0\.0\.1/);
      expect(unreachable.requests).toHaveLength(1);
    } finally {
      await unreachable.close();
    }
    expect(settings()).toEqual(before);
    expect(modelStatus(modelsDir, 'Xenova/multilingual-MiniLMv2-L6-mnli-xnli').bytes).toBe(0);
  });

  it('keeps no half file when the connection drops in the middle of one', async () => {
    const cut = await startFakeHub(hubDir, { cut: true });
    const elsewhere = mkdtempSync(join(tmpdir(), 'stance-cut-'));
    try {
      const error = (await pullModel(elsewhere, NAME, { hub: cut.url }).catch((e: unknown) => e)) as StanceError;
      expect(error.message).toMatch(/^cannot reach the model hub to download tiny-owner\/tiny-nli: connection closed/);
      expect(cut.requests).toEqual([`/${NAME}/resolve/main/config.json`]);
      const left = readdirSync(elsewhere, { recursive: true, withFileTypes: true }).filter((item) => item.isFile());
      expect(left.map((item) => item.name)).toEqual([]);
    } finally {
      await cut.close();
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StanceError } from '../../core/errors.js';
import { writeFixtureModel, writeRealisticModel } from '../../models/fixture.js';
import type { NliPair } from '../../models/nli-batches.js';
import { NliModel } from '../../models/nli-model.js';
import { NliPool } from '../../models/nli-pool.js';

function pairs(count: number): NliPair[] {
  const premises = ['Russia opposes NATO expansion.', 'Finland applied to join NATO.', 'The weather in Paris was sunny today.'];
  return Array.from({ length: count }, (_, i) => ({
    premise: `${premises[i % 3]} ${'Officials said so. '.repeat(i % 5)}`.trim(),
    hypothesis: i % 2 === 0 ? 'Russia opposes NATO expansion.' : 'Russia supports NATO expansion.',
  }));
}

describe('NliPool', () => {
  let modelsDir: string;

  beforeAll(async () => {
    modelsDir = mkdtempSync(join(tmpdir(), 'stance-pool-'));
    await writeFixtureModel(modelsDir);
    await writeRealisticModel(modelsDir, { name: 'small-bert', layers: 2, hidden: 128, heads: 4, precision: 'float' });
  });

  afterAll(() => rmSync(modelsDir, { recursive: true, force: true }));

  it('returns what the in-process model returns, in input order, across workers', async () => {
    for (const name of ['stance-fixture-nli', 'small-bert']) {
      const input = pairs(75);
      const local = await NliModel.load({ modelsDir, name, batchSize: 8 });
      const pool = await NliPool.start({ modelsDir, name, batchSize: 8, workers: 2 });
      try {
        expect(pool.size).toBe(2);
        expect([pool.name, pool.version]).toEqual([local.name, local.version]);
        const [first, second] = await Promise.all([pool.classify(input), pool.classify(input.slice(0, 5))]);
        const expected = await local.classify(input);
        first.forEach((probs, i) => {
          expect(probs.entailment).toBeCloseTo(expected[i].entailment, 5);
          expect(probs.contradiction).toBeCloseTo(expected[i].contradiction, 5);
        });
        expect(second).toHaveLength(5);
        expect(second[0].entailment).toBeCloseTo(expected[0].entailment, 5);
        expect(await pool.classify([])).toEqual([]);
        // The two calls were pooled: 80 pairs in ten full batches of 8, not 10 + 1.
        expect(pool.stats).toMatchObject({ pairs: 80, batches: 10 });
        expect(pool.stats.busyMs).toBeGreaterThan(0);
      } finally {
        await pool.close();
      }
    }
  });

  it('passes a worker load failure back as the same StanceError', async () => {
    const missing = (await NliPool.start({ modelsDir, name: 'nobody/nothing', workers: 1 }).catch((e: unknown) => e)) as StanceError;
    expect(missing).toBeInstanceOf(StanceError);
    expect(missing.code).toBe('model_missing');
    expect(missing.message).toMatch(/^Unknown model "nobody\/nothing"/);

    await writeFixtureModel(modelsDir, { name: 'corrupt' });
    writeFileSync(join(modelsDir, 'corrupt', 'onnx', 'model_quantized.onnx'), 'garbage');
    const broken = (await NliPool.start({ modelsDir, name: 'corrupt', workers: 2 }).catch((e: unknown) => e)) as StanceError;
    expect(broken).toBeInstanceOf(StanceError);
    expect(broken.code).toBe('model_broken');
  });

  it('fails the batches of a worker that dies, and every later one when none is left', async () => {
    const pool = await NliPool.start({ modelsDir, name: 'small-bert', workers: 1 });
    try {
      expect(pool.pids).toHaveLength(1);
      const [pid] = pool.pids;
      const running = pool.classify(pairs(400));
      // The call's batches are sent out on the next turn of the event loop; kill the worker once it has one.
      await new Promise((resolve) => setImmediate(resolve));
      process.kill(pid, 'SIGKILL');
      await expect(running).rejects.toThrow(/Inference worker stopped: exited with SIGKILL/);
      expect(pool.size).toBe(0);
      expect(pool.pids).toEqual([]);
      await expect(pool.classify(pairs(2))).rejects.toThrow(/Every inference worker has stopped/);
    } finally {
      await pool.close();
    }
  });

  it('refuses work once closed', async () => {
    const pool = await NliPool.start({ modelsDir, name: 'stance-fixture-nli', workers: 1 });
    await pool.close();
    await expect(pool.classify(pairs(2))).rejects.toThrow(/closed/);
  });
});

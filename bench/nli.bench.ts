import { readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { writeRealisticModel } from '../models/fixture.js';
import { NliScorer, premiseOf } from '../models/nli.scorer.js';
import type { NliPair } from '../models/nli-batches.js';
import { measureOnnxLimit } from '../models/nli-limit.js';
import { NliModel } from '../models/nli-model.js';
import { NliPool } from '../models/nli-pool.js';
import type { StanceCandidate } from '../models/scorer.js';
import { NLI_BATCH_SIZE, scorerId } from '../models/scorers.js';
import { openDatabase } from '../pipeline/db/client.js';
import { analysePending, ingestOnly } from '../pipeline/run.js';

export interface NliBenchOptions {
  /** Folder to write the generated model into. */
  dir: string;
  examples: string;
  layers?: number;
  sentences?: number;
  /** Sentences in the articles of the whole-run measurement. */
  pipelineSentences?: number;
}

const round = (x: number) => Math.round(x * 100) / 100;

/** The scorer's pairs per second as a share of onnxruntime's own on the same batches. */
export function limitRatio(scorer: number, limit: number): number {
  return limit > 0 ? Math.round((scorer / limit) * 1000) / 1000 : 0;
}

async function pairsPerSecond(run: () => Promise<unknown>, pairs: number): Promise<number> {
  const started = performance.now();
  await run();
  return Math.round(pairs / ((performance.now() - started) / 1000));
}

/** Distinct sentences of the bundled examples, `count` of them (numbered past the last distinct one). */
function benchSentences(examples: string, count: number): string[] {
  const sentences = readFileSync(join(examples, 'articles.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .flatMap((line) => (JSON.parse(line) as { text: string }).text.split(/(?<=[.!?])\s+/))
    .filter((sentence) => sentence.length > 20);
  const distinct = [...new Set(sentences)];
  return Array.from({ length: count }, (_, i) => (i < distinct.length ? distinct[i] : `${distinct[i % distinct.length]} (${i})`));
}

/** The sentences as candidates on one topic, so no pair repeats. */
function benchCandidates(sentences: string[]): StanceCandidate[] {
  return sentences.map((text) => ({
    text,
    context: null,
    lang: 'en',
    actor: { code: 'RU', name: 'Russia', mentions: [] },
    others: [],
    topic: {
      id: 'nato-expansion',
      label: 'NATO expansion',
      hypotheses: { support: '{actor} supports NATO expansion.', oppose: '{actor} opposes NATO expansion.' },
      spans: [],
      cues: { support: [], oppose: [], neutral: [] },
    },
  }));
}

/**
 * Share of the inference workers' time not spent inferring during a whole `stance analyze
 * --scorer nli` run: articles of six numbered (so never cached) sentences each, through the real
 * queue, stages, pool and database. Model loading comes before the workers are ready.
 */
async function pipelineOverhead(options: NliBenchOptions, name: string, sentences: string[]) {
  const file = join(options.dir, 'nli-articles.jsonl');
  const lines: string[] = [];
  for (let i = 0; i < sentences.length; i += 6) {
    const text = sentences
      .slice(i, i + 6)
      .map((sentence, j) => `${sentence} [${i + j}]`)
      .join(' ');
    lines.push(JSON.stringify({ id: `n${i}`, published_at: '2022-03-01', text }));
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
  const handle = await openDatabase(join(options.dir, 'nli-run.db'));
  try {
    await ingestOnly(handle, [file], false);
    const spec = { kind: 'nli' as const, modelsDir: options.dir, model: name };
    const { analyzed, inference } = await analysePending(handle, { scorer: spec, progress: false }, scorerId(spec));
    return { nli_pipeline_articles: analyzed, nli_pipeline_overhead: round(1 - inference!.seconds / (inference!.workers * inference!.elapsed)) };
  } finally {
    await handle.close();
  }
}

/** Distinct premises, so that warming up never fills a cache the measured pairs would hit. */
function warmUpPairs(pairs: NliPair[], count: number): NliPair[] {
  return Array.from({ length: count }, (_, i) => ({ ...pairs[i % pairs.length], premise: `${pairs[i % pairs.length].premise} Again ${i}.` }));
}

/** Rounds of the scorer and of the onnxruntime limit, taken in turn; the best of each counts. */
const LIMIT_ROUNDS = 3;

/**
 * The library's zero-shot pipeline one pair at a time; then, in turn, the scorer's pooled batches
 * and onnxruntime alone on the same batches (models/nli-limit.ts), on the same pairs.
 */
async function naiveAgainstBatched(modelsDir: string, name: string, candidates: StanceCandidate[]) {
  // The library's default: one session on every core.
  const model = await NliModel.load({ modelsDir, name, threads: availableParallelism() });
  const scorer = new NliScorer(model);
  const pairs: NliPair[] = candidates.flatMap((c) => {
    const { support, oppose } = scorer.hypotheses(c);
    return [
      { premise: premiseOf(c), hypothesis: support },
      { premise: premiseOf(c), hypothesis: oppose },
    ];
  });
  // Warm-up on premises outside the measured set, so neither path pays for first-run setup.
  await model.classifyNaive(warmUpPairs(pairs, 2));
  const naive = await pairsPerSecond(() => model.classifyNaive(pairs), pairs.length);
  await model.dispose();

  const pool = await NliPool.start({ modelsDir, name, batchSize: NLI_BATCH_SIZE });
  let batched = 0;
  let limit = 0;
  try {
    // A full batch for every worker, so each has run once before the clock starts.
    await pool.classify(warmUpPairs(pairs, NLI_BATCH_SIZE * pool.size));
    for (let round = 0; round < LIMIT_ROUNDS; round++) {
      batched = Math.max(batched, await pairsPerSecond(() => new NliScorer(pool).score(candidates), pairs.length));
      const onnx = await measureOnnxLimit({ modelsDir, name, batchSize: NLI_BATCH_SIZE, workers: pool.size }, pairs);
      limit = Math.max(limit, Math.round(onnx.pairsPerSecond));
    }
  } finally {
    await pool.close();
  }
  return { pairs: pairs.length, workers: pool.size, naive, batched, limit };
}

/**
 * (premise, hypothesis) pairs per second on a random-weight BERT-shaped model: the library's
 * zero-shot pipeline one pair at a time against the NLI scorer's path (pairs sorted by length
 * into padded batches shared among one inference process per core). Measured on the int8 file
 * that transformers.js and the scorer load by default, and on the float file; then the pipeline
 * overhead around inference in a whole run.
 */
export async function benchNli(options: NliBenchOptions): Promise<Record<string, number>> {
  const layers = options.layers ?? 12;
  const candidates = benchCandidates(benchSentences(options.examples, options.sentences ?? 150));
  const int8 = await writeRealisticModel(options.dir, { layers, precision: 'int8' });
  const quantised = await naiveAgainstBatched(options.dir, int8.name, candidates);
  const overhead = await pipelineOverhead(options, int8.name, benchSentences(options.examples, options.pipelineSentences ?? 600));
  await rm(int8.dir, { recursive: true, force: true });
  const float = await writeRealisticModel(options.dir, { name: `${int8.name}-float`, layers, precision: 'float' });
  const floating = await naiveAgainstBatched(options.dir, float.name, candidates);
  return {
    nli_layers: layers,
    nli_pairs: quantised.pairs,
    nli_workers: quantised.workers,
    nli_naive_pairs_per_s: quantised.naive,
    nli_batched_pairs_per_s: quantised.batched,
    nli_speedup: round(quantised.batched / quantised.naive),
    nli_limit_pairs_per_s: quantised.limit,
    nli_limit_ratio: limitRatio(quantised.batched, quantised.limit),
    nli_float_naive_pairs_per_s: floating.naive,
    nli_float_batched_pairs_per_s: floating.batched,
    nli_float_speedup: round(floating.batched / floating.naive),
    nli_float_limit_pairs_per_s: floating.limit,
    nli_float_limit_ratio: limitRatio(floating.batched, floating.limit),
    ...overhead,
  };
}

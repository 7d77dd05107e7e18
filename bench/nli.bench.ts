import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { writeRealisticModel } from '../models/fixture.js';
import { NliModel, type NliPair } from '../models/nli-model.js';
import { NliScorer, premiseOf } from '../models/nli.scorer.js';
import type { StanceCandidate } from '../models/scorer.js';

export interface NliBenchOptions {
  /** Folder to write the generated model into. */
  dir: string;
  examples: string;
  layers?: number;
  sentences?: number;
}

const round = (x: number) => Math.round(x * 100) / 100;

async function pairsPerSecond(run: () => Promise<unknown>, pairs: number): Promise<number> {
  const started = performance.now();
  await run();
  return Math.round(pairs / ((performance.now() - started) / 1000));
}

/** Distinct sentences of the bundled examples as candidates on one topic, so no pair repeats. */
function benchCandidates(examples: string, count: number): StanceCandidate[] {
  const sentences = readFileSync(join(examples, 'articles.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .flatMap((line) => (JSON.parse(line) as { text: string }).text.split(/(?<=[.!?])\s+/))
    .filter((sentence) => sentence.length > 20);
  const distinct = [...new Set(sentences)];
  return Array.from({ length: count }, (_, i) => ({
    text: i < distinct.length ? distinct[i] : `${distinct[i % distinct.length]} (${i})`,
    context: null,
    lang: 'en',
    actor: { code: 'RU', name: 'Russia', mentions: [] },
    others: [],
    topic: {
      id: 'nato-expansion',
      label: 'NATO expansion',
      hypotheses: { support: '{actor} supports NATO expansion.', oppose: '{actor} opposes NATO expansion.' },
      spans: [],
      cues: { support: [], oppose: [] },
    },
  }));
}

/**
 * (premise, hypothesis) pairs per second on a random-weight BERT-shaped model: the library's
 * zero-shot pipeline one pair at a time against the NLI scorer's padded batches, same pairs.
 */
export async function benchNli(options: NliBenchOptions): Promise<Record<string, number>> {
  const layers = options.layers ?? 12;
  const { name } = await writeRealisticModel(options.dir, { layers });
  const model = await NliModel.load({ modelsDir: options.dir, name, threads: availableParallelism(), batchSize: 8 });
  const candidates = benchCandidates(options.examples, options.sentences ?? 150);
  const scorer = new NliScorer(model);
  const pairs: NliPair[] = candidates.flatMap((c) => {
    const { support, oppose } = scorer.hypotheses(c);
    return [{ premise: premiseOf(c), hypothesis: support }, { premise: premiseOf(c), hypothesis: oppose }];
  });
  // Warm-up on premises outside the measured set, so neither path pays for first-run setup.
  const warmUp = pairs.slice(0, 2).map((p) => ({ ...p, premise: `${p.premise} Again.` }));
  await model.classifyNaive(warmUp);
  await model.classify(warmUp);
  const naive = await pairsPerSecond(() => model.classifyNaive(pairs), pairs.length);
  const batched = await pairsPerSecond(() => scorer.score(candidates), pairs.length);
  await model.dispose();
  return {
    nli_layers: layers,
    nli_pairs: pairs.length,
    nli_naive_pairs_per_s: naive,
    nli_batched_pairs_per_s: batched,
    nli_speedup: round(batched / naive),
  };
}

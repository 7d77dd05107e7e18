import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { AutoTokenizer, env, PreTrainedModel, type PreTrainedTokenizer, ZeroShotClassificationPipeline } from '@xenova/transformers';
// The same onnxruntime-node that transformers.js depends on (hoisted); creating the session here is
// what lets `threads` reach onnxruntime, which transformers.js 2.x never passes on.
import * as ortModule from 'onnxruntime-node';
import { z } from 'zod';
import { errorMessage, StanceError } from '../core/errors.js';
import { MODEL_CATALOGUE, type ModelStatus, modelStatus } from './catalogue.js';
import { lengthSortedBatches, type NliPair } from './nli-batches.js';

// A CommonJS package: plain Node puts its exports on `default`, bundlers on the namespace.
const ort = (ortModule as unknown as { default?: typeof ortModule }).default ?? ortModule;
type InferenceSession = ortModule.InferenceSession;

/** A batch as the session takes it: one int64 tensor per model input. */
export type NliFeeds = Record<string, ortModule.Tensor>;

export interface NliProbs {
  entailment: number;
  neutral: number;
  contradiction: number;
}

const nliModelOptionsSchema = z.object({
  modelsDir: z.string().min(1),
  name: z.string().min(1),
  batchSize: z.number().int().min(1).default(16),
  threads: z.number().int().min(1).default(1),
});

export type NliModelOptions = z.input<typeof nliModelOptionsSchema>;

const configSchema = z.object({ label2id: z.record(z.string(), z.number().int().min(0)) });

type LabelIndices = NliProbs;

interface Encoded {
  input_ids: { data: BigInt64Array; dims: number[] };
  attention_mask: { data: BigInt64Array; dims: number[] };
  token_type_ids?: { data: BigInt64Array; dims: number[] };
}

function missingMessage(status: ModelStatus): string {
  const known = MODEL_CATALOGUE.some((entry) => entry.name === status.name);
  if (!known && status.bytes === 0) {
    return `Unknown model "${status.name}": it is not in the catalogue and no model folder was found at ${status.dir}. Run \`stance models list\` to see the known models, or copy a model folder there.`;
  }
  const how = known ? `Run \`stance models pull ${status.name}\` or copy the model folder there by hand.` : 'Copy the complete model folder there.';
  return `Model "${status.name}" is not installed: missing ${status.missing.join(', ')} in ${status.dir}. ${how}`;
}

function brokenError(status: ModelStatus, what: string, error: unknown): StanceError {
  const reason = errorMessage(error)
    .split('\n')[0]
    .replace(/^Load model from \S+ failed:/, '')
    .trim()
    .replace(/\.$/, '');
  return new StanceError(
    'model_broken',
    `Model "${status.name}" cannot be loaded: ${what} in ${status.dir} is unreadable (${reason}). Replace the folder with a fresh copy.`,
    undefined,
    { cause: error },
  );
}

function labelIndices(status: ModelStatus, config: unknown): LabelIndices {
  const parsed = configSchema.safeParse(config);
  const byName = new Map(Object.entries(parsed.success ? parsed.data.label2id : {}).map(([label, id]) => [label.toLowerCase(), id]));
  const [entailment, neutral, contradiction] = ['entailment', 'neutral', 'contradiction'].map((label) => byName.get(label));
  if (entailment === undefined || neutral === undefined || contradiction === undefined) {
    throw brokenError(status, 'config.json', new Error('expected label2id with entailment, neutral and contradiction'));
  }
  return { entailment, neutral, contradiction };
}

function softmax(row: Float32Array | number[]): number[] {
  const max = Math.max(...row);
  const exps = Array.from(row, (value) => Math.exp(value - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((value) => value / sum);
}

async function loadTokenizer(status: ModelStatus, modelsDir: string): Promise<PreTrainedTokenizer> {
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = resolve(modelsDir);
  try {
    return await AutoTokenizer.from_pretrained(status.name);
  } catch (error) {
    throw brokenError(status, 'the tokenizer', error);
  }
}

async function createSession(status: ModelStatus, threads: number): Promise<InferenceSession> {
  const file = join(status.dir, status.onnxFile ?? '');
  try {
    // A path, not a buffer: onnxruntime-node 1.14 ignores every session option given with a buffer.
    return await ort.InferenceSession.create(file, {
      executionProviders: ['cpu'],
      intraOpNumThreads: threads,
      interOpNumThreads: 1,
      graphOptimizationLevel: 'all',
      // Errors come back as one StanceError; onnxruntime's own warnings would only add noise.
      logSeverityLevel: 3,
    });
  } catch (error) {
    throw brokenError(status, status.onnxFile ?? 'the ONNX graph', error);
  }
}

export class NliModel {
  private naivePipeline?: ZeroShotClassificationPipeline;

  private constructor(
    readonly name: string,
    readonly version: string,
    readonly labels: LabelIndices,
    private readonly config: Record<string, unknown>,
    private readonly tokenizer: PreTrainedTokenizer,
    private readonly session: InferenceSession,
    private readonly batchSize: number,
  ) {}

  static async load(options: NliModelOptions): Promise<NliModel> {
    const { modelsDir, name, batchSize, threads } = nliModelOptionsSchema.parse(options);
    const status = modelStatus(modelsDir, name);
    if (!status.present || !status.onnxFile) throw new StanceError('model_missing', missingMessage(status));
    const configText = await readFile(join(status.dir, 'config.json'), 'utf8');
    let config: Record<string, unknown>;
    try {
      config = JSON.parse(configText) as Record<string, unknown>;
    } catch (error) {
      throw brokenError(status, 'config.json', error);
    }
    const labels = labelIndices(status, config);
    const tokenizer = await loadTokenizer(status, modelsDir);
    const session = await createSession(status, threads);
    const onnxBytes = (await readFile(join(status.dir, status.onnxFile))).byteLength;
    const version = createHash('sha256').update(`${configText}\n${status.onnxFile}\n${onnxBytes}`).digest('hex').slice(0, 12);
    return new NliModel(name, version, labels, config, tokenizer, session, batchSize);
  }

  /** Batched inference: pairs sorted by length into padded batches, results in input order. */
  async classify(pairs: NliPair[]): Promise<NliProbs[]> {
    const results = new Array<NliProbs>(pairs.length);
    const indexed = pairs.map((pair, index) => ({ pair, index }));
    for (const batch of lengthSortedBatches(indexed, this.batchSize)) {
      const probs = await this.runBatch(batch.map((item) => item.pair));
      batch.forEach((item, position) => {
        results[item.index] = probs[position];
      });
    }
    return results;
  }

  private async runBatch(pairs: NliPair[]): Promise<NliProbs[]> {
    const { data, width } = await this.logits(this.encode(pairs));
    return pairs.map((_, row) => this.toProbs(softmax(data.subarray(row * width, (row + 1) * width))));
  }

  /** The session's inputs for one batch: the pairs tokenised and padded to the longest. */
  encode(pairs: NliPair[]): NliFeeds {
    const encoded = this.tokenizer(
      pairs.map((pair) => this.fitPremise(pair)),
      { text_pair: pairs.map((pair) => pair.hypothesis), padding: true, truncation: true },
    ) as unknown as Encoded;
    const feeds: NliFeeds = {};
    const tensor = (value: { data: BigInt64Array; dims: number[] }) => new ort.Tensor('int64', value.data, value.dims);
    for (const input of this.session.inputNames) {
      const value = encoded[input as keyof Encoded] ?? { data: new BigInt64Array(encoded.input_ids.data.length), dims: encoded.input_ids.dims };
      feeds[input] = tensor(value);
    }
    return feeds;
  }

  /** One `session.run` on inputs made by `encode`: onnxruntime's work and nothing else. */
  async logits(feeds: NliFeeds): Promise<{ data: Float32Array; width: number }> {
    const output = await this.session.run(feeds);
    const logits = output[this.session.outputNames[0]];
    return { data: logits.data as Float32Array, width: logits.dims[1] };
  }

  /**
   * transformers.js 2.x truncates a pair by cutting its end, which would cut the hypothesis.
   * Shorten the premise instead, and only when the text could be too long at all.
   */
  private fitPremise(pair: NliPair): string {
    const limit = this.tokenizer.model_max_length;
    if (pair.premise.length + pair.hypothesis.length + 8 < limit) return pair.premise;
    const budget = limit - this.tokenizer.encode(pair.hypothesis, null, { add_special_tokens: false }).length - 4;
    const premise = this.tokenizer.encode(pair.premise, null, { add_special_tokens: false });
    if (premise.length <= budget) return pair.premise;
    return this.tokenizer.decode(premise.slice(0, Math.max(budget, 1)), { skip_special_tokens: true });
  }

  private toProbs(probs: number[]): NliProbs {
    return {
      entailment: probs[this.labels.entailment],
      neutral: probs[this.labels.neutral],
      contradiction: probs[this.labels.contradiction],
    };
  }

  /**
   * Baseline for the benchmark: the library's zero-shot pipeline, one `session.run` per pair, on
   * the same session. With one candidate label and `multi_label` it returns the softmax over
   * [contradiction, entailment] logits only, so `entailment` here is P(entail | entail or
   * contradict), `contradiction` is its complement and `neutral` is 0: not the three-way
   * probabilities that `classify` returns.
   */
  async classifyNaive(pairs: NliPair[]): Promise<NliProbs[]> {
    const pipeline = this.zeroShotPipeline();
    const results: NliProbs[] = [];
    for (const pair of pairs) {
      const output = (await pipeline(pair.premise, [pair.hypothesis], {
        hypothesis_template: '{}',
        multi_label: true,
      })) as { scores: number[] };
      const entailment = output.scores[0];
      results.push({ entailment, neutral: 0, contradiction: 1 - entailment });
    }
    return results;
  }

  private zeroShotPipeline(): ZeroShotClassificationPipeline {
    if (!this.naivePipeline) {
      const model = new PreTrainedModel(this.config, this.session);
      this.naivePipeline = new ZeroShotClassificationPipeline({
        task: 'zero-shot-classification',
        model,
        tokenizer: this.tokenizer,
      } as unknown as ConstructorParameters<typeof ZeroShotClassificationPipeline>[0]);
    }
    return this.naivePipeline;
  }

  /** onnxruntime-node 1.14 frees the native session when it is garbage-collected; this drops it. */
  async dispose(): Promise<void> {
    await (this.session as unknown as { handler?: { dispose(): Promise<void> } }).handler?.dispose();
  }
}
